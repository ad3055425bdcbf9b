package com.carato.http;

import com.carato.domain.Appraisal;
import com.carato.domain.AppraisalWarning;
import com.carato.domain.ComparableStone;
import com.carato.domain.Contribution;
import com.carato.domain.DecisionPath;
import com.carato.domain.Diamond;
import com.carato.domain.PathStep;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * The answer for one appraised stone. Amounts are US dollars rounded to cents, so baseline plus
 * contributions equals the price within a few cents.
 *
 * @param price       the champion model's price
 * @param range       where the true price is expected to lie, with its coverage
 * @param currency    always "USD"
 * @param model       the model version that priced the stone
 * @param explanation why this price; absent with {@code ?explain=false}
 * @param warnings    reasons to be careful with this price (empty when none)
 * @param registerNumber the register entry that records this appraisal; only with {@code ?record=true}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AppraisalResponse(double price, Range range, String currency, Model model, Explanation explanation,
                         List<Warning> warnings, Long registerNumber) implements BatchItem {

    record Range(double low, double high, double coverage) {
    }

    record Model(String id, Instant created) {
    }

    /**
     * @param path          the explanation tree's decisions for this stone, root first
     * @param leaf          the tree's leaf: its price and the training stones that reached it
     * @param contributions each characteristic's share of (price - baseline), in dollars
     * @param comparables   the most similar stones of the training data with their appraised prices
     * @param baseline      the price of a typical stone, where the contributions start
     */
    record Explanation(List<Step> path, Leaf leaf, List<Share> contributions, List<Similar> comparables,
                       double baseline) {
    }

    record Step(String characteristic, String condition) {
    }

    record Leaf(double price, int stones, double low, double high) {
    }

    record Share(String characteristic, String value, double dollars) {
    }

    record Similar(double carat, String cut, String color, String clarity, double depth, double table,
                      double x, double y, double z, double price, double distance) {
    }

    record Warning(String code, String message, List<String> args) {
    }

    static AppraisalResponse of(Appraisal a) {
        return new AppraisalResponse(cents(a.price()),
                new Range(cents(a.range().low()), cents(a.range().high()), a.range().coverage()), "USD",
                new Model(a.model().id(), a.model().created()),
                a.explained() ? explanation(a) : null,
                a.warnings().stream().map(AppraisalResponse::warning).toList(), null);
    }

    /** The same answer with the number of the register entry that records it. */
    AppraisalResponse recordedAs(long number) {
        return new AppraisalResponse(price, range, currency, model, explanation, warnings, number);
    }

    private static Explanation explanation(Appraisal a) {
        DecisionPath path = a.path();
        return new Explanation(path.steps().stream().map(AppraisalResponse::step).toList(),
                new Leaf(cents(path.leafPrice()), path.leafSize(), cents(path.leafLow()), cents(path.leafHigh())),
                a.contributions().stream().map(AppraisalResponse::share).toList(),
                a.comparables().stream().map(AppraisalResponse::comparable).toList(),
                cents(a.baseline()));
    }

    private static Step step(PathStep s) {
        return new Step(s.characteristic(), s.condition());
    }

    private static Share share(Contribution c) {
        return new Share(c.characteristic(), c.value(), cents(c.dollars()));
    }

    private static Similar comparable(ComparableStone c) {
        Diamond d = c.stone().diamond();
        return new Similar(d.carat(), d.cut().label(), d.color().label(), d.clarity().label(), d.depth(),
                d.table(), d.x(), d.y(), d.z(), cents(c.stone().price()), Math.round(c.distance() * 10_000) / 10_000.0);
    }

    private static Warning warning(AppraisalWarning w) {
        return new Warning(w.code(), w.message(), w.args());
    }

    static double cents(double dollars) {
        return Math.round(dollars * 100) / 100.0;
    }
}
