package com.carato.app.ui.explore;

import java.util.Arrays;

/** The statistics behind the explorer's charts: plain arrays in, plain records out. */
public final class Stats {

    private Stats() {
    }

    /**
     * Counts of values in {@code bins} equal-width bins from {@code min} to {@code max}.
     *
     * @param min      left edge of the first bin
     * @param binWidth width of each bin
     * @param counts   values in each bin
     */
    public record Histogram(double min, double binWidth, int[] counts) {
        public int total() {
            return Arrays.stream(counts).sum();
        }

        public int maxCount() {
            return Arrays.stream(counts).max().orElse(0);
        }

        public double max() {
            return min + binWidth * counts.length;
        }
    }

    /**
     * A box plot's figures: quartiles, whiskers at the furthest values within 1.5 × IQR of the box,
     * and the values beyond them.
     */
    public record Box(String label, int n, double q1, double median, double q3, double mean,
                      double whiskerLow, double whiskerHigh, double[] outliers) {
    }

    public static Histogram histogram(double[] values, int bins) {
        if (values.length == 0) {
            return new Histogram(0, 1, new int[bins]);
        }
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(1);
        double width = max > min ? (max - min) / bins : 1;
        int[] counts = new int[bins];
        for (double v : values) {
            counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
        }
        return new Histogram(min, width, counts);
    }

    /** Quantile by linear interpolation between the closest ranks of a sorted array. */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double rank = p * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }

    /** The box of {@code values}; null when there are none. */
    public static Box box(String label, double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double q1 = quantile(sorted, 0.25);
        double median = quantile(sorted, 0.5);
        double q3 = quantile(sorted, 0.75);
        double iqr = q3 - q1;
        double lowFence = q1 - 1.5 * iqr;
        double highFence = q3 + 1.5 * iqr;
        double low = Arrays.stream(sorted).filter(v -> v >= lowFence).min().orElse(q1);
        double high = Arrays.stream(sorted).filter(v -> v <= highFence).max().orElse(q3);
        double[] outliers = Arrays.stream(sorted).filter(v -> v < lowFence || v > highFence).toArray();
        return new Box(label, sorted.length, q1, median, q3, Arrays.stream(sorted).average().orElse(Double.NaN),
                low, high, outliers);
    }

    /** Pearson correlation of two equally long columns; NaN when either is constant. */
    public static double correlation(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) {
            return Double.NaN;
        }
        double meanA = Arrays.stream(a).average().orElse(0);
        double meanB = Arrays.stream(b).average().orElse(0);
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - meanA;
            double db = b[i] - meanB;
            cov += da * db;
            varA += da * da;
            varB += db * db;
        }
        return varA == 0 || varB == 0 ? Double.NaN : cov / Math.sqrt(varA * varB);
    }

    /** The correlation matrix of {@code columns}. */
    public static double[][] correlations(double[][] columns) {
        int k = columns.length;
        double[][] matrix = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double r = i == j ? 1 : correlation(columns[i], columns[j]);
                matrix[i][j] = r;
                matrix[j][i] = r;
            }
        }
        return matrix;
    }
}
