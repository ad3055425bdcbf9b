package com.carato.ml.train;

import com.carato.ml.explain.RangeRule;

import java.util.Set;

/**
 * Everything that decides a trained model besides the data. Recorded in each bundle's manifest,
 * so that the same data and configuration give the same model. The price model is gradient-boosted
 * trees on log price with log(carat) as a fixed base (price per carat is what the trees learn),
 * monotone in weight, cut, colour and clarity (ADR 0006).
 *
 * @param seed           random seed for fold assignment and subsampling
 * @param folds          cross-validation folds used to choose the number of rounds and to calibrate ranges
 * @param maxRounds      most boosting rounds tried; cross-validation picks how many to keep
 * @param maxDepth       deepest a boosted tree may grow
 * @param eta            learning rate of boosting
 * @param subsample      share of stones each boosted tree sees
 * @param colsample      share of features each boosted tree may split on
 * @param minChildWeight fewest stones (hessian weight) in a boosted tree's leaf
 * @param lambda         L2 penalty on leaf values
 * @param objective      XGBoost objective on log price: "reg:squarederror" or "reg:absoluteerror"
 * @param coverage       nominal coverage of the price range
 * @param rangeRule      how each carat band's out-of-fold residuals become its range (chosen by nested
 *                       cross-validation, {@code carato select}); a manifest written before it was recorded
 *                       reads as {@link RangeRule#LEGACY}, the rule those bundles were calibrated with
 * @param treeMaxDepth   depth of the explanation tree (its path is what a salesperson reads)
 * @param treeMaxNodes   leaves of the explanation tree
 * @param treeNodeSize   fewest stones in an explanation leaf
 * @param weightLimit    heaviest stone priced, as a multiple of the heaviest stone learnt from (and the
 *                       lightest, as a divisor of the lightest); beyond it an appraisal is refused
 */
public record TrainingConfig(long seed, int folds, int maxRounds, int maxDepth, double eta, double subsample,
                             double colsample, double minChildWeight, double lambda, String objective,
                             double coverage, RangeRule rangeRule, int treeMaxDepth, int treeMaxNodes, int treeNodeSize,
                             double weightLimit) {

    /** The objectives training accepts. */
    public static final Set<String> OBJECTIVES = Set.of("reg:squarederror", "reg:absoluteerror");

    public TrainingConfig {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2");
        }
        if (maxRounds < 1 || maxDepth < 1 || maxDepth > FlatForest.MAX_DEPTH || treeMaxNodes < 2) {
            throw new IllegalArgumentException("rounds and tree sizes must be positive, depth at most "
                    + FlatForest.MAX_DEPTH);
        }
        if (!(eta > 0 && eta <= 1) || !(subsample > 0 && subsample <= 1) || !(colsample > 0 && colsample <= 1)) {
            throw new IllegalArgumentException("eta, subsample and colsample must be in (0, 1]");
        }
        if (!(minChildWeight >= 0) || !(lambda >= 0)) {
            throw new IllegalArgumentException("minChildWeight and lambda must be zero or positive");
        }
        if (!OBJECTIVES.contains(objective)) {
            throw new IllegalArgumentException("objective must be one of " + OBJECTIVES + ", got " + objective);
        }
        if (!(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("coverage must be in (0, 1)");
        }
        if (rangeRule == null) {
            rangeRule = RangeRule.LEGACY;
        }
        if (!(weightLimit >= 1)) {
            throw new IllegalArgumentException("weightLimit must be at least 1");
        }
    }

    /**
     * The shipped range rule. {@code carato select} chooses a rule by nested cross-validation inside the
     * training rows and replaces this one only when its choice also meets the acceptance on the held-out
     * stones; on the reference data its choice (symmetric + 0.5 SE) did not, so this one stays (ADR 0006).
     */
    public static final RangeRule RANGE_RULE = RangeRule.LEGACY;

    /** The configuration chosen by cross-validation inside the training rows ({@code carato select}, ADR 0006). */
    public static TrainingConfig defaults() {
        return new TrainingConfig(20261129L, 5, 3000, 5, 0.05, 1.0, 1.0, 10, 1, "reg:squarederror", 0.90,
                RANGE_RULE, 5, 24, 15, 1.5);
    }

    /** A small, fast configuration for tests on fixtures. */
    public static TrainingConfig quick() {
        return new TrainingConfig(7L, 3, 200, 3, 0.1, 0.8, 1.0, 1, 1, "reg:squarederror", 0.90,
                RANGE_RULE, 4, 12, 3, 1.5);
    }

    /** The same configuration with another boosting shape (model selection). */
    public TrainingConfig withBoosting(int newMaxDepth, double newEta, double newSubsample, double newColsample,
                                       double newMinChildWeight, String newObjective) {
        return new TrainingConfig(seed, folds, maxRounds, newMaxDepth, newEta, newSubsample, newColsample,
                newMinChildWeight, lambda, newObjective, coverage, rangeRule, treeMaxDepth, treeMaxNodes, treeNodeSize,
                weightLimit);
    }

    /** The same configuration with another range rule (model selection). */
    public TrainingConfig withRangeRule(RangeRule rule) {
        return new TrainingConfig(seed, folds, maxRounds, maxDepth, eta, subsample, colsample, minChildWeight, lambda,
                objective, coverage, rule, treeMaxDepth, treeMaxNodes, treeNodeSize, weightLimit);
    }
}
