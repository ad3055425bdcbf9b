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

    /**
     * The rule a bundle whose manifest does not record one is reported with: the rule of every bundle
     * from 1 Dec 2026 (b8b1160) until the rule was recorded. Monotone-engine bundles trained earlier on
     * 1 Dec were calibrated without the margin and are reported with it all the same.
     */
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
     * Lower and upper log bounds from residuals sorted ascending, by split conformal: a new residual
     * falls between the i-th and the j-th smallest of n with probability (j - i) / (n + 1), so the
     * order statistics are chosen to make that at least the level. Returns null when the residuals are
     * too few for the level (split conformal would then give an infinite bound), unless {@code clamp}
     * asks for the outermost residuals instead.
     */
    double[] bounds(double[] sorted, double coverage, boolean clamp) {
        int n = sorted.length;
        double level = level(coverage, n);
        // 1-based order statistics; the small epsilon keeps (n + 1) x 0.05 = 5 from rounding to 4.9999...
        int lo;
        int hi;
        switch (shape) {
            case EQUAL_TAILS -> {
                double tail = (1 - level) / 2;
                lo = (int) Math.floor((n + 1) * tail + 1e-9);
                hi = (int) Math.ceil((n + 1) * (1 - tail) - 1e-9);
            }
            case SYMMETRIC -> {
                double[] abs = new double[n];
                for (int i = 0; i < n; i++) {
                    abs[i] = Math.abs(sorted[i]);
                }
                java.util.Arrays.sort(abs);
                int k = (int) Math.ceil((n + 1) * level - 1e-9);
                if (k > n && !clamp) {
                    return null;
                }
                double q = abs[clamp(k - 1, n)];
                return new double[] {-q, q};
            }
            case SHORTEST -> {
                // k consecutive residuals hold a new one with probability (k - 1) / (n + 1)
                int k = (int) Math.ceil((n + 1) * level - 1e-9) + 1;
                if (k > n) {
                    if (!clamp) {
                        return null;
                    }
                    k = n;
                }
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
        if ((lo < 1 || hi > n) && !clamp) {
            return null;
        }
        return new double[] {sorted[clamp(lo - 1, n)], sorted[clamp(hi - 1, n)]};
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
