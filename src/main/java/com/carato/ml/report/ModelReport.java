package com.carato.ml.report;

import com.carato.domain.Appraisal;
import com.carato.domain.CaratBand;
import com.carato.domain.Metrics;
import com.carato.domain.PricedStone;
import com.carato.ml.Features;
import com.carato.ml.registry.LoadedBundle;
import com.carato.ml.registry.Manifest;
import com.carato.ml.train.Evaluation;
import com.carato.ml.train.TrainingConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation report of a model version: a Markdown page with the figures a data scientist's
 * notebook would hold, and PNG charts beside it. Everything is computed from the bundle and its
 * held-out stones, so it can be regenerated at any time.
 */
public final class ModelReport {

    /** Published figures on the same split, for comparison (from the project's brief). */
    private static final String[][] REFERENCE = {
        {"single regression tree (a public solution of this challenge)", "445", "11.25", "0.946"},
        {"linear regression on log price", "428", "10.71", "0.947"},
        {"random forest (log price)", "340", "8.42", "0.968"},
        {"gradient boosting, scikit-learn HistGB tuned", "326", "7.27", "0.968"},
        {"XGBoost, tuned by 5-fold CV", "320", "7.22", "0.969"},
    };

    /**
     * Fingerprint ({@link com.carato.data.Fingerprint#of}) of the reference file's held-out fifth: the
     * {@link #REFERENCE} rows were measured on exactly those stones, so they are printed only then.
     */
    static final String REFERENCE_HELDOUT_SHA256 =
            "fc24281703744963d30f267686df1ca5f733943d8a0ddeb17977795453050de7";
    private static final String REFERENCE_SOURCE = "docs/decisions/0003-price-model.md (Python study of wave 1,"
            + " on the reference file's every fifth row)";

    private ModelReport() {
    }

    /** Writes {@code report.md} and its charts into {@code out}; returns the Markdown file. */
    /**
     * Writes {@code report.md} and its charts into {@code out}; returns the Markdown file.
     *
     * @param heldOut the held-out stones
     * @param e       the evaluated model's predictions of them (the shipped model also learnt from them)
     */
    public static Path write(LoadedBundle bundle, List<PricedStone> heldOut, Evaluation e, Path out)
            throws IOException {
        return write(bundle, heldOut, e, out, com.carato.domain.ReportTexts.ENGLISH);
    }

    /** The same, with the charts' words in {@code t} (the Markdown stays English). */
    public static Path write(LoadedBundle bundle, List<PricedStone> heldOut, Evaluation e, Path out,
                             com.carato.domain.ReportTexts t) throws IOException {
        Files.createDirectories(out);
        Manifest m = bundle.manifest();
        int n = heldOut.size();

        double[][] pva = new double[n][];
        double[][] residuals = new double[n][];
        double hi = 0;
        for (int i = 0; i < n; i++) {
            pva[i] = new double[] {e.actual()[i], e.predicted()[i]};
            residuals[i] = new double[] {heldOut.get(i).diamond().carat(),
                (e.predicted()[i] - e.actual()[i]) / e.actual()[i] * 100};
            hi = Math.max(hi, Math.max(e.actual()[i], e.predicted()[i]));
        }
        Charts.write(Charts.scatterWithDiagonal(pva, 0, hi, t.predictedVsActual(),
                t.appraised(), t.predicted()), out.resolve("predicted-vs-actual.png"));
        Charts.write(Charts.scatter(residuals, t.residuals(),
                t.carat(), t.error()), out.resolve("residuals.png"));

        List<CaratBand> bands = new ArrayList<>(e.byBand().keySet());
        String[] bandLabels = bands.stream().map(CaratBand::label).toArray(String[]::new);
        Charts.write(Charts.bars(bandLabels, bands.stream().mapToDouble(b -> e.byBand().get(b).mape()).toArray(),
                t.errorByBand(), t.mape()), out.resolve("error-by-band.png"));
        Charts.write(Charts.bars(bandLabels,
                bands.stream().mapToDouble(b -> e.coverageByBand().get(b) * 100).toArray(),
                t.coverageByBand(), t.coverage()),
                out.resolve("coverage-by-band.png"));

        double[] importance = meanAbsoluteContribution(bundle, heldOut);
        String[] names = t.characteristics().size() == Features.CHARACTERISTICS.size()
                ? t.characteristics().toArray(String[]::new) : Features.CHARACTERISTICS.toArray(String[]::new);
        Charts.write(Charts.bars(names, importance, t.importance(), t.dollars()), out.resolve("importance.png"));

        Path md = out.resolve("report.md");
        boolean reference = REFERENCE_HELDOUT_SHA256.equals(com.carato.data.Fingerprint.of(heldOut));
        com.carato.data.AtomicFiles.write(md, markdown(m, e, bands, importance, reference)
                .getBytes(StandardCharsets.UTF_8));
        return md;
    }

    private static double[] meanAbsoluteContribution(LoadedBundle bundle, List<PricedStone> stones) {
        double[] sum = new double[Features.CHARACTERISTICS.size()];
        for (PricedStone stone : stones) {
            Appraisal a = bundle.model().appraise(stone.diamond(), bundle.ref());
            for (int i = 0; i < sum.length; i++) {
                sum[i] += Math.abs(a.contributions().get(i).dollars()) / stones.size();
            }
        }
        return sum;
    }

