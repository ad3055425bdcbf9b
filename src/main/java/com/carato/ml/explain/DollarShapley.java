package com.carato.ml.explain;

/**
 * Turns log-price SHAP values into dollar contributions that add up exactly.
 *
 * <p>The model predicts log price: price = exp(b + phi_1 + ... + phi_n). Each phi_i is a fair
 * share of the log price, but exp(phi_i) shares of a price multiply, they do not add. So the dollar
 * contributions are the exact Shapley values of the game v(S) = exp(b + sum of phi_j over S):
 * every characteristic gets its average marginal dollar effect over all orders in which the
 * characteristics can be added. By Shapley's efficiency, exp(b) + the sum of the dollar
 * contributions = the price, exactly; each keeps the sign of its phi_i. With n characteristics this
 * is 2^n terms, 512 for the 9 characteristics of a stone.
 */
public final class DollarShapley {

    private DollarShapley() {
    }

    /** Dollar contributions of the log-space values {@code phi} above the baseline exp(b). */
    public static double[] contributions(double b, double[] phi) {
        int n = phi.length;
        if (n > 20) {
            throw new IllegalArgumentException("too many characteristics for exact Shapley values: " + n);
        }
        int subsets = 1 << n;
        double[] value = new double[subsets];
        for (int s = 0; s < subsets; s++) {
            double sum = b;
            for (int j = 0; j < n; j++) {
                if ((s & (1 << j)) != 0) {
                    sum += phi[j];
                }
            }
            value[s] = Math.exp(sum);
        }
        double[] weight = new double[n];
        for (int size = 0; size < n; size++) {
            // |S|! (n - |S| - 1)! / n!
            weight[size] = 1.0 / (n * binomial(n - 1, size));
        }
        double[] dollars = new double[n];
        for (int s = 0; s < subsets; s++) {
            int size = Integer.bitCount(s);
            for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) == 0) {
                    dollars[i] += weight[size] * (value[s | (1 << i)] - value[s]);
                }
            }
        }
        return dollars;
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
