package com.carato.ml.train;

import com.carato.domain.Appraisal;
import com.carato.domain.Contribution;
import com.carato.domain.Diamond;
import com.carato.domain.ModelRef;
import com.carato.domain.PriceRange;
import com.carato.ml.Features;
import com.carato.ml.explain.ComparablesIndex;
import com.carato.ml.explain.ConformalCalibration;
import com.carato.ml.explain.DataEnvelope;
import com.carato.ml.explain.DollarShapley;
import com.carato.ml.explain.ExplanationTree;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything one model version needs to price and explain a stone, kept together so that the
 * encoder, the champion, the explanation tree and the calibration can never be mixed across
 * versions: one serialized object in one bundle.
 */
public final class TrainedModel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many comparable stones an explanation lists. */
    public static final int COMPARABLES = 5;

    private final int featureVersion = Features.VERSION;
    private final PricingModel pricing;
    private final ExplanationTree tree;
    private final ConformalCalibration calibration;
    private final ComparablesIndex comparables;
    private final DataEnvelope envelope;

    TrainedModel(PricingModel pricing, ExplanationTree tree, ConformalCalibration calibration,
                 ComparablesIndex comparables, DataEnvelope envelope) {
        this.pricing = pricing;
        this.tree = tree;
        this.calibration = calibration;
        this.comparables = comparables;
        this.envelope = envelope;
    }

    public int featureVersion() {
        return featureVersion;
    }

    /** The price only: the fast path for batches and what-if questions. */
    public double price(Diamond stone) {
        return pricing.price(stone);
    }

    public PriceRange range(Diamond stone, double price) {
        return calibration.range(price, stone.carat());
    }

    /** Price, range and warnings, without the explanation. */
    public Appraisal appraiseQuick(Diamond stone, ModelRef ref) {
        double price = pricing.price(stone);
        return new Appraisal(stone, price, range(stone, price), Double.NaN, List.of(), null, List.of(),
                envelope.warnings(stone), ref);
    }

    /** Price, range, contributions in dollars, path, comparables and warnings. */
    public Appraisal appraise(Diamond stone, ModelRef ref) {
        double logBaseline = pricing.logBaseline();
        double[] phi = pricing.logContributions(stone);
        double logPrice = logBaseline;
        for (double v : phi) {
            logPrice += v;
        }
        // price from the same sum the contributions share, so that they add up exactly
        double price = Math.exp(logPrice);
        double[] dollars = DollarShapley.contributions(logBaseline, phi);
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < dollars.length; i++) {
            contributions.add(new Contribution(Features.CHARACTERISTICS.get(i), valueOf(stone, i), dollars[i]));
        }
        return new Appraisal(stone, price, range(stone, price), Math.exp(logBaseline), contributions,
                tree.path(stone), comparables.nearest(stone, COMPARABLES), envelope.warnings(stone), ref);
    }

    private static String valueOf(Diamond d, int characteristic) {
        return switch (characteristic) {
            case 0 -> String.format(Locale.ROOT, "%.2f ct", d.carat());
            case 1 -> d.cut().label();
            case 2 -> d.color().label();
            case 3 -> d.clarity().label();
            case 4 -> String.format(Locale.ROOT, "%.1f %%", d.depth());
            case 5 -> String.format(Locale.ROOT, "%.1f %%", d.table());
            case 6 -> String.format(Locale.ROOT, "%.2f mm", d.x());
            case 7 -> String.format(Locale.ROOT, "%.2f mm", d.y());
            default -> String.format(Locale.ROOT, "%.2f mm", d.z());
        };
    }

    public PricingModel pricing() {
        return pricing;
    }

    public ExplanationTree tree() {
        return tree;
    }

    public ConformalCalibration calibration() {
        return calibration;
    }

    public DataEnvelope envelope() {
        return envelope;
    }
}
