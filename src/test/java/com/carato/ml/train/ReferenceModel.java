package com.carato.ml.train;

import com.carato.data.Fixtures;
import com.carato.data.PriceRule;
import com.carato.data.StoneCsvReader;

/**
 * The shipped configuration ({@link TrainingConfig#defaults()}) trained once per test run on the
 * training rows of the reference file (every fifth row held out, the published protocol), for the
 * tests that check numeric claims about the real model: accuracy, ranges, monotone prices.
 */
final class ReferenceModel {

    private static HoldoutSplit split;
    private static Trainer.Result result;

    private ReferenceModel() {
    }

    static synchronized HoldoutSplit split() {
        if (split == null) {
            try {
                split = HoldoutSplit.of(new StoneCsvReader(PriceRule.REQUIRED).read(Fixtures.referenceData()));
            } catch (Exception e) {
                throw new IllegalStateException("could not read the reference data", e);
            }
        }
        return split;
    }

    /** The default configuration trained on the reference file's training rows. */
    static synchronized Trainer.Result trained() {
        if (result == null) {
            result = new Trainer().train(split().train(), TrainingConfig.defaults(), TrainingMonitor.NONE);
        }
        return result;
    }
}
