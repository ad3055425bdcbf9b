package com.carato.ml.explain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RangeRuleTest {

    private static final RangeRule TAILS = new RangeRule(RangeRule.Shape.EQUAL_TAILS, 0);
    private static final RangeRule SYMMETRIC = new RangeRule(RangeRule.Shape.SYMMETRIC, 0);
    private static final RangeRule SHORTEST = new RangeRule(RangeRule.Shape.SHORTEST, 0);

    /** 1, 2, ..., n. */
    private static double[] ranks(int n) {
        double[] r = new double[n];
        Arrays.setAll(r, i -> i + 1);
        return r;
    }

    @Test
    void equalTailsTakeTheSplitConformalOrderStatistics() {
        // n = 99, level 0.9: the 5th and the 95th smallest ((n + 1) x 0.05 = 5, (n + 1) x 0.95 = 95)
        assertArrayEquals(new double[] {5, 95}, TAILS.bounds(ranks(99), 0.9, false));
    }

    @Test
    void symmetricIsPlusMinusTheLevelQuantileOfTheAbsoluteResidual() {
        double[] r = new double[99];
        Arrays.setAll(r, i -> (i % 2 == 0 ? -1 : 1) * (i + 1) / 100.0);
        Arrays.sort(r);
        // |r| = 0.01 ... 0.99; ceil(100 x 0.9) = 90th smallest is 0.90
        assertArrayEquals(new double[] {-0.90, 0.90}, SYMMETRIC.bounds(r, 0.9, false), 1e-12);
    }

    @Test
    void shortestHoldsTheSameShareInLessRoomOnSkewedResiduals() {
        Random random = new Random(3);
        double[] r = new double[2000];
        for (int i = 0; i < r.length; i++) {
            r[i] = -Math.log(random.nextDouble()) * 0.1; // exponential: all the mass near 0
        }
        Arrays.sort(r);
        double[] shortest = SHORTEST.bounds(r, 0.9, false);
        double[] tails = TAILS.bounds(r, 0.9, false);
        assertTrue(shortest[1] - shortest[0] < 0.9 * (tails[1] - tails[0]),
                Arrays.toString(shortest) + " vs " + Arrays.toString(tails));
        long inside = Arrays.stream(r).filter(x -> x >= shortest[0] && x <= shortest[1]).count();
        // k consecutive residuals hold a new one with probability (k - 1) / (n + 1): one more than
        // ceil((n + 1) x level)
        assertEquals((long) Math.ceil(2001 * 0.9) + 1, inside, "ceil((n + 1) x level) + 1 residuals inside");
    }

    @Test
    void aMarginRaisesTheLevelByStandardErrorsOfTheBandsCoverage() {
        assertEquals(0.9, TAILS.level(0.9, 400), 1e-12);
        assertEquals(0.9 + 0.3 / 20, new RangeRule(RangeRule.Shape.EQUAL_TAILS, 1.0).level(0.9, 400), 1e-12);
        assertEquals(1.0, new RangeRule(RangeRule.Shape.EQUAL_TAILS, 5).level(0.9, 4), "never above 1");
        for (RangeRule.Shape shape : RangeRule.Shape.values()) {
            double[] r = ranks(300);
            double[] plain = new RangeRule(shape, 0).bounds(r, 0.9, false);
            double[] wider = new RangeRule(shape, 1.28).bounds(r, 0.9, false);
            assertTrue(wider[0] <= plain[0] && wider[1] >= plain[1] && wider[1] - wider[0] > plain[1] - plain[0],
                    shape + ": " + Arrays.toString(wider) + " contains " + Arrays.toString(plain));
        }
    }

    @Test
    void equalTailsAndSymmetricCoverTheNominalShareOfFreshResidualsShortestSlightlyLess() {
        Random random = new Random(11);
        for (RangeRule rule : RangeRule.candidates()) {
            if (rule.margin() != 0) {
                continue;
            }
            int hits = 0;
            int trials = 0;
            for (int t = 0; t < 200; t++) {
                double[] r = new double[200];
                for (int i = 0; i < r.length; i++) {
                    r[i] = skewed(random);
                }
                Arrays.sort(r);
                double[] b = rule.bounds(r, 0.9, false);
                for (int i = 0; i < 50; i++) {
                    double fresh = skewed(random);
                    hits += fresh >= b[0] && fresh <= b[1] ? 1 : 0;
                    trials++;
                }
            }
            double share = hits / (double) trials;
            if (rule.shape() == RangeRule.Shape.SHORTEST) {
                // the window is chosen on the residuals it is judged by: it under-covers a little
                assertTrue(share > 0.87 && share < 0.9, rule.label() + ": " + share);
            } else {
                assertEquals(0.9, share, 0.01, rule.label());
            }
        }
    }

    /** A log residual with a heavier upper tail, as appraisals have. */
    private static double skewed(Random random) {
        double g = random.nextGaussian();
        return g > 0 ? 0.12 * g : 0.07 * g;
    }

    @Test
    void tooFewResidualsForTheLevelGiveNoBoundsUnlessClampedToTheOutermost() {
        // 30 residuals at 90 % + 1 SE (95.5 %): the 0.7th smallest would be needed, i.e. no finite bound
        RangeRule legacy = RangeRule.LEGACY;
        assertEquals(null, legacy.bounds(ranks(30), 0.9, false));
        assertArrayEquals(new double[] {1, 30}, legacy.bounds(ranks(30), 0.9, true));
        assertEquals(null, new RangeRule(RangeRule.Shape.SYMMETRIC, 1.28).bounds(ranks(20), 0.9, false));
        assertEquals(null, new RangeRule(RangeRule.Shape.SHORTEST, 0).bounds(ranks(9), 0.9, false));
        // equal tails + 1 SE needs 38 residuals: (n + 1) x tail reaches 1 at n = 38 (0.96 at 37)
        assertEquals(null, legacy.bounds(ranks(37), 0.9, false));
        assertArrayEquals(new double[] {1, 38}, legacy.bounds(ranks(38), 0.9, false));
    }

    @Test
    void labelsAndRefusals() {
        assertEquals("equal tails + 1.0 SE", RangeRule.LEGACY.label());
        assertEquals("shortest", SHORTEST.label());
        assertEquals(12, RangeRule.candidates().size());
        assertThrows(IllegalArgumentException.class, () -> new RangeRule(null, 0));
        assertThrows(IllegalArgumentException.class, () -> new RangeRule(RangeRule.Shape.SHORTEST, -0.5));
        assertThrows(IllegalArgumentException.class, () -> new RangeRule(RangeRule.Shape.SHORTEST, Double.NaN));
    }
}
