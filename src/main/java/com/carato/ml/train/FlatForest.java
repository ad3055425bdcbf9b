package com.carato.ml.train;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The boosted trees copied into flat arrays, for fast prediction and exact, fast SHAP values. Pure
 * Java: pricing needs no native code, whatever library trained the trees.
 *
 * <p>Split semantics are XGBoost's: a stone goes to the left child when its feature, rounded to a
 * 32-bit float, is strictly less than the node's threshold. The rounding is monotone, so monotone
 * trees stay monotone here.
 *
 * <p><b>Prediction layout.</b> Every tree is padded to a complete binary tree of the forest's
 * depth D (a leaf above depth D becomes a chain of "always left" nodes with an infinite
 * threshold), stored breadth-first in one array for all trees. A tree is then D steps of
 * {@code i = 2i + 1 + (x >= t)}: no pointers to chase and no data-dependent loop length, which the
 * JIT turns into straight-line code.
 *
 * <p><b>SHAP.</b> For every leaf we precompute the distinct features on its path, the interval
 * each must fall in, and the share of training stones that reach the leaf through that feature's
 * splits ("zero fraction", from the nodes' cover). For a stone, each leaf then contributes a product
 * game whose Shapley values come from one polynomial (the same quantities as Lundberg's
 * path-dependent TreeSHAP, without recursion). Verified against XGBoost's own SHAP in tests.
 */
final class FlatForest implements Serializable {

    private static final long serialVersionUID = 2L;
    private static final int MAX_PATH = 24;
    /** Paths through more distinct features than this would make the lookup tables too large. */
    private static final int MAX_TABLE_PATH = 12;
    /** Deepest tree the padded layout accepts (2^D leaves per tree). */
    static final int MAX_DEPTH = 10;
    private static final double[][] WEIGHTS = shapleyWeights(MAX_PATH);

    /**
     * One tree as a trainer hands it over: per node, the feature (-1 for a leaf), the threshold
     * (left when x &lt; threshold), the children, the leaf value and the cover (training weight
     * reaching the node). Node 0 is the root.
     */
    record Tree(int[] feature, float[] threshold, int[] left, int[] right, double[] value, double[] cover) {
    }

    private final double intercept;
    private final int features;
    private final int depth;
    // the padded layout: per tree, (2^depth - 1) internal nodes then 2^depth leaves
    private final int[] splitFeature;
    private final float[] splitThreshold;
    private final double[] leafOutput;
    // per tree, per leaf: the distinct path features, their intervals and zero fractions
    private final double[][] leafValue;
    private final int[][][] leafFeatures;
    private final double[][][] leafLow;
    private final double[][][] leafHigh;
    private final double[][][] leafZero;
    /** Derived from the leaves, so it is recomputed after loading rather than stored. */
    private transient double expected;
    /** SHAP lookup index, rebuilt after loading (see {@link ShapIndex}). */
    private transient volatile ShapIndex shapIndex;

    FlatForest(List<Tree> trees, double intercept, int features) {
        this.intercept = intercept;
        this.features = features;
        int t = trees.size();
        int d = 0;
        for (Tree tree : trees) {
            d = Math.max(d, depth(tree, 0));
        }
        if (d > MAX_DEPTH) {
            throw new IllegalArgumentException("a tree is " + d + " levels deep; at most " + MAX_DEPTH);
        }
        this.depth = d;
        int internal = (1 << d) - 1;
        splitFeature = new int[t * internal];
        splitThreshold = new float[t * internal];
        leafOutput = new double[t << d];
        leafValue = new double[t][];
        leafFeatures = new int[t][][];
        leafLow = new double[t][][];
        leafHigh = new double[t][][];
        leafZero = new double[t][][];
        for (int k = 0; k < t; k++) {
            Tree tree = trees.get(k);
            check(tree, features);
            pad(tree, 0, 0, 0, k * internal, k << d);
            paths(k, tree);
        }
        this.expected = computeExpected();
    }

    private static void check(Tree tree, int features) {
        int n = tree.feature().length;
        if (tree.threshold().length != n || tree.left().length != n || tree.right().length != n
                || tree.value().length != n || tree.cover().length != n) {
            throw new IllegalArgumentException("a tree's node arrays differ in length");
        }
        for (int i = 0; i < n; i++) {
            if (tree.feature()[i] >= features) {
                throw new IllegalArgumentException("a tree splits on feature " + tree.feature()[i] + " of " + features);
            }
        }
    }

    private static int depth(Tree tree, int node) {
        if (tree.feature()[node] < 0) {
            return 0;
        }
        return 1 + Math.max(depth(tree, tree.left()[node]), depth(tree, tree.right()[node]));
    }

    /** Copies the subtree at {@code node} into padded position {@code pos} of level {@code level}. */
    private void pad(Tree tree, int node, int level, int pos, int internalBase, int leafBase) {
        if (level == depth) {
            leafOutput[leafBase + pos - ((1 << depth) - 1)] = tree.value()[node];
            return;
        }
        if (tree.feature()[node] < 0) {
            // a leaf above the bottom: always go left, and give every leaf below it its value
            splitFeature[internalBase + pos] = 0;
            splitThreshold[internalBase + pos] = Float.POSITIVE_INFINITY;
            pad(tree, node, level + 1, 2 * pos + 1, internalBase, leafBase);
            pad(tree, node, level + 1, 2 * pos + 2, internalBase, leafBase);
            return;
        }
        splitFeature[internalBase + pos] = tree.feature()[node];
        splitThreshold[internalBase + pos] = tree.threshold()[node];
        pad(tree, tree.left()[node], level + 1, 2 * pos + 1, internalBase, leafBase);
        pad(tree, tree.right()[node], level + 1, 2 * pos + 2, internalBase, leafBase);
    }

    private void paths(int k, Tree tree) {
        List<double[]> values = new ArrayList<>();
        List<int[]> pathFeatures = new ArrayList<>();
        List<double[]> lows = new ArrayList<>();
        List<double[]> highs = new ArrayList<>();
        List<double[]> zeros = new ArrayList<>();
        walk(tree, 0, new double[features], fill(Double.NEGATIVE_INFINITY), fill(Double.POSITIVE_INFINITY),
                new boolean[features], values, pathFeatures, lows, highs, zeros);
        leafValue[k] = values.stream().mapToDouble(v -> v[0]).toArray();
        leafFeatures[k] = pathFeatures.toArray(int[][]::new);
        leafLow[k] = lows.toArray(double[][]::new);
        leafHigh[k] = highs.toArray(double[][]::new);
        leafZero[k] = zeros.toArray(double[][]::new);
    }

    private double[] fill(double v) {
        double[] a = new double[features];
        Arrays.fill(a, v);
        return a;
    }

    /** Depth-first walk keeping, per feature, the interval [low, high) and the product of cover ratios. */
    private void walk(Tree tree, int node, double[] zero, double[] low, double[] high, boolean[] used,
                      List<double[]> values, List<int[]> pathFeatures, List<double[]> lows, List<double[]> highs,
                      List<double[]> zeros) {
        int j = tree.feature()[node];
        if (j < 0) {
            int m = 0;
            for (boolean u : used) {
                m += u ? 1 : 0;
            }
            if (m > MAX_PATH) {
                throw new IllegalStateException("tree path uses " + m + " features, more than " + MAX_PATH);
            }
            int[] f = new int[m];
            double[] lo = new double[m];
            double[] hi = new double[m];
            double[] z = new double[m];
            int at = 0;
            for (int i = 0; i < features; i++) {
                if (used[i]) {
                    f[at] = i;
                    lo[at] = low[i];
                    hi[at] = high[i];
                    z[at] = zero[i];
                    at++;
                }
            }
            values.add(new double[] {tree.value()[node]});
            pathFeatures.add(f);
            lows.add(lo);
            highs.add(hi);
            zeros.add(z);
            return;
        }
        double t = tree.threshold()[node];
        double size = tree.cover()[node];
        for (boolean goesLeft : new boolean[] {true, false}) {
            int child = goesLeft ? tree.left()[node] : tree.right()[node];
            double[] z = zero.clone();
            double[] lo = low.clone();
            double[] hi = high.clone();
            boolean[] u = used.clone();
            z[j] = (u[j] ? z[j] : 1.0) * (size > 0 ? tree.cover()[child] / size : 0.5);
            u[j] = true;
            if (goesLeft) {
                hi[j] = Math.min(hi[j], t);
            } else {
                lo[j] = Math.max(lo[j], t);
            }
            walk(tree, child, z, lo, hi, u, values, pathFeatures, lows, highs, zeros);
        }
    }

    /** The boosted output: intercept + the sum of the trees' leaf values. */
    double predict(double[] x) {
        float[] xf = new float[features];
        for (int j = 0; j < features; j++) {
            xf[j] = (float) x[j];
        }
        return predict(xf);
    }

    /** As {@link #predict(double[])}, for features already rounded to floats. */
    double predict(float[] xf) {
        final int d = depth;
        final int internal = (1 << d) - 1;
        final int[] sf = splitFeature;
        final float[] st = splitThreshold;
        final double[] out = leafOutput;
        final int trees = leafValue.length;
        double sum = 0;
        int base = 0;
        int leafBase = 0;
        for (int k = 0; k < trees; k++) {
            int i = 0;
            for (int level = 0; level < d; level++) {
                int at = base + i;
                i = 2 * i + (xf[sf[at]] < st[at] ? 1 : 2);
            }
            sum += out[leafBase + i - internal];
            base += internal;
            leafBase += internal + 1;
        }
        return intercept + sum;
    }

    /**
     * The output after each tree: {@code out[k]} = intercept + the first k + 1 trees. For choosing
     * the number of rounds without a rounds x stones matrix.
     */
    void cumulative(double[] x, double[] out) {
        final int d = depth;
        final int internal = (1 << d) - 1;
        float[] xf = new float[features];
        for (int j = 0; j < features; j++) {
            xf[j] = (float) x[j];
        }
        double sum = intercept;
        for (int k = 0; k < leafValue.length; k++) {
            int base = k * internal;
            int i = 0;
            for (int level = 0; level < d; level++) {
                int at = base + i;
                i = 2 * i + (xf[splitFeature[at]] < splitThreshold[at] ? 1 : 2);
            }
            sum += leafOutput[(k << d) + i - internal];
            out[k] = sum;
        }
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        expected = computeExpected();
    }

    /** Expected output over the training stones: where the SHAP values start. */
    double expected() {
        return expected;
    }

    private double computeExpected() {
        double sum = 0;
        for (int k = 0; k < leafValue.length; k++) {
            for (int l = 0; l < leafValue[k].length; l++) {
                double cover = 1;
                for (double z : leafZero[k][l]) {
                    cover *= z;
                }
                sum += leafValue[k][l] * cover;
            }
        }
        return intercept + sum;
    }

    /** Exact path-dependent TreeSHAP values: expected() + sum = predict(x). */
    double[] shap(double[] x) {
        ShapIndex index = shapIndex();
        double[] phi = new double[features];
        int[] feat = index.feature;
        double[] lo = index.low;
        double[] hi = index.high;
        double[] table = index.table;
        int leaves = index.size.length;
        for (int l = 0; l < leaves; l++) {
            int m = index.size[l];
            int base = index.start[l];
            int mask = 0;
            for (int j = 0; j < m; j++) {
                double xj = (float) x[feat[base + j]];
                if (xj >= lo[base + j] && xj < hi[base + j]) {
                    mask |= 1 << j;
                }
            }
            int offset = index.tableStart[l] + mask * m;
            for (int i = 0; i < m; i++) {
                phi[feat[base + i]] += table[offset + i];
            }
        }
        return phi;
    }

    /**
     * Every leaf of every tree in contiguous arrays: its distinct path features with their
     * intervals, and its SHAP lookup table with the values of its product game for every pattern of
     * satisfied features (2^m patterns of m values). A stone's SHAP values are then a sequential scan
     * plus one lookup per leaf. Built once after training or loading (about 8 MB for the reference
     * model).
     */
    private static final class ShapIndex {
        final int[] size;
        final int[] start;
        final int[] tableStart;
        final int[] feature;
        final double[] low;
        final double[] high;
        final double[] table;

        ShapIndex(int[] size, int[] start, int[] tableStart, int[] feature, double[] low, double[] high,
                  double[] table) {
            this.size = size;
            this.start = start;
            this.tableStart = tableStart;
            this.feature = feature;
            this.low = low;
            this.high = high;
            this.table = table;
        }
    }

    private ShapIndex shapIndex() {
        ShapIndex index = shapIndex;
        if (index == null) {
            // a race only builds the same index twice: no lock on the hot path
            index = buildIndex();
            shapIndex = index;
        }
        return index;
    }

    private ShapIndex buildIndex() {
        int leaves = 0;
        int pathTotal = 0;
        int tableTotal = 0;
        for (int k = 0; k < leafValue.length; k++) {
            for (int l = 0; l < leafValue[k].length; l++) {
                int m = leafFeatures[k][l].length;
                if (m > MAX_TABLE_PATH) {
                    throw new IllegalStateException("a tree path uses " + m + " features; at most " + MAX_TABLE_PATH);
                }
                leaves++;
                pathTotal += m;
                tableTotal += (1 << m) * m;
            }
        }
        int[] size = new int[leaves];
        int[] start = new int[leaves];
        int[] tableStart = new int[leaves];
        int[] feature = new int[pathTotal];
        double[] low = new double[pathTotal];
        double[] high = new double[pathTotal];
        double[] table = new double[tableTotal];
        double[] poly = new double[MAX_PATH + 1];
        double[] q = new double[MAX_PATH + 1];
        int leaf = 0;
        int path = 0;
        int at = 0;
        for (int k = 0; k < leafValue.length; k++) {
            for (int l = 0; l < leafValue[k].length; l++) {
                int m = leafFeatures[k][l].length;
                size[leaf] = m;
                start[leaf] = path;
                tableStart[leaf] = at;
                System.arraycopy(leafFeatures[k][l], 0, feature, path, m);
                System.arraycopy(leafLow[k][l], 0, low, path, m);
                System.arraycopy(leafHigh[k][l], 0, high, path, m);
                for (int mask = 0; mask < (1 << m); mask++) {
                    leafShap(leafValue[k][l], leafZero[k][l], mask, m, poly, q, table, at + mask * m);
                }
                leaf++;
                path += m;
                at += (1 << m) * m;
            }
        }
        return new ShapIndex(size, start, tableStart, feature, low, high, table);
    }

    /**
     * The Shapley values of one leaf's game v * prod_j (j in S ? o_j : z_j) for the satisfied
     * pattern {@code mask} (bit j = o_j): from P(t) = prod_j (z_j + o_j t), each player's value is
     * v (o_i - z_i) sum_k w(k, m) q_k where Q = P / (z_i + o_i t).
     */
    private static void leafShap(double v, double[] z, int mask, int m, double[] poly, double[] q, double[] out,
                                 int offset) {
        Arrays.fill(poly, 0, m + 1, 0);
        poly[0] = 1;
        int degree = 0;
        for (int j = 0; j < m; j++) {
            if ((mask & (1 << j)) != 0) {
                for (int d = degree + 1; d >= 1; d--) {
                    poly[d] = poly[d] * z[j] + poly[d - 1];
                }
                poly[0] *= z[j];
                degree++;
            } else {
                for (int d = 0; d <= degree; d++) {
                    poly[d] *= z[j];
                }
            }
        }
        double[] w = WEIGHTS[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            if ((mask & (1 << i)) != 0) {
                q[degree - 1] = poly[degree];
                for (int d = degree - 1; d >= 1; d--) {
                    q[d - 1] = poly[d] - z[i] * q[d];
                }
                for (int d = 0; d < degree; d++) {
                    s += w[d] * q[d];
                }
                out[offset + i] = v * (1 - z[i]) * s;
            } else {
                for (int d = 0; d <= degree; d++) {
                    s += w[d] * poly[d] / z[i];
                }
                out[offset + i] = v * (0 - z[i]) * s;
            }
        }
    }

    int trees() {
        return leafValue.length;
    }

    /** Levels of the padded layout. */
    int depth() {
        return depth;
    }

    /** w(k, m) = k! (m - k - 1)! / m!, the Shapley weight of a coalition of size k among m players. */
    private static double[][] shapleyWeights(int max) {
        double[][] w = new double[max + 1][];
        for (int m = 1; m <= max; m++) {
            w[m] = new double[m];
            for (int k = 0; k < m; k++) {
                w[m][k] = Math.exp(logFactorial(k) + logFactorial(m - k - 1) - logFactorial(m));
            }
        }
        return w;
    }

    private static double logFactorial(int n) {
        double s = 0;
        for (int i = 2; i <= n; i++) {
            s += Math.log(i);
        }
        return s;
    }
}
