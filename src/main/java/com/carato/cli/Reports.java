package com.carato.cli;

import com.carato.domain.Metrics;
import com.carato.service.ModelSummary;

import java.io.PrintWriter;
import java.util.Map;

/** Plain-text tables of model figures for the terminal. */
final class Reports {

    private Reports() {
    }

    static void printSummary(PrintWriter out, ModelSummary m) {
        out.printf("  data      %s (%,d stones, sha256 %s)%n", m.dataSource(), m.dataRows(),
                m.dataSha256() == null ? "?" : m.dataSha256().substring(0, 16) + "…");
        out.printf("  trees     %d, trained in %.1f s%n", m.trees(), m.trainingMillis() / 1000.0);
        out.printf("  measured  %s%n", m.evaluationMethod());
        header(out);
        if (m.holdout() != null) {
            printMetrics(out, "held out", m.holdout(), m.coverage().get("all"));
            m.byBand().forEach((band, metrics) -> printMetrics(out, "  " + band, metrics, m.coverage().get(band)));
        }
        if (m.crossValidation() != null) {
            printMetrics(out, "cross-val", m.crossValidation(), null);
        }
        out.printf("  range     90 %% range, mean width %.1f %% of the price%n", m.meanRangeWidth() * 100);
    }

    static void header(PrintWriter out) {
        out.printf("  %-12s %6s %9s %9s %7s %7s %8s %9s%n", "", "stones", "MAE $", "RMSE $", "MAPE %", "R²",
                "MdAPE %", "in range");
    }

    static void printMetrics(PrintWriter out, String label, Metrics m, Double coverage) {
        out.printf("  %-12s %6d %9.0f %9.0f %7.2f %7.4f %8.2f %9s%n", label, m.count(), m.mae(), m.rmse(), m.mape(),
                m.r2(), m.medianApe(), coverage == null ? "" : String.format("%.1f %%", coverage * 100));
    }

    static void printBands(PrintWriter out, Map<String, Metrics> byBand, Map<String, Double> coverage) {
        byBand.forEach((band, metrics) -> printMetrics(out, "  " + band, metrics, coverage.get(band)));
    }
}
