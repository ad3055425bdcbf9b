package com.carato.ml.train;

import com.carato.domain.Diamond;
import com.carato.ml.Features;

import java.io.Serializable;

/**
 * The price model: log price = log(carat) + boosted trees on the stone's weight, grades,
 * percentages and shape ratios. The base log(carat) makes the trees learn the price per carat; the
 * trees are monotone in weight, cut, colour and clarity (trained so by XGBoost, see
 * {@link Boosting}), so a bigger or better stone never gets a lower price, and beyond the heaviest
 * stone learnt from the price keeps rising in proportion to the weight. The trees are evaluated
 * through {@link FlatForest}, a pure-Java flat copy that also gives exact SHAP values.
 */
public final class PricingModel implements Serializable {

    private static final long serialVersionUID = 2L;

    private final FlatForest forest;
    /** Mean log(carat) of the training stones: the base's share of the baseline. */
    private final double meanLogCarat;

    PricingModel(FlatForest forest, double meanLogCarat) {
        this.forest = forest;
        this.meanLogCarat = meanLogCarat;
    }

    /** Natural log of the predicted price. */
    public double logPrice(Diamond stone) {
        return Math.log(stone.carat()) + forest.predict(Features.boost(stone));
    }

    /** The predicted price in US dollars. */
    public double price(Diamond stone) {
        return Math.exp(logPrice(stone));
    }

    /** Log-space baseline: the log price the contributions start from (a typical stone's). */
    public double logBaseline() {
        return meanLogCarat + forest.expected();
    }

    /**
     * Log-space SHAP values per characteristic ({@link Features#CHARACTERISTICS} order):
     * logBaseline() + sum = logPrice(stone), up to floating point. The base log(carat) belongs to
     * the weight; the three shape ratios belong together to the proportions.
     */
    public double[] logContributions(Diamond stone) {
        double[] boosted = forest.shap(Features.boost(stone));
        double[] phi = new double[Features.CHARACTERISTICS.size()];
        for (int j = 0; j < boosted.length; j++) {
            phi[Features.characteristicOf(j)] += boosted[j];
        }
        phi[Features.CARAT] += Math.log(stone.carat()) - meanLogCarat;
        return phi;
    }

    FlatForest forest() {
        return forest;
    }

    public int trees() {
        return forest.trees();
    }
}
