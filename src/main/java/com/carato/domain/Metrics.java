package com.carato.domain;

import java.util.Arrays;

/**
 * How close predicted prices are to appraised ones.
 *
 * @param count      number of stones
 * @param mae        mean absolute error, USD
 * @param rmse       root mean squared error, USD
 * @param mape       mean absolute percentage error, percent
 * @param r2         coefficient of determination on prices
 * @param medianApe  median absolute percentage error, percent
 */
public record Metrics(int count, double mae, double rmse, double mape, double r2, double medianApe) {

    /** Metrics of {@code predicted} against {@code actual} (same length, prices in USD). */
    public static Metrics of(double[] actual, double[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("lengths differ: " + actual.length + " vs " + predicted.length);
        }
        int n = actual.length;
        if (n == 0) {
            return new Metrics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double abs = 0;
        double sq = 0;
        double mean = Arrays.stream(actual).average().orElse(0);
        double tot = 0;
        double[] ape = new double[n];
        for (int i = 0; i < n; i++) {
            double e = predicted[i] - actual[i];
            abs += Math.abs(e);
            sq += e * e;
            tot += (actual[i] - mean) * (actual[i] - mean);
            ape[i] = Math.abs(e) / actual[i] * 100;
        }
        Arrays.sort(ape);
        double median = n % 2 == 1 ? ape[n / 2] : (ape[n / 2 - 1] + ape[n / 2]) / 2;
        return new Metrics(n, abs / n, Math.sqrt(sq / n), Arrays.stream(ape).average().orElse(0),
                tot == 0 ? Double.NaN : 1 - sq / tot, median);
    }
}
