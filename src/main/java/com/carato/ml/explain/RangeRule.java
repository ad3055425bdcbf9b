package com.carato.ml.explain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a carat band's held-out log residuals, ln(actual / predicted), become its price range.
 *
 * @param shape  which interval of the residuals is taken
 * @param margin standard errors of the band's coverage added to the nominal level before the
 *               interval is taken (0: plain split conformal; 1: the band's range covers the
 *               nominal share of new stones with about 84 % confidence, training-conditional
 *               conformal, Vovk 2012, normal approximation of the binomial)
 */
public record RangeRule(Shape shape, double margin) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which interval of the sorted residuals covers the level. */
    public enum Shape {
        /** Equal tails: the (1 - level) / 2 and (1 + level) / 2 quantiles. */
        EQUAL_TAILS,
        /** Symmetric around the prediction: ± the level quantile of |residual|. */
        SYMMETRIC,
        /**
         * The shortest run of sorted residuals holding the level's share. Not exactly valid: choosing
         * the window from the same residuals makes it cover slightly less than the level on new stones
         * (about one point with 200 residuals).
         */
        SHORTEST
    }

    /** The rule every bundle used before the rule was recorded in its manifest. */
    public static final RangeRule LEGACY = new RangeRule(Shape.EQUAL_TAILS, 1.0);

    public RangeRule {
        if (shape == null) {
            throw new IllegalArgumentException("range rule: shape missing");
        }
        if (!(margin >= 0 && margin <= 5)) {
            throw new IllegalArgumentException("range rule: margin must be between 0 and 5 standard errors, got "
                    + margin);
        }
    }

    /** The rules {@code carato select} compares: every shape with margins of 0, 0.5, 1 and 1.28 standard errors. */
    public static List<RangeRule> candidates() {
        List<RangeRule> rules = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            for (double margin : new double[] {0, 0.5, 1.0, 1.28}) {
                rules.add(new RangeRule(shape, margin));
            }
        }
        return rules;
    }

    /** The level a band of {@code n} residuals is calibrated at: nominal plus the margin, at most 1. */
    double level(double coverage, int n) {
        return Math.min(1, coverage + margin * Math.sqrt(coverage * (1 - coverage) / n));
    }

    /**
     * Lower and upper log bounds from residuals sorted ascending (split conformal: the k-th smallest
     * with k = ceil((n + 1) x level), clamped to the residuals).
     */
    double[] bounds(double[] sorted, double coverage) {
        int n = sorted.length;
        double level = level(coverage, n);
        switch (shape) {
            case EQUAL_TAILS -> {
                double tail = (1 - level) / 2;
                // the small epsilon keeps (n + 1) x 0.05 = 5 from rounding to 4.9999...
                int lo = (int) Math.floor((n + 1) * tail + 1e-9) - 1;
                int hi = (int) Math.ceil((n + 1) * (1 - tail) - 1e-9) - 1;
                return new double[] {sorted[clamp(lo, n)], sorted[clamp(hi, n)]};
            }
            case SYMMETRIC -> {
                double[] abs = new double[n];
                for (int i = 0; i < n; i++) {
                    abs[i] = Math.abs(sorted[i]);
                }
                java.util.Arrays.sort(abs);
                double q = abs[clamp((int) Math.ceil((n + 1) * level) - 1, n)];
                return new double[] {-q, q};
            }
            case SHORTEST -> {
                int k = Math.min(n, (int) Math.ceil((n + 1) * level));
                int best = 0;
                for (int i = 1; i + k - 1 < n; i++) {
                    if (sorted[i + k - 1] - sorted[i] < sorted[best + k - 1] - sorted[best]) {
                        best = i;
                    }
                }
                return new double[] {sorted[best], sorted[best + k - 1]};
            }
            default -> throw new IllegalStateException("unknown shape " + shape);
        }
    }

    private static int clamp(int index, int n) {
        return Math.max(0, Math.min(n - 1, index));
    }

    /** "equal tails + 1.0 SE", as the selection table prints it. */
    public String label() {
        String name = shape.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return margin == 0 ? name : String.format(Locale.ROOT, "%s + %s SE", name, margin);
    }

    @Override
    public String toString() {
        return label();
    }
}
