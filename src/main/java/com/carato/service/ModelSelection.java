package com.carato.service;

import com.carato.domain.ProgressStage;
import com.carato.data.DataFileException;
import com.carato.data.ImportReport;
import com.carato.domain.Metrics;
import com.carato.ml.explain.RangeRule;
import com.carato.ml.train.Evaluation;
import com.carato.ml.train.HoldoutSplit;
import com.carato.ml.train.Trainer;
import com.carato.ml.train.TrainingConfig;
import com.carato.ml.train.TrainingMonitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The search that picks the training configuration, as code: every candidate is scored by 5-fold
 * cross-validation inside the training rows of a file (the held-out fifth is never looked at while
 * choosing); the winner, by out-of-fold MAPE, then has its price range rule chosen by nested
 * cross-validation, still inside the training rows ({@link RangeSelection}), and only then is it
 * evaluated on the held-out fifth. That evaluation is the one gate of the range rule: a rule other
 * than the shipped one is adopted only if it also meets the acceptance there; if it does not, the
 * shipped rule is scored on the same stones for the record. Prints the tables of ADR 0006
 * ({@code carato select --data FILE}).
 */
public final class ModelSelection {

    /**
     * Most leaves (rounds x 2^depth) a winner may have: a full explanation (exact TreeSHAP over every
     * leaf) must stay within 300 µs, and it grows with the leaves (JMH, depth 5: 293 trees = 9,376
     * leaves 243 µs; about 500 trees = 16,000 leaves 428 µs; some 26 ns a leaf).
     */
    public static final int MAX_LEAVES = 11_000;

    /** One candidate's figures. */
    public record Row(TrainingConfig config, int rounds, Metrics crossValidation, long millis) {
    }

