package com.carato.ml.explain;

import com.carato.domain.CaratBand;
import com.carato.domain.PriceRange;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConformalCalibrationTest {

    @Test
    void coversTheNominalShareOfFreshResidualsPerBand() {
        Random random = new Random(5);
        int n = 4000;
        double[] carats = new double[n];
        double[] actual = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            carats[i] = 0.2 + 2.8 * random.nextDouble();
            predicted[i] = 5000 * carats[i];
            // big stones are harder to price: wider noise above 1.5 ct
            double sigma = carats[i] >= 1.5 ? 0.15 : 0.05;
            actual[i] = predicted[i] * Math.exp(sigma * random.nextGaussian());
        }
        ConformalCalibration calibration = ConformalCalibration.fit(carats, actual, predicted, 0.9,
                RangeRule.LEGACY);
        int[] inside = new int[2];
        int[] total = new int[2];
        for (int i = 0; i < n; i++) {
            double carat = 0.2 + 2.8 * random.nextDouble();
            double sigma = carat >= 1.5 ? 0.15 : 0.05;
            double price = 5000 * carat * Math.exp(sigma * random.nextGaussian());
            PriceRange range = calibration.range(5000 * carat, carat);
            int group = carat >= 1.5 ? 1 : 0;
            total[group]++;
            inside[group] += range.contains(price) ? 1 : 0;
        }
        assertEquals(0.9, inside[0] / (double) total[0], 0.03, "small stones");
        assertEquals(0.9, inside[1] / (double) total[1], 0.03, "big stones get their own, wider range");
        PriceRange small = calibration.range(5000, 1.0);
        PriceRange big = calibration.range(5000, 2.5);
        assertTrue(big.width() > 2 * small.width(), "the band of harder stones is wider");
        assertEquals(0.9, small.coverage());
        assertTrue(calibration.counts().get(CaratBand.TWO_AND_ABOVE) > 0);
    }

    @Test
    void aBandWithTooFewResidualsForTheLevelBorrowsThePooledRange() {
        // 400 stones under 0.5 ct with 5 % noise, 34 of 2.5 ct with 30 % noise: at 90 % + 1 SE the big
        // band would need an infinite bound, so it takes the pooled range rather than its min and max
        Random random = new Random(8);
        int n = 434;
        double[] carats = new double[n];
        double[] actual = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            boolean big = i >= 400;
            carats[i] = big ? 2.5 : 0.4;
            predicted[i] = 1000;
            actual[i] = 1000 * Math.exp((big ? 0.3 : 0.05) * random.nextGaussian());
        }
        ConformalCalibration calibration = ConformalCalibration.fit(carats, actual, predicted, 0.9, RangeRule.LEGACY);
        assertEquals(34, calibration.counts().get(CaratBand.TWO_AND_ABOVE));
        double[] pooled = new double[n];
        for (int i = 0; i < n; i++) {
            pooled[i] = Math.log(actual[i] / predicted[i]);
        }
        java.util.Arrays.sort(pooled);
        double[] expected = RangeRule.LEGACY.bounds(pooled, 0.9, true);
        PriceRange big = calibration.range(1000, 2.5);
        assertEquals(1000 * Math.exp(expected[0]), big.low(), 1e-9);
        assertEquals(1000 * Math.exp(expected[1]), big.high(), 1e-9);
    }
}
