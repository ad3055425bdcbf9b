package com.carato.ml.train;

import com.carato.domain.Appraisal;
import com.carato.domain.Contribution;
import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
import com.carato.domain.FieldProblem;
import com.carato.domain.ModelRef;
import com.carato.domain.OutsideModelException;
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

/**
 * Everything one model version needs to price and explain a stone, kept together so that the
 * encoder, the champion, the explanation tree and the calibration can never be mixed across
 * versions: one serialized object in one bundle.
 */
public final class TrainedModel implements Serializable {

    private static final long serialVersionUID = 2L;

    /** How many comparable stones an explanation lists. */
    public static final int COMPARABLES = 5;

    private final int featureVersion = Features.VERSION;
    private final PricingModel pricing;
    private final ExplanationTree tree;
    private final ConformalCalibration calibration;
    private final ComparablesIndex comparables;
    private final DataEnvelope envelope;
    /** How far beyond the weights learnt from the model still prices, as a factor (see {@link #maxCarat()}). */
    private final double weightLimit;

    TrainedModel(PricingModel pricing, ExplanationTree tree, ConformalCalibration calibration,
                 ComparablesIndex comparables, DataEnvelope envelope, double weightLimit) {
        this.pricing = pricing;
        this.tree = tree;
        this.calibration = calibration;
        this.comparables = comparables;
        this.envelope = envelope;
        this.weightLimit = weightLimit;
    }

    /**
     * The heaviest stone this model prices: {@code weightLimit} (1.5 by default, ADR 0006) times the
     * heaviest stone it learnt from. Up to it the price rises in proportion to the weight at the
     * price per carat of the heaviest stones known, the range widens and a warning says how far
     * outside the data the stone lies; beyond it an appraisal is refused.
     */
    public double maxCarat() {
        return envelope.max(Features.CARAT) * weightLimit;
    }

    /** The lightest stone this model prices: the lightest stone it learnt from divided by the same factor. */
    public double minCarat() {
        return envelope.min(Features.CARAT) / weightLimit;
    }

    /** True when the stone lies within the weights this model prices (otherwise it is refused). */
    public boolean prices(Diamond stone) {
        return stone.carat() <= maxCarat() && stone.carat() >= minCarat();
    }

    /** Refuses a stone outside the weights this model prices, with a message naming the limit. */
    private void checkLimits(Diamond stone) {
        double carat = stone.carat();
        if (carat > maxCarat()) {
            throw new OutsideModelException(List.of(new FieldError("carat", FieldProblem.ABOVE_MODEL,
                    DataEnvelope.format(carat), DataEnvelope.format(maxCarat()), DataEnvelope.format(weightLimit),
                    DataEnvelope.format(envelope.max(Features.CARAT)))), maxCarat());
        }
        if (carat < minCarat()) {
            throw new OutsideModelException(List.of(new FieldError("carat", FieldProblem.BELOW_MODEL,
                    DataEnvelope.format(carat), DataEnvelope.format(minCarat()),
                    DataEnvelope.format(envelope.min(Features.CARAT)), DataEnvelope.format(weightLimit))),
                    minCarat());
        }
    }

    /** A price is never zero, negative, NaN or infinite: anything else is a bug, not a price. */
    private static double sane(double price, Diamond stone) {
        if (!(price > 0) || Double.isInfinite(price)) {
            throw new IllegalStateException("the model produced an impossible price " + price + " for " + stone);
        }
        return price;
    }

    public int featureVersion() {
        return featureVersion;
    }

    /** The price only: the fast path for batches and what-if questions. */
    public double price(Diamond stone) {
        checkLimits(stone);
        return sane(pricing.price(stone), stone);
    }

    /**
     * The calibrated range around a price. Outside the weights learnt from, the range's log
     * half-widths are stretched by 1 + 2 x the relative distance (twice as wide at the limit), because
     * the calibration saw no such stones.
     */
    public PriceRange range(Diamond stone, double price) {
        PriceRange base = calibration.range(price, stone.carat());
        double carat = stone.carat();
        double maxSeen = envelope.max(Features.CARAT);
        double minSeen = envelope.min(Features.CARAT);
        double outside = carat > maxSeen ? carat / maxSeen - 1 : carat < minSeen ? minSeen / carat - 1 : 0;
        if (outside == 0) {
            return base;
        }
        double stretch = 1 + 2 * outside;
        return new PriceRange(price * Math.pow(base.low() / price, stretch),
                price * Math.pow(base.high() / price, stretch), base.coverage());
    }

    /** Price, range and warnings, without the explanation. */
    public Appraisal appraiseQuick(Diamond stone, ModelRef ref) {
        double price = price(stone);
        return new Appraisal(stone, price, range(stone, price), Double.NaN, List.of(), null, List.of(),
                envelope.warnings(stone), ref);
    }

    /** Price, range, contributions in dollars, path, comparables and warnings. */
    public Appraisal appraise(Diamond stone, ModelRef ref) {
        checkLimits(stone);
        double logBaseline = pricing.logBaseline();
        double[] phi = pricing.logContributions(stone);
        double logPrice = logBaseline;
        for (double v : phi) {
            logPrice += v;
        }
        // price from the same sum the contributions share, so that they add up exactly
        double price = sane(Math.exp(logPrice), stone);
        double[] dollars = DollarShapley.contributions(logBaseline, phi);
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < dollars.length; i++) {
            contributions.add(new Contribution(Features.CHARACTERISTICS.get(i), Features.valueOf(stone, i), dollars[i]));
        }
        return new Appraisal(stone, price, range(stone, price), Math.exp(logBaseline), contributions,
                tree.path(stone), comparables.nearest(stone, COMPARABLES), envelope.warnings(stone), ref);
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

    public double weightLimit() {
        return weightLimit;
    }
}
