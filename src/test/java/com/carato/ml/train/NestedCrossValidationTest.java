package com.carato.ml.train;

import com.carato.domain.PricedStone;
import com.carato.ml.SyntheticStones;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.DoubleStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NestedCrossValidationTest {

    private static final List<PricedStone> STONES = SyntheticStones.generate(240, 4);

    @Test
    void eachRepeatDealsEveryStoneToExactlyOneOuterFoldAndCalibratesOnTheOthers() {
        TrainingConfig config = TrainingConfig.quick();
        List<NestedCrossValidation.OuterFold> folds = NestedCrossValidation.run(STONES, config, 2,
                TrainingMonitor.NONE);
        assertEquals(2 * config.folds(), folds.size());
        double[] all = STONES.stream().mapToDouble(PricedStone::price).sorted().toArray();
        for (int repeat = 0; repeat < 2; repeat++) {
            int r = repeat;
            List<NestedCrossValidation.OuterFold> mine = folds.stream().filter(f -> f.repeat() == r).toList();
            // the new stones of the repeat's folds are the stones, each once
            assertArrayEquals(all, mine.stream().flatMapToDouble(f -> DoubleStream.of(f.actual())).sorted()
                    .toArray());
            for (NestedCrossValidation.OuterFold fold : mine) {
                // the calibration side is every other stone, with an out-of-fold prediction for each
                double[] both = DoubleStream.concat(DoubleStream.of(fold.calibrationActual()),
                        DoubleStream.of(fold.actual())).sorted().toArray();
                assertArrayEquals(all, both, "fold " + fold.fold());
                assertEquals(fold.calibrationActual().length, fold.calibrationPredicted().length);
                assertEquals(fold.calibrationActual().length, fold.calibrationCarats().length);
                assertEquals(fold.actual().length, fold.predicted().length);
                assertTrue(Arrays.stream(fold.predicted()).allMatch(p -> p > 0 && Double.isFinite(p)));
                assertTrue(Arrays.stream(fold.calibrationPredicted()).allMatch(p -> p > 0 && Double.isFinite(p)));
            }
        }
        // another seed deals other folds
        assertNotEquals(Arrays.toString(folds.get(0).actual()), Arrays.toString(folds.get(config.folds()).actual()));
    }

    @Test
    void predictionsTrackThePricesOfStonesTheyDidNotSee() {
        NestedCrossValidation.OuterFold fold = NestedCrossValidation.run(STONES, TrainingConfig.quick(), 1,
                TrainingMonitor.NONE).get(0);
        double ape = 0;
        for (int i = 0; i < fold.actual().length; i++) {
            ape += Math.abs(fold.predicted()[i] - fold.actual()[i]) / fold.actual()[i] / fold.actual().length;
        }
        assertTrue(ape < 0.35, "mean absolute percentage error " + ape);
    }

    @Test
    void aCancelStopsItInsideAnOuterFold() {
        int[] asked = new int[1];
        TrainingMonitor cancelLater = new TrainingMonitor() {
            @Override
            public boolean isCancelled() {
                return ++asked[0] > 3; // the outer loop asks once; the inner cross-validation asks the rest
            }
        };
        assertThrows(CancellationException.class,
                () -> NestedCrossValidation.run(STONES, TrainingConfig.quick(), 1, cancelLater));
        assertTrue(asked[0] > 3);
    }
}
