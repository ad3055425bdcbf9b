package com.carato.ml.train;

import com.carato.domain.ProgressStage;
import com.carato.domain.Diamond;
import com.carato.domain.Metrics;
import com.carato.domain.PricedStone;
import com.carato.ml.Features;
import com.carato.ml.StoneTable;
import com.carato.ml.explain.ComparablesIndex;
import com.carato.ml.explain.ConformalCalibration;
import com.carato.ml.explain.DataEnvelope;
import com.carato.ml.explain.ExplanationTree;
import smile.math.MathEx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a model version from appraised stones:
 * <ol>
 *   <li>K-fold cross-validation of the monotone boosted trees, which picks the number of rounds
 *       (lowest mean absolute percentage error) and yields an out-of-fold prediction for every
 *       stone;</li>
 *   <li>conformal calibration of the price range on those out-of-fold predictions;</li>
 *   <li>the final fit on all stones with the chosen number of rounds;</li>
 *   <li>the explanation tree, the comparables index and the data envelope.</li>
 * </ol>
 * Memory stays bounded: the rounds are chosen from running error sums (one array of rounds), and the
 * out-of-fold predictions are recomputed from each fold's flat trees, never kept as a rounds x stones
 * matrix. Deterministic: the same stones in the same order and the same configuration give the same
 * model (seeded folds, seeded subsampling, XGBoost's deterministic histogram method).
 */
public final class Trainer {

    /** What training produced besides the model: the rounds chosen and the cross-validation figures. */
    public record Result(TrainedModel model, int trees, Metrics crossValidation, long millis) {
    }

    /** Out-of-fold figures of a configuration: what model selection compares. */
    public record CrossValidation(int rounds, double[] outOfFold, Metrics metrics) {
    }

    public Result train(List<PricedStone> stones, TrainingConfig config, TrainingMonitor monitor) {
        long start = System.nanoTime();
        CrossValidation cv = crossValidate(stones, config, monitor, 0.8);
        double[] prices = stones.stream().mapToDouble(PricedStone::price).toArray();
        double[] carats = stones.stream().mapToDouble(s -> s.diamond().carat()).toArray();
        ConformalCalibration calibration = ConformalCalibration.fit(carats, prices, cv.outOfFold(), config.coverage(),
                config.rangeRule());

        monitor.checkCancelled();
        monitor.progress(ProgressStage.FINAL_MODEL.with(cv.rounds()), 0.8);
        PricingModel pricing = fitPricing(stones, config, cv.rounds(), monitor);

        monitor.checkCancelled();
        monitor.progress(ProgressStage.EXPLANATION_TREE.with(), 0.95);
        List<Diamond> diamonds = stones.stream().map(PricedStone::diamond).toList();
        StoneTable table = new StoneTable(stones);
        MathEx.setSeed(config.seed());
        ExplanationTree tree = ExplanationTree.fit(diamonds, prices, table, config.treeMaxDepth(),
                config.treeMaxNodes(), config.treeNodeSize());
        DataEnvelope envelope = new DataEnvelope(table);
        TrainedModel model = new TrainedModel(pricing, tree, calibration, new ComparablesIndex(table), envelope,
                config.weightLimit());
        monitor.progress(ProgressStage.TRAINING_DONE.with(), 1.0);
        return new Result(model, cv.rounds(), cv.metrics(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The boosted trees on every one of {@code stones}, with a number of rounds chosen beforehand. */
    PricingModel fitPricing(List<PricedStone> stones, TrainingConfig config, int rounds, TrainingMonitor monitor) {
        FlatForest forest = Boosting.fit(matrix(stones), config, rounds, config.seed(), monitor);
        double meanLogCarat = 0;
        for (PricedStone stone : stones) {
            meanLogCarat += Math.log(stone.diamond().carat()) / stones.size();
        }
        return new PricingModel(forest, meanLogCarat);
    }

    /**
     * K-fold cross-validation inside {@code stones}. The K fold models are boosted in lockstep, a
     * chunk of rounds at a time; after each chunk the held-out stones' mean absolute percentage error
     * is measured, and boosting stops once it has not improved for {@link #patience} rounds (or at
     * {@code maxRounds}). The exact best round count is then read from each fold's flat trees. Progress
     * runs from 0 to {@code share}.
     */
    public CrossValidation crossValidate(List<PricedStone> stones, TrainingConfig config, TrainingMonitor monitor,
                                         double share) {
        int k = config.folds();
        if (stones.size() < k * 10) {
            throw new IllegalArgumentException("too few stones to train on: " + stones.size()
                    + " (need at least " + k * 10 + ")");
        }
        int n = stones.size();
        double[] prices = stones.stream().mapToDouble(PricedStone::price).toArray();
        List<double[]> features = stones.stream().map(s -> Features.boost(s.diamond())).toList();
        int[] fold = folds(n, k, config.seed());
        Boosting.Matrix[] fitData = new Boosting.Matrix[k];
        Boosting.Run[] runs = new Boosting.Run[k];
        ml.dmlc.xgboost4j.java.DMatrix[] held = new ml.dmlc.xgboost4j.java.DMatrix[k];
        double[][] heldPrices = new double[k][];
        FlatForest[] forests = new FlatForest[k];
        int rounds = 0;
        try {
            for (int f = 0; f < k; f++) {
                List<PricedStone> fit = new ArrayList<>();
                List<PricedStone> hold = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    (fold[i] == f ? hold : fit).add(stones.get(i));
                }
                fitData[f] = matrix(fit);
                runs[f] = new Boosting.Run(fitData[f], config, config.seed() + f);
                held[f] = matrix(hold).dmatrix();
                heldPrices[f] = hold.stream().mapToDouble(PricedStone::price).toArray();
            }
            int patience = patience(config);
            double bestError = Double.POSITIVE_INFINITY;
            int bestAt = 0;
            double shown = 0;
            while (rounds < config.maxRounds() && rounds - bestAt < patience) {
                int step = Math.min(CHUNK, config.maxRounds() - rounds);
                for (int f = 0; f < k; f++) {
                    runs[f].advance(step, monitor);
                }
                rounds += step;
                double error = 0;
                for (int f = 0; f < k; f++) {
                    float[] logPrice = runs[f].predict(held[f]);
                    for (int i = 0; i < logPrice.length; i++) {
                        error += Math.abs(Math.exp(logPrice[i]) - heldPrices[f][i]) / heldPrices[f][i];
                    }
                }
                if (error < bestError) {
                    bestError = error;
                    bestAt = rounds;
                }
                shown = Math.max(shown, rounds / (double) Math.min(config.maxRounds(), bestAt + patience));
                monitor.progress(ProgressStage.CROSS_VALIDATION.with(k, rounds), share * Math.min(1, shown));
            }
            for (int f = 0; f < k; f++) {
                forests[f] = runs[f].flatten(fitData[f]);
            }
        } catch (ml.dmlc.xgboost4j.java.XGBoostError e) {
            throw new IllegalStateException("gradient boosting failed: " + e.getMessage(), e);
        } finally {
            for (int f = 0; f < k; f++) {
                if (runs[f] != null) {
                    runs[f].close();
                }
                if (held[f] != null) {
                    held[f].dispose();
                }
            }
        }
        // the exact best round from running error sums: one array of rounds, no rounds x stones matrix
        double[] errorSum = new double[rounds];
        double[] running = new double[rounds];
        for (int i = 0; i < n; i++) {
            forests[fold[i]].cumulative(features.get(i), running);
            double logCarat = Math.log(stones.get(i).diamond().carat());
            for (int t = 0; t < rounds; t++) {
                errorSum[t] += Math.abs(Math.exp(logCarat + running[t]) - prices[i]) / prices[i];
            }
        }
        int best = 0;
        for (int t = 1; t < rounds; t++) {
            if (errorSum[t] < errorSum[best]) {
                best = t;
            }
        }
        double[] outOfFold = new double[n];
        for (int i = 0; i < n; i++) {
            forests[fold[i]].cumulative(features.get(i), running);
            outOfFold[i] = Math.exp(Math.log(stones.get(i).diamond().carat()) + running[best]);
        }
        return new CrossValidation(best + 1, outOfFold, Metrics.of(prices, outOfFold));
    }

    /** Rounds boosted between two measurements of the cross-validated error. */
    static final int CHUNK = 50;

    /** Rounds without improvement after which cross-validation stops: 15 / eta, at least 100. */
    static int patience(TrainingConfig config) {
        return Math.max(100, (int) Math.ceil(15 / config.eta()));
    }

    private static Boosting.Matrix matrix(List<PricedStone> stones) {
        List<double[]> features = stones.stream().map(s -> Features.boost(s.diamond())).toList();
        double[] logPrices = stones.stream().mapToDouble(s -> Math.log(s.price())).toArray();
        double[] logCarats = stones.stream().mapToDouble(s -> Math.log(s.diamond().carat())).toArray();
        return Boosting.Matrix.of(features, logPrices, logCarats);
    }

    /** Fold of each stone: a seeded shuffle dealt round-robin, so folds differ in size by at most one. */
    static int[] folds(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int pos = 0; pos < n; pos++) {
            fold[order.get(pos)] = pos % k;
        }
        return fold;
    }
}