    /**
     * The candidates, the winner and its held-out figures.
     *
     * @param ranges    the range rules' nested cross-validation and the rule it chose
     * @param incumbent the range rule shipped so far ({@link TrainingConfig#RANGE_RULE})
     * @param holdout   the winner with the chosen range rule, evaluated on the held-out stones
     * @param kept      when the chosen rule is not the incumbent and fails the acceptance on the held-out
     *                  stones: the winner with the incumbent rule on the same stones (the rule is then
     *                  not adopted); otherwise null
     */
    public record Outcome(List<Row> rows, Row best, RangeSelection.Outcome ranges, RangeRule incumbent,
                          Evaluation holdout, Evaluation kept, int trainSize, int testSize) {

        private static String figures(Evaluation e) {
            Metrics m = e.overall();
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "MAPE %.2f %%, MAE $%.0f, R² %.4f, 90 %%"
                    + " range coverage %.1f %% (", m.mape(), m.mae(), m.r2(), e.coverage() * 100));
            e.coverageByBand().forEach((band, c) -> s.append(String.format(Locale.ROOT, "%s %.1f %%, ",
                    band.label(), c * 100)));
            s.setLength(s.length() - 2);
            return s.append(String.format(Locale.ROOT, "), mean width %.1f %% of the price", e.meanRangeWidth() * 100))
                    .toString();
        }

        /** Writes {@link #markdown()} to {@code file} atomically. */
        public void write(Path file) throws java.io.IOException {
            com.carato.data.AtomicFiles.write(file, markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /** The Markdown table, best first by cross-validated MAPE. */
        public String markdown() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "Cross-validation (5 folds) inside the %d training stones; the held-out"
                    + " %d stones were not used for this choice. Winner (bold): the lowest CV MAPE with at most"
                    + " %,d leaves, rounds x 2^depth (the explanation's time budget).%n%n", trainSize, testSize,
                    MAX_LEAVES));
            s.append("| max depth | eta | subsample | colsample | min child weight | objective | rounds (CV) "
                    + "| CV MAPE % | CV MAE $ | time s |\n|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
            for (Row r : rows.stream().sorted(Comparator.comparingDouble(r -> r.crossValidation().mape())).toList()) {
                TrainingConfig c = r.config();
                s.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %d | %s%.2f%s | %.0f | %.1f |%n",
                        c.maxDepth(), c.eta(), c.subsample(), c.colsample(), c.minChildWeight(), c.objective(),
                        r.rounds(), r == best ? "**" : "", r.crossValidation().mape(), r == best ? "**" : "",
                        r.crossValidation().mae(), r.millis() / 1000.0));
            }
            s.append('\n').append(ranges.markdown());
            s.append(String.format(Locale.ROOT, "%nWinner (%s, range rule %s) evaluated on the held-out stones"
                    + " (model trained on the training stones): %s%n", best.config().objective(),
                    ranges.best().rule().label(), figures(holdout)));
            if (kept != null) {
                s.append(String.format(Locale.ROOT, "%nThe range rule %s fails the acceptance on the held-out stones"
                        + " (%s), so it is not adopted: the shipped rule %s stays (scored on the same stones for the"
                        + " record, nothing chosen from it: %s).%n",
                        ranges.best().rule().label(), RangeSelection.acceptanceFailure(holdout).orElseThrow(),
                        incumbent.label(), figures(kept)));
            } else if (!ranges.best().rule().equals(incumbent)) {
                s.append(String.format(Locale.ROOT, "%nThe range rule %s meets the acceptance on the held-out"
                        + " stones and replaces %s.%n", ranges.best().rule().label(), incumbent.label()));
            }
            return s.toString();
        }
    }

    /** The grid searched: depth x learning rate, with and without row and column subsampling, and larger leaves. */
    public static List<TrainingConfig> grid(TrainingConfig base) {
        List<TrainingConfig> grid = new ArrayList<>();
        for (int depth : new int[] {4, 5, 6}) {
            for (double eta : new double[] {0.03, 0.05, 0.1}) {
                grid.add(base.withBoosting(depth, eta, 0.7, 0.8, 3, "reg:squarederror"));
                grid.add(base.withBoosting(depth, eta, 1.0, 1.0, 3, "reg:squarederror"));
            }
        }
        grid.add(base.withBoosting(5, 0.05, 1.0, 1.0, 10, "reg:squarederror"));
        return grid;
    }

    /** The search of ADR 0006, or ({@code quick}) a two-candidate grid on the quick configuration for tests. */
    public Outcome run(Path file, boolean quick, Progress progress) throws DataFileException {
        List<TrainingConfig> candidates = quick
                ? List.of(TrainingConfig.quick(), TrainingConfig.quick().withBoosting(2, 0.2, 0.8, 1.0, 1,
                        "reg:squarederror"))
                : grid(TrainingConfig.defaults());
        return run(file, candidates, quick ? 1 : RangeSelection.REPEATS, progress);
    }

    /** Runs the search on a file's training rows, then evaluates the winner on its held-out rows. */
    public Outcome run(Path file, List<TrainingConfig> candidates, int repeats, Progress progress)
            throws DataFileException {
        ImportReport report = new StoneData().readAppraised(file);
        HoldoutSplit split = HoldoutSplit.of(report);
        Trainer trainer = new Trainer();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            TrainingConfig c = candidates.get(i);
            progress.update(ProgressStage.CANDIDATE.with(i + 1, candidates.size(), c.maxDepth(), c.eta(),
                    String.valueOf(c.objective())), 0.7 * i / candidates.size());
            long start = System.nanoTime();
            Trainer.CrossValidation cv = trainer.crossValidate(split.train(), c, ModelService.monitor(progress), 0);
            rows.add(new Row(c, cv.rounds(), cv.metrics(), (System.nanoTime() - start) / 1_000_000));
        }
        Row best = rows.stream().filter(r -> ((long) r.rounds() << r.config().maxDepth()) <= MAX_LEAVES)
                .min(Comparator.comparingDouble(r -> r.crossValidation().mape()))
                .orElseGet(() -> rows.stream().min(Comparator.comparingDouble(r -> r.crossValidation().mape()))
                        .orElseThrow());
        RangeSelection.Outcome ranges = RangeSelection.run(split.train(), best.config(), repeats,
                RangeRule.candidates(), Progresses.scaled(progress, 0.7, 0.98));
        RangeRule incumbent = best.config().rangeRule();
        progress.update(ProgressStage.EVALUATING_WINNER.with(), 0.99);
        Evaluation holdout = evaluate(trainer, split, best.config().withRangeRule(ranges.best().rule()));
        Evaluation kept = null;
        if (keepsIncumbent(ranges.best().rule(), incumbent, holdout)) {
            kept = evaluate(trainer, split, best.config());
        }
        return new Outcome(rows, best, ranges, incumbent, holdout, kept, split.train().size(), split.test().size());
    }

    /**
     * The range rule's gate: the shipped rule stays when nested cross-validation chose another one and
     * that one misses the acceptance on the held-out stones.
     */
    static boolean keepsIncumbent(RangeRule chosen, RangeRule incumbent, Evaluation holdout) {
        return !chosen.equals(incumbent) && RangeSelection.acceptanceFailure(holdout).isPresent();
    }

    private static Evaluation evaluate(Trainer trainer, HoldoutSplit split, TrainingConfig config) {
        return Evaluation.of(trainer.train(split.train(), config, TrainingMonitor.NONE).model(), split.test());
    }
}
