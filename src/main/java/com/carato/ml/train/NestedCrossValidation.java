package com.carato.ml.train;

import com.carato.domain.PricedStone;
import com.carato.domain.ProgressStage;

import java.util.ArrayList;
import java.util.List;

/**
 * Nested cross-validation of a configuration, to judge how its price ranges would do on new stones
 * without looking at any held-out stone: the stones are dealt into outer folds; for each, the inner
 * cross-validation of {@link Trainer#crossValidate} on the other outer folds gives the out-of-fold
 * predictions a range is calibrated from (exactly as training does), and a model trained on those
 * same stones prices the outer fold, which plays the new stones. Repeated with other seeds, it shows
 * how a range rule's coverage varies from one set of new stones to the next.
 */
public final class NestedCrossValidation {

    /** Predictions of one outer fold: the calibration side (out-of-fold) and the new stones. */
    public record OuterFold(int repeat, int fold, double[] calibrationCarats, double[] calibrationActual,
                            double[] calibrationPredicted, double[] carats, double[] actual, double[] predicted) {
    }

    private NestedCrossValidation() {
    }

    /**
     * Runs {@code repeats} x {@code config.folds()} outer folds over {@code stones}.
     *
     * @param monitor progress and cancel; progress runs from 0 to 1
     */
    public static List<OuterFold> run(List<PricedStone> stones, TrainingConfig config, int repeats,
                                      TrainingMonitor monitor) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1");
        }
        Trainer trainer = new Trainer();
        // the inner work reports no progress of its own but stops when the caller cancels
        TrainingMonitor inner = new TrainingMonitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        int k = config.folds();
        int total = repeats * k;
        List<OuterFold> outer = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            int[] fold = Trainer.folds(stones.size(), k, config.seed() + 7919L * (r + 1));
            for (int f = 0; f < k; f++) {
                monitor.checkCancelled();
                int done = r * k + f;
                monitor.progress(ProgressStage.NESTED_FOLD.with(done + 1, total), done / (double) total);
                List<PricedStone> fit = new ArrayList<>();
                List<PricedStone> test = new ArrayList<>();
                for (int i = 0; i < stones.size(); i++) {
                    (fold[i] == f ? test : fit).add(stones.get(i));
                }
                Trainer.CrossValidation cv = trainer.crossValidate(fit, config, inner, 0);
                PricingModel model = trainer.fitPricing(fit, config, cv.rounds(), inner);
                double[] predicted = test.stream().mapToDouble(s -> model.price(s.diamond())).toArray();
                outer.add(new OuterFold(r, f, carats(fit), prices(fit), cv.outOfFold(), carats(test), prices(test),
                        predicted));
            }
        }
        monitor.progress(ProgressStage.NESTED_FOLD.with(total, total), 1.0);
        return outer;
    }

    private static double[] carats(List<PricedStone> stones) {
        return stones.stream().mapToDouble(s -> s.diamond().carat()).toArray();
    }

    private static double[] prices(List<PricedStone> stones) {
        return stones.stream().mapToDouble(PricedStone::price).toArray();
    }
}
