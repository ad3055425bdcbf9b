package com.carato.ml.explain;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.DecisionPath;
import com.carato.domain.Diamond;
import com.carato.domain.Grade;
import com.carato.domain.PathStep;
import com.carato.ml.Features;
import com.carato.ml.SmileFrames;
import com.carato.ml.SmileTrees;
import com.carato.ml.StoneTable;
import smile.base.cart.InternalNode;
import smile.base.cart.LeafNode;
import smile.base.cart.Node;
import smile.base.cart.OrdinalNode;
import smile.base.cart.RegressionNode;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.regression.RegressionTree;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A single regression tree on price in dollars, trained on the same stones as the champion, whose
 * path a salesperson can read: "weight 1.00 ct or more, clarity VS1 or better, ...". It explains;
 * it does not set the price (the champion does).
 */
public final class ExplanationTree implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] LABELS = {"weight", "cut", "colour", "clarity", "depth", "table",
        "length", "width", "height"};
    private static final String[] UNITS = {" ct", "", "", "", " %", " %", " mm", " mm", " mm"};

    private final RegressionTree tree;
    private final StructType schema;
    private final StoneTable stones;
    private transient Map<LeafNode, double[]> leafStats;

    private ExplanationTree(RegressionTree tree, StructType schema, StoneTable stones) {
        this.tree = tree;
        this.schema = schema;
        this.stones = stones;
    }

    public static ExplanationTree fit(List<Diamond> diamonds, double[] prices, StoneTable stones,
                                      int maxDepth, int maxNodes, int nodeSize) {
        DataFrame frame = SmileFrames.frame(diamonds, prices);
        RegressionTree tree = RegressionTree.fit(SmileFrames.formula(), frame, maxDepth, maxNodes, nodeSize);
        return new ExplanationTree(tree, frame.schema(), stones);
    }

    /** The tree's own price for a stone. */
    public double predict(Diamond stone) {
        return tree.predict(SmileFrames.tuple(stone, schema));
    }

    /** The leaf a stone reaches by following the path. */
    LeafNode leaf(Diamond stone) {
        Tuple x = tree.formula().x(SmileFrames.tuple(stone, schema));
        Node node = tree.root();
        while (node instanceof InternalNode internal) {
            node = internal.branch(x) ? internal.trueChild() : internal.falseChild();
        }
        return (LeafNode) node;
    }

    /** The stone's path, root first, with consecutive tests of one characteristic merged into one step. */
    public DecisionPath path(Diamond stone) {
        Tuple x = tree.formula().x(SmileFrames.tuple(stone, schema));
        StructType predictors = x.schema();
        Map<Integer, double[]> bounds = new LinkedHashMap<>();
        Node node = tree.root();
        while (node instanceof InternalNode internal) {
            boolean goesTrue = internal.branch(x);
            if (internal instanceof OrdinalNode ordinal) {
                int feature = Features.TREE_NAMES.indexOf(predictors.field(internal.feature()).name);
                double threshold = SmileTrees.threshold(ordinal);
                double[] b = bounds.computeIfAbsent(feature,
                        f -> new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
                if (goesTrue) {
                    b[1] = Math.min(b[1], threshold);
                } else {
                    b[0] = Math.max(b[0], threshold);
                }
            }
            node = goesTrue ? internal.trueChild() : internal.falseChild();
        }
        List<PathStep> steps = new ArrayList<>();
        bounds.forEach((feature, b) -> steps.add(step(feature, b[0], b[1])));
        RegressionNode leaf = (RegressionNode) node;
        double[] stats = leafStats().getOrDefault(leaf, new double[] {0, Double.NaN, Double.NaN});
        return new DecisionPath(steps, leaf.output(), (int) stats[0], stats[1], stats[2]);
    }

    /** Grading language for "lower < value <= upper" on one characteristic. */
    static String describe(int feature, double lower, double upper) {
        return step(feature, lower, upper).condition();
    }

    /** The step for "lower < value <= upper" on one characteristic, in words and in parts. */
    static PathStep step(int feature, double lower, double upper) {
        String name = Features.TREE_NAMES.get(feature);
        String label = LABELS[feature];
        if (feature == Features.CUT || feature == Features.COLOR || feature == Features.CLARITY) {
            Grade[] grades = switch (feature) {
                case Features.CUT -> Cut.values();
                case Features.COLOR -> Color.values();
                default -> Clarity.values();
            };
            // ranks are integers: rank > lower means rank >= floor(lower) + 1; rank <= upper means rank <= floor(upper)
            int from = Double.isInfinite(lower) ? 0 : (int) Math.floor(lower) + 1;
            int to = Double.isInfinite(upper) ? grades.length - 1 : (int) Math.floor(upper);
            String a = grades[from].label();
            String b = grades[to].label();
            if (from == to) {
                return new PathStep(name, label + " " + a, "grade-is", List.of(a));
            }
            if (to == grades.length - 1) {
                return new PathStep(name, label + " " + a + " or better", "grade-or-better", List.of(a));
            }
            if (from == 0) {
                return new PathStep(name, label + " " + b + " or worse", "grade-or-worse", List.of(b));
            }
            return new PathStep(name, label + " " + a + " to " + b, "grade-between", List.of(a, b));
        }
        String unit = UNITS[feature];
        if (feature == Features.CARAT) {
            // carats are weighed to 0.01 ct, so "<= 0.995" reads "below 1.00"
            if (Double.isInfinite(upper)) {
                return new PathStep(name, label + " " + carat(lower) + unit + " or more", "carat-at-least",
                        List.of(carat(lower)));
            }
            if (Double.isInfinite(lower)) {
                return new PathStep(name, label + " below " + carat(upper) + unit, "carat-below", List.of(carat(upper)));
            }
            return new PathStep(name, label + " " + carat(lower) + " to below " + carat(upper) + unit, "carat-between",
                    List.of(carat(lower), carat(upper)));
        }
        if (Double.isInfinite(upper)) {
            return new PathStep(name, label + " above " + number(lower) + unit, "above", List.of(number(lower), unit.strip()));
        }
        if (Double.isInfinite(lower)) {
            return new PathStep(name, label + " " + number(upper) + unit + " or less", "at-most",
                    List.of(number(upper), unit.strip()));
        }
        return new PathStep(name, label + " above " + number(lower) + " up to " + number(upper) + unit, "between",
                List.of(number(lower), number(upper), unit.strip()));
    }

    private static String carat(double threshold) {
        return BigDecimal.valueOf(threshold).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0$", "");
    }

    /** Training stones per leaf: count, lowest and highest price. Computed once after loading. */
    private synchronized Map<LeafNode, double[]> leafStats() {
        if (leafStats == null) {
            Map<LeafNode, double[]> stats = new IdentityHashMap<>();
            for (int i = 0; i < stones.size(); i++) {
                LeafNode leaf = leaf(stones.diamond(i));
                double price = stones.price(i);
                double[] s = stats.computeIfAbsent(leaf,
                        l -> new double[] {0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
                s[0]++;
                s[1] = Math.min(s[1], price);
                s[2] = Math.max(s[2], price);
            }
            leafStats = stats;
        }
        return leafStats;
    }

    public int leaves() {
        return tree.root().leaves();
    }
}
