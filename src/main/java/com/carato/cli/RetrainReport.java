package com.carato.cli;

import com.carato.data.ColumnDrift;
import com.carato.data.DriftReport;
import com.carato.data.ImportedRow;
import com.carato.data.PriceConflict;
import com.carato.domain.FieldError;
import com.carato.service.BandComparison;
import com.carato.service.Comparison;
import com.carato.service.FileValidation;
import com.carato.service.RetrainDecision;
import com.carato.service.RetrainValidation;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-screen summary of a retrain, for the terminal. */
final class RetrainReport {

    /** Rejected rows and conflicts listed before "…and N more". */
    private static final int SHOWN = 10;

    private RetrainReport() {
    }

    static void validation(PrintWriter out, RetrainValidation v) {
        out.printf("Retrain of champion %s (%,d stones)%n", v.championId(), v.currentRows());
        for (FileValidation f : v.files()) {
            out.printf("  %s: %s%n", f.file(), f.readable() ? f.report().summary() : "NOT READ: " + f.error());
        }
        out.printf("New stones: %,d distinct; exact duplicates removed: %,d (%,d within a file, %,d already in the "
                        + "champion's data, %,d across files)%n", v.newStones(), v.duplicatesRemoved(), v.duplicatesInFiles(),
                v.duplicatesOfExisting(), v.duplicatesAcrossFiles());
        if (v.rejectedRows() > 0) {
            out.printf("Rejected rows: %,d%n", v.rejectedRows());
            v.files().stream().filter(FileValidation::readable).forEach(f -> f.report().rejected().stream().limit(SHOWN)
                    .forEach(r -> out.printf("  %s line %d: %s%n", f.file(), r.line(), reasons(r))));
            more(out, v.rejectedRows());
        }
        if (!v.conflicts().isEmpty()) {
            out.printf("Same stone, different prices (all kept for training): %,d%n", v.conflicts().size());
            v.conflicts().stream().limit(SHOWN).forEach(c -> out.printf("  %s: %s%n", c.stone(), sightings(c)));
            more(out, v.conflicts().size());
        }
        out.printf("Held out: %,d new stones, found nowhere else (neither model trains on them); the challenger "
                + "trains on %,d%n", v.heldOut(), v.trainingRows());
        drift(out, v.drift());
        v.problems().forEach(p -> out.println("cannot train: " + Coded.text(p)));
    }

    private static String reasons(ImportedRow row) {
        return row.errors().stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }

    private static String sightings(PriceConflict c) {
        return c.sightings().stream().map(s -> String.format("%s line %d $%,.0f", s.source(), s.line(), s.price()))
                .collect(Collectors.joining("; "));
    }

    private static void more(PrintWriter out, int total) {
        if (total > SHOWN) {
            out.printf("  … and %,d more%n", total - SHOWN);
        }
    }

    static void drift(PrintWriter out, DriftReport drift) {
        out.printf("Drift of the %,d new stones against the %,d current ones (PSI: < 0.1 stable, < 0.25 moderate, "
                + "else major):%n", drift.rowsAfter(), drift.rowsBefore());
        for (ColumnDrift c : drift.columns()) {
            String detail;
            if (c.numeric()) {
                detail = String.format("mean %s -> %s, median %s -> %s, p10-p90 %s-%s -> %s-%s",
                        n(c.before().mean()), n(c.after().mean()), n(c.before().median()), n(c.after().median()),
                        n(c.before().p10()), n(c.before().p90()), n(c.after().p10()), n(c.after().p90()));
            } else {
                Map.Entry<String, Double> most = c.sharesAfter().entrySet().stream()
                        .max(Comparator.comparingDouble(e -> Math.abs(e.getValue() - c.sharesBefore().get(e.getKey()))))
                        .orElseThrow();
                detail = String.format("largest change: %s %.1f %% -> %.1f %%", most.getKey(),
                        c.sharesBefore().get(most.getKey()) * 100, most.getValue() * 100);
            }
            out.printf("  %-8s PSI %5.2f %-8s %s%n", c.column(), c.psi(), c.level().name().toLowerCase(), detail);
        }
    }

    private static String n(double v) {
        return Math.abs(v) >= 100 ? String.format("%,.0f", v) : String.format("%.2f", v);
    }

    static void comparison(PrintWriter out, Comparison c) {
        out.printf("Champion %s vs challenger %s on the same %,d held-out new stones:%n", c.championId(),
                c.challenger().id(), c.heldOut());
        out.printf("  %-10s %6s %11s %13s %8s %11s %13s%n", "", "stones", "champ MAPE", "challng MAPE", "change",
                "champ MAE $", "challng MAE $");
        row(out, "all", c.champion().count(), c.champion().mape(), c.challengerMetrics().mape(), c.champion().mae(),
                c.challengerMetrics().mae());
        for (BandComparison b : c.bands()) {
            row(out, b.band(), b.champion().count(), b.champion().mape(), b.challenger().mape(), b.champion().mae(),
                    b.challenger().mae());
        }
        out.printf("  in range   champion %.1f %%, challenger %.1f %%%n", c.championCoverage() * 100,
                c.challengerCoverage() * 100);
        out.printf("Data snapshot: %s%n", c.snapshotFile());
        if (c.rejectedFile() != null) {
            out.printf("Rejected rows file: %s%n", c.rejectedFile());
        }
        out.println("Rule: " + (c.verdict().promote() ? "promote: " : "keep: ")
                + String.join("; ", c.verdict().reasons().stream().map(Coded::text).toList()));
    }

    private static void row(PrintWriter out, String label, int count, double before, double after, double maeBefore,
                            double maeAfter) {
        out.printf("  %-10s %6d %10.2f%% %12.2f%% %+8.2f %11.0f %13.0f%n", label, count, before, after, after - before,
                maeBefore, maeAfter);
    }

    static void decision(PrintWriter out, RetrainDecision d, String models) {
        switch (d.outcome()) {
            case PROMOTED -> out.printf("PROMOTED: %s is the champion now (was %s). Undo with: carato models rollback "
                    + "--models %s%n", d.challengerId(), d.event().previous(), models);
            case KEPT -> out.printf("KEPT: the champion stays %s; challenger %s is kept in the registry.%n",
                    d.championAfter(), d.challengerId());
            case CANDIDATE -> out.printf("CANDIDATE: the challenger passes the rule but was not promoted (no "
                    + "--auto-promote); the champion stays %s.%n  Promote it with: carato models promote %s --models %s%n",
                    d.championAfter(), d.challengerId(), models);
        }
    }
}
