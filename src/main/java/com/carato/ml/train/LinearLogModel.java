package com.carato.ml.train;

import com.carato.domain.Diamond;
import com.carato.ml.Features;

import java.io.Serializable;
import java.util.List;

/**
 * Ordinary least squares of log price on {@link Features#linear}: the hedonic price equation a
 * trade economist would fit. Solved by normal equations and Cholesky (about 20 columns, so no BLAS
 * is needed), with a tiny ridge for stability when a grade is absent from the data.
 */
public final class LinearLogModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double intercept;
    private final double[] weights;
    private final double[] means;

    private LinearLogModel(double intercept, double[] weights, double[] means) {
        this.intercept = intercept;
        this.weights = weights;
        this.means = means;
    }

    public static LinearLogModel fit(List<Diamond> stones, double[] logPrice) {
        int n = stones.size();
        int p = Features.LINEAR_SIZE + 1;
        double[][] a = new double[p][p];
        double[] b = new double[p];
        double[] means = new double[p - 1];
        double[] x = new double[p];
        for (int i = 0; i < n; i++) {
            double[] f = Features.linear(stones.get(i));
            x[0] = 1;
            System.arraycopy(f, 0, x, 1, f.length);
            for (int j = 0; j < p; j++) {
                b[j] += x[j] * logPrice[i];
                for (int k = 0; k <= j; k++) {
                    a[j][k] += x[j] * x[k];
                }
            }
            for (int j = 0; j < f.length; j++) {
                means[j] += f[j] / n;
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                a[k][j] = a[j][k];
            }
            if (j > 0) {
                a[j][j] += 1e-6 * n;
            }
        }
        double[] w = solveCholesky(a, b);
        return new LinearLogModel(w[0], java.util.Arrays.copyOfRange(w, 1, p), means);
    }

    private static double[] solveCholesky(double[][] a, double[] b) {
        int p = b.length;
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (s <= 0) {
                        throw new IllegalStateException("the linear price model is singular: too few distinct stones");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] w = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < p; k++) {
                s -= l[k][i] * w[k];
            }
            w[i] = s / l[i][i];
        }
        return w;
    }

    public double predict(Diamond stone) {
        double[] f = Features.linear(stone);
        double s = intercept;
        for (int j = 0; j < f.length; j++) {
            s += weights[j] * f[j];
        }
        return s;
    }

    /** The prediction for the average training stone: where the contributions start. */
    public double baseline() {
        double s = intercept;
        for (int j = 0; j < weights.length; j++) {
            s += weights[j] * means[j];
        }
        return s;
    }

    /**
     * Exact SHAP values of this linear model per characteristic (interventional, against the
     * training means): w_j (x_j - mean_j), summed over the columns of each characteristic.
     * baseline() + sum = predict(stone).
     */
    public double[] contributions(Diamond stone) {
        double[] f = Features.linear(stone);
        double[] phi = new double[Features.CHARACTERISTICS.size()];
        for (int j = 0; j < f.length; j++) {
            phi[Features.linearGroup(j)] += weights[j] * (f[j] - means[j]);
        }
        return phi;
    }
}
