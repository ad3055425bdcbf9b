package com.carato.app.ui.explore;

import java.util.Locale;

/**
 * The carat bands of a trade price list. A band holds the weights from {@code from} to
 * {@code to} as graded to two decimals (0.90–0.99 holds 0.90 ≤ carat < 1.00); its representative
 * weight is the middle of that range (0.945 ct for 0.90–0.99).
 */
public enum GridBand {
    CT_030(0.30, 0.39),
    CT_040(0.40, 0.49),
    CT_050(0.50, 0.69),
    CT_070(0.70, 0.89),
    CT_090(0.90, 0.99),
    CT_100(1.00, 1.49),
    CT_150(1.50, 1.99),
    CT_200(2.00, 2.99);

    private final double from;
    private final double to;

    GridBand(double from, double to) {
        this.from = from;
        this.to = to;
    }

    public double from() {
        return from;
    }

    public double to() {
        return to;
    }

    /** True when a stone of this weight falls in the band. */
    public boolean contains(double carat) {
        return carat >= from - 1e-9 && carat < to + 0.01 - 1e-9;
    }

    /** The weight the grid prices: the middle of the band. */
    public double representativeCarat() {
        return (from + to) / 2;
    }

    public String label() {
        return String.format(Locale.ROOT, "%.2f–%.2f ct", from, to);
    }

    @Override
    public String toString() {
        return label();
    }
}