    private static String markdown(Manifest m, Evaluation e, List<CaratBand> bands, double[] importance,
                                   boolean reference) {
        StringBuilder s = new StringBuilder();
        s.append("# Model report: ").append(m.id()).append("\n\n");
        s.append("Generated by `carato report` from the model bundle. Trained ").append(m.created())
                .append(" on `").append(m.data().source()).append("` (").append(m.data().rows())
                .append(" distinct valid stones, SHA-256 `").append(m.data().sha256(), 0, 16).append("…`).\n\n");
        s.append("**How it was measured:** ").append(m.evaluation().method()).append(". The held-out stones were")
                .append(" never used for training (the number of trees and the price ranges come from 5-fold")
                .append(" cross-validation inside the training stones; how the range rule itself was chosen: ADR")
                .append(" 0006).\n\n");

        s.append("## Accuracy on held-out stones\n\n");
        s.append("| system | MAE $ | RMSE $ | MAPE % | R² | median APE % |\n|---|---:|---:|---:|---:|---:|\n");
        Metrics h = e.overall();
        s.append(String.format(Locale.ROOT, "| **Carato (this model)** | **%.0f** | %.0f | **%.2f** | **%.4f** | %.2f |%n",
                h.mae(), h.rmse(), h.mape(), h.r2(), h.medianApe()));
        if (reference) {
            for (String[] r : REFERENCE) {
                s.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | | ").append(r[2]).append(" | ")
                        .append(r[3]).append(" | |\n");
            }
            s.append("\nThe held-out stones are the reference file's (same fingerprint), so other systems' figures on")
                    .append(" exactly this split can stand beside ours. Source: ").append(REFERENCE_SOURCE).append(".\n\n");
        } else {
            s.append("\n");
        }
        Metrics cv = m.evaluation().crossValidation();
        if (cv != null) {
            s.append(String.format(Locale.ROOT, "Cross-validation inside the training stones: MAE $%.0f, MAPE %.2f %%,"
                    + " R² %.4f (%d stones).%n%n", cv.mae(), cv.mape(), cv.r2(), cv.count()));
        }
        s.append("![Predicted vs appraised](predicted-vs-actual.png)\n\n");
        s.append("![Error by weight](residuals.png)\n\n");

        s.append("## By carat band\n\n| band | stones | MAE $ | MAPE % | in 90 % range |\n|---|---:|---:|---:|---:|\n");
        for (CaratBand band : bands) {
            Metrics b = e.byBand().get(band);
            s.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.1f %% |%n", band.label(), b.count(),
                    b.mae(), b.mape(), e.coverageByBand().get(band) * 100));
        }
        s.append(String.format(Locale.ROOT, "%nOverall, %.1f %% of held-out prices fall inside their 90 %% range;"
                + " the range is on average %.1f %% of the price wide.%n%n", e.coverage() * 100, e.meanRangeWidth() * 100));
        s.append("![Error by band](error-by-band.png)\n\n![Coverage by band](coverage-by-band.png)\n\n");

        s.append("## What drives prices\n\nMean absolute dollar contribution of each characteristic over the held-out")
                .append(" stones (exact SHAP values of the model, converted to dollars so that they add up to each")
                .append(" price):\n\n| characteristic | mean |contribution| $ |\n|---|---:|\n");
        for (int i = 0; i < importance.length; i++) {
            s.append(String.format(Locale.ROOT, "| %s | %.0f |%n", Features.CHARACTERISTICS.get(i), importance[i]));
        }
        s.append("\n![Importance](importance.png)\n\n");

        s.append("## The model\n\n");
        TrainingConfig c = m.training().config();
        s.append("log(price) = log(carat) + gradient-boosted trees (XGBoost, monotone in weight, cut, colour and")
                .append(" clarity) on the weight, the grades, depth, table and three size-free shape ratios: the trees")
                .append(" learn the price per carat. A bigger or better stone never gets a lower price. Price range:")
                .append(" split-conformal quantiles of out-of-fold log residuals, per carat band.\n\n");
        s.append("| setting | value |\n|---|---|\n");
        s.append("| boosted trees (chosen by CV) | ").append(m.training().trees()).append(" |\n");
        s.append(String.format(Locale.ROOT, "| objective, eta, max depth | %s, %s, %d |%n", c.objective(), c.eta(),
                c.maxDepth()));
        s.append(String.format(Locale.ROOT, "| subsample, colsample, min child weight, lambda | %s, %s, %s, %s |%n",
                c.subsample(), c.colsample(), c.minChildWeight(), c.lambda()));
        s.append(String.format(Locale.ROOT, "| price range rule | %s per carat band, %.0f %% nominal (ADR 0006) |%n",
                c.rangeRule().label(), c.coverage() * 100));
        s.append(String.format(Locale.ROOT, "| weight limit | %s \u00d7 the heaviest stone learnt from |%n",
                c.weightLimit()));
        s.append(String.format(Locale.ROOT, "| seed, folds | %d, %d |%n", c.seed(), c.folds()));
        s.append(String.format(Locale.ROOT, "| training time | %.1f s |%n", m.training().millis() / 1000.0));
        for (Map.Entry<String, String> lib : m.libraries().entrySet()) {
            s.append("| ").append(lib.getKey()).append(" | ").append(lib.getValue()).append(" |\n");
        }
        return s.toString();
    }
}
