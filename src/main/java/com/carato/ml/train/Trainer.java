package com.carato.ml.train;

import com.carato.domain.Diamond;
import com.carato.domain.Metrics;
import com.carato.domain.PricedStone;
import com.carato.ml.SmileFrames;
import com.carato.ml.StoneTable;
import com.carato.ml.explain.ComparablesIndex;
import com.carato.ml.explain.ConformalCalibration;
import com.carato.ml.explain.DataEnvelope;
import com.carato.ml.explain.ExplanationTree;
import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.math.MathEx;
import smile.regression.GradientTreeBoost;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a model version from appraised stones:
 * <ol>
 *   <li>K-fold cross-validation of the linear fit + boosted residuals, which picks the number of
 *       trees (lowest mean absolute percentage error) and yields an out-of-fold prediction for
 *       every stone;</li>
 *   <li>conformal calibration of the price range on those out-of-fold predictions;</li>
 *   <li>the final fit on all stones with the chosen number of trees;</li>
 *   <li>the explanation tree, the comparables index and the data envelope.</li>
 * </ol>
 * Deterministic: the same stones in the same order and the same configuration give the same model
 * ({@code MathEx.setSeed} before every fit; folds from the configured seed).
 */
public final class Trainer {

    /** What training produced besides the model: the cross-validation figures. */
    public record Result(TrainedModel model, int trees, Metrics crossValidation, long millis) {
    }

    public Result train(List<PricedStone> stones, TrainingConfig config, TrainingMonitor monitor) {
        long start = System.nanoTime();
        if (stones.size() < config.folds() * 10) {
            throw new IllegalArgumentException("too few stones to train on: " + stones.size()
                    + " (need at least " + config.folds() * 10 + ")");
        }
        int n = stones.size();
        List<Diamond> diamonds = stones.stream().map(PricedStone::diamond).toList();
        double[] prices = stones.stream().mapToDouble(PricedStone::price).toArray();
        double[] logPrices = java.util.Arrays.stream(prices).map(Math::log).toArray();

        int[] fold = folds(n, config.folds(), config.seed());
        double[][] oof = new double[config.maxTrees()][n];
        for (int k = 0; k < config.folds(); k++) {
            monitor.checkCancelled();
            monitor.progress("cross-validation fold " + (k + 1) + " of " + config.folds(),
                    0.8 * k / config.folds());
            List<Integer> fitIdx = new ArrayList<>();
            List<Integer> holdIdx = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                (fold[i] == k ? holdIdx : fitIdx).add(i);
            }
            List<Diamond> fitStones = fitIdx.stream().map(diamonds::get).toList();
            double[] fitLog = fitIdx.stream().mapToDouble(i -> logPrices[i]).toArray();
            LinearLogModel linear = LinearLogModel.fit(fitStones, fitLog);
            GradientTreeBoost boost = fitBoost(fitStones, residuals(linear, fitStones, fitLog), config,
                    config.maxTrees(), config.seed() + k);
            List<Diamond> holdStones = holdIdx.stream().map(diamonds::get).toList();
            double[][] byTrees = boost.test(SmileFrames.features(holdStones));
            for (int j = 0; j < holdIdx.size(); j++) {
                double base = linear.predict(holdStones.get(j));
                for (int t = 0; t < config.maxTrees(); t++) {
                    oof[t][holdIdx.get(j)] = Math.exp(base + byTrees[t][j]);
                }
            }
        }
        int bestTrees = 1;
        double bestMape = Double.POSITIVE_INFINITY;
        for (int t = 0; t < config.maxTrees(); t++) {
            double mape = 0;
            for (int i = 0; i < n; i++) {
                mape += Math.abs(oof[t][i] - prices[i]) / prices[i];
            }
            if (mape < bestMape) {
                bestMape = mape;
                bestTrees = t + 1;
            }
        }
        double[] heldOut = oof[bestTrees - 1];
        Metrics cv = Metrics.of(prices, heldOut);
        double[] carats = diamonds.stream().mapToDouble(Diamond::carat).toArray();
        ConformalCalibration calibration = ConformalCalibration.fit(carats, prices, heldOut, config.coverage());

        monitor.checkCancelled();
        monitor.progress("final model (" + bestTrees + " trees)", 0.8);
        LinearLogModel linear = LinearLogModel.fit(diamonds, logPrices);
        GradientTreeBoost boost = fitBoost(diamonds, residuals(linear, diamonds, logPrices), config, bestTrees,
                config.seed());
        PricingModel pricing = new PricingModel(linear, boost, SmileFrames.frame(diamonds.subList(0, 1), null).schema(),
                config.shrinkage(), diamonds.get(0));

        monitor.checkCancelled();
        monitor.progress("explanation tree", 0.95);
        StoneTable table = new StoneTable(stones);
        MathEx.setSeed(config.seed());
        ExplanationTree tree = ExplanationTree.fit(diamonds, prices, table, config.treeMaxDepth(),
                config.treeMaxNodes(), config.treeNodeSize());
        TrainedModel model = new TrainedModel(pricing, tree, calibration, new ComparablesIndex(table),
                new DataEnvelope(table));
        monitor.progress("done", 1.0);
        return new Result(model, bestTrees, cv, (System.nanoTime() - start) / 1_000_000);
    }

    private static double[] residuals(LinearLogModel linear, List<Diamond> stones, double[] logPrices) {
        double[] r = new double[stones.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = logPrices[i] - linear.predict(stones.get(i));
        }
        return r;
    }

    private static GradientTreeBoost fitBoost(List<Diamond> stones, double[] target, TrainingConfig config,
                                              int trees, long seed) {
        DataFrame frame = SmileFrames.frame(stones, target);
        Loss loss = config.loss().equals("huber") ? Loss.huber(0.9) : Loss.ls();
        MathEx.setSeed(seed);
        return GradientTreeBoost.fit(SmileFrames.formula(), frame, loss, trees, config.maxDepth(),
                config.maxNodes(), config.nodeSize(), config.shrinkage(), config.subsample());
    }

    /** Fold of each stone: a seeded shuffle dealt round-robin, so folds differ in size by at most one. */
    static int[] folds(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int pos = 0; pos < n; pos++) {
            fold[order.get(pos)] = pos % k;
        }
        return fold;
    }
}
