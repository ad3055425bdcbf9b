package com.carato.ml;

import com.carato.domain.Diamond;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;

import java.util.List;

/** The one adapter from stones to Smile's data frames and tuples. */
public final class SmileFrames {

    /** Name of the response column in training frames. */
    public static final String TARGET = "target_";

    private static final String[] NAMES_WITH_TARGET;
    private static final String[] NAMES = Features.TREE_NAMES.toArray(String[]::new);

    static {
        NAMES_WITH_TARGET = java.util.Arrays.copyOf(NAMES, NAMES.length + 1);
        NAMES_WITH_TARGET[NAMES.length] = TARGET;
    }

    private SmileFrames() {
    }

    public static Formula formula() {
        return Formula.lhs(TARGET);
    }

    /** A frame of the stones' tree features with the given response. */
    public static DataFrame frame(List<Diamond> stones, double[] target) {
        double[][] rows = new double[stones.size()][];
        for (int i = 0; i < rows.length; i++) {
            double[] f = Features.tree(stones.get(i));
            double[] row = java.util.Arrays.copyOf(f, f.length + 1);
            row[f.length] = target == null ? 0 : target[i];
            rows[i] = row;
        }
        return DataFrame.of(rows, NAMES_WITH_TARGET);
    }

    /** A frame of the stones' tree features without response (for prediction). */
    public static DataFrame features(List<Diamond> stones) {
        return frame(stones, null);
    }

    /** One stone as a tuple of a frame's schema (for single predictions). */
    public static Tuple tuple(Diamond stone, StructType schema) {
        double[] f = Features.tree(stone);
        double[] row = java.util.Arrays.copyOf(f, f.length + 1);
        return Tuple.of(row, schema);
    }
}
