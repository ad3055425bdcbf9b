package com.carato.service;

import com.carato.domain.ProgressStage;
import com.carato.data.DataFileException;
import com.carato.data.ImportReport;
import com.carato.domain.Metrics;
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
 * choosing); the winner, by out-of-fold MAPE, is then evaluated once on the held-out fifth. Prints
 * the table of ADR 0006 ({@code carato select --data FILE}).
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

    /** The candidates, the winner and the winner's held-out figures. */
    public record Outcome(List<Row> rows, Row best, Metrics holdout, double coverage, int trainSize, int testSize) {

        /** Writes {@link #markdown()} to {@code file} atomically. */
        public void write(Path file) throws java.io.IOException {
            com.carato.data.AtomicFiles.write(file, markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /** The Markdown table, best first by cross-validated MAPE. */
        public String markdown() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "Cross-validation (5 folds) inside the %d training stones; the held-out"
                    + " %d stones were not used for any choice. Winner (bold): the lowest CV MAPE with at most"
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
            s.append(String.format(Locale.ROOT, "%nWinner evaluated once on the held-out stones (model trained on the"
                    + " training stones): MAPE %.2f %%, MAE $%.0f, R² %.4f, 90 %% range coverage %.1f %%.%n",
                    holdout.mape(), holdout.mae(), holdout.r2(), coverage * 100));
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
        return run(file, candidates, progress);
    }

    /** Runs the search on a file's training rows, then evaluates the winner on its held-out rows. */
    public Outcome run(Path file, List<TrainingConfig> candidates, Progress progress) throws DataFileException {
        ImportReport report = new StoneData().readAppraised(file);
        HoldoutSplit split = HoldoutSplit.of(report);
        Trainer trainer = new Trainer();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            TrainingConfig c = candidates.get(i);
            progress.update(ProgressStage.CANDIDATE.with(i + 1, candidates.size(), c.maxDepth(), c.eta(),
                    String.valueOf(c.objective())), i / (double) candidates.size());
            long start = System.nanoTime();
            Trainer.CrossValidation cv = trainer.crossValidate(split.train(), c, ModelService.monitor(progress), 0);
            rows.add(new Row(c, cv.rounds(), cv.metrics(), (System.nanoTime() - start) / 1_000_000));
        }
        Row best = rows.stream().filter(r -> ((long) r.rounds() << r.config().maxDepth()) <= MAX_LEAVES)
                .min(Comparator.comparingDouble(r -> r.crossValidation().mape()))
                .orElseGet(() -> rows.stream().min(Comparator.comparingDouble(r -> r.crossValidation().mape()))
                        .orElseThrow());
        progress.update(ProgressStage.EVALUATING_WINNER.with(), 0.99);
        Trainer.Result winner = trainer.train(split.train(), best.config(), TrainingMonitor.NONE);
        Evaluation holdout = Evaluation.of(winner.model(), split.test());
        return new Outcome(rows, best, holdout.overall(), holdout.coverage(), split.train().size(),
                split.test().size());
    }
}
