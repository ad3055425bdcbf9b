package com.carato.domain;

import java.util.List;

/**
 * A priced stone and the why behind the price.
 *
 * @param diamond       the stone appraised
 * @param price         the predicted price, USD (from the champion model)
 * @param range         the price range with its coverage
 * @param baseline      where the contributions start: the price of a typical stone, USD
 * @param contributions each characteristic's share in dollars; baseline + sum = price
 * @param path          the explanation tree's path, or null when not asked for
 * @param comparables   the most similar stones of the training data (empty when not asked for)
 * @param warnings      reasons to be careful with this price (stone outside the data seen, ...)
 * @param model         the model version that priced it
 */
public record Appraisal(Diamond diamond, double price, PriceRange range, double baseline,
                        List<Contribution> contributions, DecisionPath path,
                        List<ComparableStone> comparables, List<AppraisalWarning> warnings, ModelRef model) {
    public Appraisal {
        contributions = List.copyOf(contributions);
        comparables = List.copyOf(comparables);
        warnings = List.copyOf(warnings);
    }

    /** True when the explanation (path, contributions, comparables) was computed. */
    public boolean explained() {
        return path != null;
    }

    /** baseline + the contributions; equals {@link #price()} up to rounding when explained. */
    public double contributionTotal() {
        return baseline + contributions.stream().mapToDouble(Contribution::dollars).sum();
    }
}
