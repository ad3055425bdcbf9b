package com.carato.ml.train;

/**
 * Everything that decides a trained model besides the data. Recorded in each bundle's manifest,
 * so that the same data and configuration give the same model.
 *
 * @param seed          random seed for fold assignment and subsampling
 * @param folds         cross-validation folds used to choose the number of trees and to calibrate ranges
 * @param maxTrees      most trees tried; cross-validation picks how many to keep
 * @param maxDepth      deepest a boosted tree may grow
 * @param maxNodes      most leaves of a boosted tree
 * @param nodeSize      fewest stones in a boosted tree's leaf
 * @param shrinkage     learning rate of boosting
 * @param subsample     share of stones each boosted tree sees
 * @param loss          boosting loss: "ls" (least squares) or "huber"
 * @param coverage      nominal coverage of the price range
 * @param treeMaxDepth  depth of the explanation tree (its path is what a salesperson reads)
 * @param treeMaxNodes  leaves of the explanation tree
 * @param treeNodeSize  fewest stones in an explanation leaf
 */
public record TrainingConfig(long seed, int folds, int maxTrees, int maxDepth, int maxNodes, int nodeSize,
                             double shrinkage, double subsample, String loss, double coverage,
                             int treeMaxDepth, int treeMaxNodes, int treeNodeSize) {

    public TrainingConfig {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2");
        }
        if (maxTrees < 1 || maxNodes < 2 || nodeSize < 1 || treeMaxNodes < 2) {
            throw new IllegalArgumentException("tree sizes must be positive");
        }
        if (!(shrinkage > 0 && shrinkage <= 1) || !(subsample > 0 && subsample <= 1)) {
            throw new IllegalArgumentException("shrinkage and subsample must be in (0, 1]");
        }
        if (!loss.equals("ls") && !loss.equals("huber")) {
            throw new IllegalArgumentException("loss must be ls or huber, got " + loss);
        }
    }

    /** The configuration chosen by cross-validation on the reference data (docs/model-report). */
    public static TrainingConfig defaults() {
        return new TrainingConfig(20261129L, 5, 2000, 20, 12, 5, 0.05, 0.7, "huber", 0.90, 5, 24, 15);
    }

    /** A small, fast configuration for tests on fixtures. */
    public static TrainingConfig quick() {
        return new TrainingConfig(7L, 3, 150, 8, 6, 3, 0.1, 0.8, "ls", 0.90, 4, 12, 3);
    }

    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(newSeed, folds, maxTrees, maxDepth, maxNodes, nodeSize, shrinkage, subsample,
                loss, coverage, treeMaxDepth, treeMaxNodes, treeNodeSize);
    }
}
