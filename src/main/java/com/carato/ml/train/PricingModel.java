package com.carato.ml.train;

import com.carato.domain.Diamond;
import com.carato.ml.Features;
import com.carato.ml.SmileFrames;
import smile.data.type.StructType;
import smile.regression.GradientTreeBoost;

import java.io.Serializable;
import java.util.List;

/**
 * The champion price model: log price = a hedonic linear fit (log carat, grade dummies) plus
 * gradient-boosted trees on what the line leaves unexplained. Boosting the residuals rather than
 * the raw log price lets the trees spend their splits on interactions instead of re-learning the
 * carat curve. The boosted trees are evaluated through {@link FlatForest}, a flat copy that gives
 * the same output as Smile's and exact SHAP values in well under a millisecond.
 */
public final class PricingModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinearLogModel linear;
    private final GradientTreeBoost boost;
    private final FlatForest forest;

    PricingModel(LinearLogModel linear, GradientTreeBoost boost, StructType schema, double shrinkage,
                 Diamond probe) {
        List<String> names = boost.formula().x(SmileFrames.tuple(probe, schema)).schema().fields().length
                == Features.TREE_NAMES.size() ? Features.TREE_NAMES : List.of();
        if (names.isEmpty()) {
            throw new IllegalStateException("the boosted trees do not use the expected features");
        }
        this.linear = linear;
        this.boost = boost;
        FlatForest withoutIntercept = new FlatForest(boost.trees(), 0, shrinkage, names.size());
        double intercept = boost.predict(SmileFrames.tuple(probe, schema)) - withoutIntercept.predict(Features.tree(probe));
        this.forest = new FlatForest(boost.trees(), intercept, shrinkage, names.size());
    }

    /** Natural log of the predicted price. */
    public double logPrice(Diamond stone) {
        return linear.predict(stone) + forest.predict(Features.tree(stone));
    }

    /** The predicted price in US dollars. */
    public double price(Diamond stone) {
        return Math.exp(logPrice(stone));
    }

    /** Log-space baseline: the log price the contributions start from. */
    public double logBaseline() {
        return linear.baseline() + forest.expected();
    }

    /**
     * Log-space SHAP values per characteristic ({@link Features#CHARACTERISTICS} order):
     * logBaseline() + sum = logPrice(stone), up to floating point.
     */
    public double[] logContributions(Diamond stone) {
        double[] phi = linear.contributions(stone);
        double[] boosted = forest.shap(Features.tree(stone));
        for (int i = 0; i < phi.length; i++) {
            phi[i] += boosted[i];
        }
        return phi;
    }

    /** The boosted part as Smile computes it (for checks against the flat copy). */
    GradientTreeBoost boost() {
        return boost;
    }

    LinearLogModel linear() {
        return linear;
    }

    FlatForest forest() {
        return forest;
    }

    public int trees() {
        return forest.trees();
    }

    /** Relative importance of each characteristic to the boosted part (Smile's split gains). */
    public double[] importance() {
        return boost.importance();
    }
}
