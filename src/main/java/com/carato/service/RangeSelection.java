package com.carato.service;

import com.carato.domain.CaratBand;
import com.carato.domain.PriceRange;
import com.carato.domain.PricedStone;
import com.carato.ml.explain.ConformalCalibration;
import com.carato.ml.explain.RangeRule;
import com.carato.ml.train.Evaluation;
import com.carato.ml.train.NestedCrossValidation;
import com.carato.ml.train.NestedCrossValidation.OuterFold;
import com.carato.ml.train.TrainingConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The choice of the price range's rule, as code, by nested cross-validation inside the training rows
 * (the nested cross-validation never sees the held-out stones; {@link #acceptanceFailure} is the one
 * check made on them afterwards, by {@link ModelSelection}). The criterion was fixed in code before
 * this study's first run (ADR 0006 says what had been seen before) and mirrors what a range must do on
 * new stones (issue 10):
 * <ul>
 *   <li>each outer fold plays a set of new stones, and the rule <em>meets the acceptance</em> on it
 *       when it covers at least {@value #OVERALL_FLOOR} of its stones and at least
 *       {@value #BAND_FLOOR} of each carat band's (bands with at least {@value #MIN_BAND_STONES}
 *       stones in the fold are judged);</li>
 *   <li>a rule is <em>admissible</em> when it meets the acceptance on at least
 *       {@value #PASS_RATE} of the outer folds and covers at least the nominal share over all of
 *       them;</li>
 *   <li>the winner is the admissible rule with the narrowest mean range (width relative to the
 *       price); if none is admissible, the one meeting the acceptance most often.</li>
 * </ul>
 */
public final class RangeSelection {

    static final double OVERALL_FLOOR = 0.88;
    static final double BAND_FLOOR = 0.85;
    static final int MIN_BAND_STONES = 20;
    static final double PASS_RATE = 0.9;

    /** Outer cross-validations run by {@code carato select}, each with its own seed. */
    public static final int REPEATS = 4;

    /**
     * One rule's figures over every outer fold.
     *
     * @param coverage       share of the outer folds' stones inside their range
     * @param coverageByBand the same per carat band
     * @param width          mean (high - low) / predicted price
     * @param passed         outer folds on which the rule met the acceptance
     * @param folds          outer folds
     * @param worstBand      lowest coverage of a judged band on any one outer fold (NaN when no fold had a
     *                       band with enough stones to judge)
     */
    public record RuleRow(RangeRule rule, double coverage, Map<CaratBand, Double> coverageByBand, double width,
                          int passed, int folds, double worstBand) {

        boolean admissible(double nominal) {
            return coverage >= nominal && passed >= PASS_RATE * folds - 1e-9;
        }
    }

    /** Every rule's row, the winner, and how many stones and folds they came from. */
    public record Outcome(List<RuleRow> rows, RuleRow best, double nominal, int stones, int repeats, int folds) {

        /** The Markdown table, narrowest first. */
        public String markdown() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "Price range rules, nested cross-validation inside the %d training"
                    + " stones (%d outer folds: %d repeats of %d-fold; each outer fold is priced by a model trained"
                    + " on the others and its range calibrated from their own out-of-fold residuals). A rule meets"
                    + " the acceptance on an outer fold when it covers >= %.0f %% of its stones and >= %.0f %% in"
                    + " every carat band of >= %d stones. Winner (bold): the narrowest rule that meets it on >= %.0f"
                    + " %% of the outer folds and covers >= %.0f %% overall%s.%n%n", stones, folds, repeats,
                    folds / repeats, OVERALL_FLOOR * 100, BAND_FLOOR * 100, MIN_BAND_STONES, PASS_RATE * 100,
                    nominal * 100, best.admissible(nominal) ? ""
                            : "; no rule does, so the one meeting the acceptance on the most folds"));
            s.append("| range rule | coverage % |");
            for (CaratBand band : CaratBand.values()) {
                s.append(' ').append(band.label()).append(" |");
            }
            s.append(" worst band in a fold % | folds meeting the acceptance | mean width % |\n|---|---:|");
            s.append("---:|".repeat(CaratBand.values().length)).append("---:|---:|---:|\n");
            for (RuleRow r : rows.stream().sorted(Comparator.comparingDouble(RuleRow::width)).toList()) {
                String mark = r == best ? "**" : "";
                s.append(String.format(Locale.ROOT, "| %s%s%s | %.1f |", mark, r.rule().label(), mark,
                        r.coverage() * 100));
                for (CaratBand band : CaratBand.values()) {
                    Double c = r.coverageByBand().get(band);
                    s.append(c == null ? " – |" : String.format(Locale.ROOT, " %.1f |", c * 100));
                }
                s.append(Double.isNaN(r.worstBand()) ? " – |"
                        : String.format(Locale.ROOT, " %.1f |", r.worstBand() * 100));
                s.append(String.format(Locale.ROOT, " %d of %d | %s%.1f%s |%n", r.passed(), r.folds(), mark,
                        r.width() * 100, mark));
            }
            return s.toString();
        }
    }

    private RangeSelection() {
    }

    /**
     * Where an evaluation on held-out stones misses the acceptance (coverage at least
     * {@value #OVERALL_FLOOR} overall and {@value #BAND_FLOOR} in every carat band of at least
     * {@value #MIN_BAND_STONES} stones), e.g. "1.5–2 ct 80.5 % < 85 %"; empty when it meets it.
     */
    public static Optional<String> acceptanceFailure(Evaluation evaluation) {
        List<String> misses = new ArrayList<>();
        if (evaluation.coverage() < OVERALL_FLOOR) {
            misses.add(String.format(Locale.ROOT, "overall %.1f %% < %.0f %%", evaluation.coverage() * 100,
                    OVERALL_FLOOR * 100));
        }
        evaluation.coverageByBand().forEach((band, share) -> {
            if (evaluation.byBand().get(band).count() >= MIN_BAND_STONES && share < BAND_FLOOR) {
                misses.add(String.format(Locale.ROOT, "%s %.1f %% < %.0f %%", band.label(), share * 100,
                        BAND_FLOOR * 100));
            }
        });
        return misses.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", misses));
    }

    /** Runs the nested cross-validation of {@code config} on {@code stones} and chooses among {@code rules}. */
    public static Outcome run(List<PricedStone> stones, TrainingConfig config, int repeats, List<RangeRule> rules,
                              Progress progress) {
        List<OuterFold> folds = NestedCrossValidation.run(stones, config, repeats, ModelService.monitor(progress));
        return choose(folds, config.coverage(), rules, stones.size(), repeats);
    }

    /** Scores every rule on the outer folds and applies the criterion. */
    static Outcome choose(List<OuterFold> folds, double nominal, List<RangeRule> rules, int stones, int repeats) {
        List<RuleRow> rows = new ArrayList<>();
        for (RangeRule rule : rules) {
            rows.add(score(rule, folds, nominal));
        }
        RuleRow best = rows.stream().filter(r -> r.admissible(nominal))
                .min(Comparator.comparingDouble(RuleRow::width).thenComparing(r -> -r.passed()))
                .orElseGet(() -> rows.stream().max(Comparator.comparingInt(RuleRow::passed)
                        .thenComparing(r -> -r.width())).orElseThrow());
        return new Outcome(rows, best, nominal, stones, repeats, folds.size());
    }

    static RuleRow score(RangeRule rule, List<OuterFold> folds, double nominal) {
        List<Evaluation> scored = new ArrayList<>();
        int passed = 0;
        double worstBand = Double.NaN;
        for (OuterFold fold : folds) {
            Evaluation e = priced(fold, ConformalCalibration.fit(fold.calibrationCarats(), fold.calibrationActual(),
                    fold.calibrationPredicted(), nominal, rule));
            scored.add(e);
            passed += acceptanceFailure(e).isEmpty() ? 1 : 0;
            for (Map.Entry<CaratBand, Double> band : e.coverageByBand().entrySet()) {
                if (e.byBand().get(band.getKey()).count() >= MIN_BAND_STONES) {
                    worstBand = Double.isNaN(worstBand) ? band.getValue() : Math.min(worstBand, band.getValue());
                }
            }
        }
        Evaluation pooled = Evaluation.of(concat(folds.stream().map(OuterFold::carats).toList()),
                concat(scored.stream().map(Evaluation::actual).toList()),
                concat(scored.stream().map(Evaluation::predicted).toList()),
                concat(scored.stream().map(Evaluation::low).toList()),
                concat(scored.stream().map(Evaluation::high).toList()), 0);
        return new RuleRow(rule, pooled.coverage(), pooled.coverageByBand(), pooled.meanRangeWidth(), passed,
                folds.size(), worstBand);
    }

    /** The new stones of an outer fold priced with a range calibrated on the other folds. */
    private static Evaluation priced(OuterFold fold, ConformalCalibration calibration) {
        int n = fold.actual().length;
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            PriceRange range = calibration.range(fold.predicted()[i], fold.carats()[i]);
            low[i] = range.low();
            high[i] = range.high();
        }
        return Evaluation.of(fold.carats(), fold.actual(), fold.predicted(), low, high, 0);
    }

    private static double[] concat(List<double[]> parts) {
        return parts.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
