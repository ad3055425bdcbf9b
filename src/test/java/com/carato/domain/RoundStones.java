package com.carato.domain;

/**
 * A test fixture: sizes that agree with a weight. A round brilliant of 1.01 ct measures about
 * 6.43 × 6.47 × 3.98 mm (0.0061 × x × y × z = 1.01); a stone of another weight has the same
 * proportions, scaled by the cube root of the weight ratio.
 */
public final class RoundStones {

    private RoundStones() {
    }

    /** x, y, z in mm (rounded to 0.01 mm, as the data gives them) for a round stone of {@code carat}. */
    public static double[] sizes(double carat) {
        double scale = Math.cbrt(carat / 1.01);
        return new double[] {round(6.43 * scale), round(6.47 * scale), round(3.98 * scale)};
    }

    /** A round stone of {@code carat} with sizes that agree with it, its depth computed from them. */
    public static Diamond of(double carat, Cut cut, Color color, Clarity clarity, double table) {
        double[] s = sizes(carat);
        double depth = Math.round(Diamond.computedDepth(s[0], s[1], s[2]) * 10) / 10.0;
        return new Diamond(carat, cut, color, clarity, depth, table, s[0], s[1], s[2]);
    }

    private static double round(double mm) {
        return Math.round(mm * 100) / 100.0;
    }
}
