package com.carato.ml;

import smile.base.cart.InternalNode;
import smile.base.cart.LeafNode;
import smile.base.cart.Node;
import smile.base.cart.OrdinalNode;

import java.lang.reflect.Field;

/**
 * What Smile 3.1.1's tree nodes know but do not expose: the split value of an ordinal node (a
 * package-private field; its text form rounds to six digits) and a node's training size.
 */
public final class SmileTrees {

    private static final Field VALUE;

    static {
        try {
            VALUE = OrdinalNode.class.getDeclaredField("value");
            VALUE.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("Smile's OrdinalNode has no 'value' field: " + e);
        }
    }

    private SmileTrees() {
    }

    /** The split value: stones with feature <= value take the true branch. */
    public static double threshold(OrdinalNode node) {
        try {
            return VALUE.getDouble(node);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Number of training stones that reached a node. */
    public static double size(Node node) {
        if (node instanceof InternalNode internal) {
            return internal.size();
        }
        return ((LeafNode) node).size();
    }
}
