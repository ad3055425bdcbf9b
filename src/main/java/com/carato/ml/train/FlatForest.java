package com.carato.ml.train;

import com.carato.ml.SmileTrees;
import smile.base.cart.InternalNode;
import smile.base.cart.Node;
import smile.base.cart.OrdinalNode;
import smile.base.cart.RegressionNode;
import smile.regression.RegressionTree;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The boosted trees copied into flat arrays, for fast prediction and exact, fast SHAP values.
 *
 * <p>Smile's own TreeSHAP allocates per node and took about 8 ms per stone for a thousand trees;
 * appraisals need well under 1 ms. This implementation precomputes, for every leaf, the distinct
 * features on its path, the interval each must fall in, and the share of training stones that
 * reach the leaf through that feature's splits ("zero fraction"). For a stone, each leaf then
 * contributes a product game whose Shapley values come from one polynomial (the same quantities as
 * Lundberg's path-dependent TreeSHAP, without recursion). Verified against Smile in tests.
 */
final class FlatForest implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PATH = 24;
    /** Paths through more distinct features than this would make the lookup tables too large. */
    private static final int MAX_TABLE_PATH = 12;
    private static final double[][] WEIGHTS = shapleyWeights(MAX_PATH);

    private final double intercept;
    private final double shrinkage;
    private final int features;
    // per tree, per node: feature (-1 for a leaf), threshold, children, leaf value
    private final int[][] feature;
    private final double[][] threshold;
    private final int[][] trueChild;
    private final int[][] falseChild;
    private final double[][] value;
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

    FlatForest(RegressionTree[] trees, double intercept, double shrinkage, int features) {
        this.intercept = intercept;
        this.shrinkage = shrinkage;
        this.features = features;
        int t = trees.length;
        feature = new int[t][];
        threshold = new double[t][];
        trueChild = new int[t][];
        falseChild = new int[t][];
        value = new double[t][];
        leafValue = new double[t][];
        leafFeatures = new int[t][][];
        leafLow = new double[t][][];
        leafHigh = new double[t][][];
        leafZero = new double[t][][];
        for (int k = 0; k < t; k++) {
            flatten(k, trees[k].root());
        }
        this.expected = computeExpected();
    }

    private void flatten(int k, Node root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        int n = nodes.size();
        feature[k] = new int[n];
        threshold[k] = new double[n];
        trueChild[k] = new int[n];
        falseChild[k] = new int[n];
        value[k] = new double[n];
        java.util.IdentityHashMap<Node, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i), i);
        }
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            if (node instanceof OrdinalNode split) {
                feature[k][i] = split.feature();
                threshold[k][i] = SmileTrees.threshold(split);
                trueChild[k][i] = index.get(split.trueChild());
                falseChild[k][i] = index.get(split.falseChild());
            } else if (node instanceof RegressionNode leaf) {
                feature[k][i] = -1;
                value[k][i] = leaf.output();
            } else {
                throw new IllegalStateException("unsupported tree node " + node.getClass().getName()
                        + ": all features are numeric");
            }
        }
        List<double[]> values = new ArrayList<>();
        List<int[]> pathFeatures = new ArrayList<>();
        List<double[]> lows = new ArrayList<>();
        List<double[]> highs = new ArrayList<>();
        List<double[]> zeros = new ArrayList<>();
        walk(root, new double[features], fill(Double.NEGATIVE_INFINITY), fill(Double.POSITIVE_INFINITY),
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

    private static void collect(Node node, List<Node> nodes) {
        nodes.add(node);
        if (node instanceof InternalNode internal) {
            collect(internal.trueChild(), nodes);
            collect(internal.falseChild(), nodes);
        }
    }

    /** Depth-first walk keeping, per feature, the interval and the product of cover ratios so far. */
    private void walk(Node node, double[] zero, double[] low, double[] high, boolean[] used, List<double[]> values,
                      List<int[]> pathFeatures, List<double[]> lows, List<double[]> highs, List<double[]> zeros) {
        if (node instanceof RegressionNode leaf) {
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
            for (int j = 0; j < features; j++) {
                if (used[j]) {
                    f[at] = j;
                    lo[at] = low[j];
                    hi[at] = high[j];
                    z[at] = zero[j];
                    at++;
                }
            }
            values.add(new double[] {leaf.output()});
            pathFeatures.add(f);
            lows.add(lo);
            highs.add(hi);
            zeros.add(z);
            return;
        }
        OrdinalNode split = (OrdinalNode) node;
        int j = split.feature();
        double t = SmileTrees.threshold(split);
        double size = split.size();
        for (boolean goesTrue : new boolean[] {true, false}) {
            Node child = goesTrue ? split.trueChild() : split.falseChild();
            double[] z = zero.clone();
            double[] lo = low.clone();
            double[] hi = high.clone();
            boolean[] u = used.clone();
            z[j] = (u[j] ? z[j] : 1.0) * SmileTrees.size(child) / size;
            u[j] = true;
            if (goesTrue) {
                hi[j] = Math.min(hi[j], t);
            } else {
                lo[j] = Math.max(lo[j], t);
            }
            walk(child, z, lo, hi, u, values, pathFeatures, lows, highs, zeros);
        }
    }

    /** The boosted output: intercept + shrinkage x sum of tree outputs. */
    double predict(double[] x) {
        double sum = 0;
        for (int k = 0; k < feature.length; k++) {
            int[] f = feature[k];
            double[] th = threshold[k];
            int node = 0;
            while (f[node] >= 0) {
                node = x[f[node]] <= th[node] ? trueChild[k][node] : falseChild[k][node];
            }
            sum += value[k][node];
        }
        return intercept + shrinkage * sum;
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
        return intercept + shrinkage * sum;
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
                double xj = x[feat[base + j]];
                if (xj > lo[base + j] && xj <= hi[base + j]) {
                    mask |= 1 << j;
                }
            }
            int offset = index.tableStart[l] + mask * m;
            for (int i = 0; i < m; i++) {
                phi[feat[base + i]] += table[offset + i];
            }
        }
        for (int j = 0; j < features; j++) {
            phi[j] *= shrinkage;
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
        return feature.length;
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
