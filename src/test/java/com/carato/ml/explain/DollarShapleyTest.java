package com.carato.ml.explain;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DollarShapleyTest {

    @Test
    void contributionsAddUpExactlyAndKeepTheirSign() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            double b = 7 + random.nextGaussian();
            double[] phi = new double[9];
            for (int i = 0; i < phi.length; i++) {
                phi[i] = random.nextGaussian() * 0.5;
            }
            double[] dollars = DollarShapley.contributions(b, phi);
            double sum = Math.exp(b);
            double logSum = b;
            for (int i = 0; i < phi.length; i++) {
                sum += dollars[i];
                logSum += phi[i];
                assertTrue(Math.signum(dollars[i]) == Math.signum(phi[i]), "sign of contribution " + i);
            }
            assertEquals(Math.exp(logSum), sum, Math.exp(logSum) * 1e-12);
        }
    }

    @Test
    void oneCharacteristicTakesTheWholeChange() {
        double[] dollars = DollarShapley.contributions(Math.log(1000), new double[] {Math.log(2), 0, 0});
        assertEquals(1000, dollars[0], 1e-9);
        assertEquals(0, dollars[1], 1e-12);
    }

    @Test
    void equalEffectsShareEqually() {
        double[] dollars = DollarShapley.contributions(Math.log(1000), new double[] {Math.log(2), Math.log(2)});
        // 1000 -> 4000: both doublings are worth the same, 1500 each
        assertEquals(1500, dollars[0], 1e-9);
        assertEquals(1500, dollars[1], 1e-9);
    }
}
