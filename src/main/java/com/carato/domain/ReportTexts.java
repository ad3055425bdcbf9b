package com.carato.domain;

import java.util.List;

/**
 * The words on a model report's charts, so the app can draw them in the user's language (the CLI's
 * report and docs/model-report stay English).
 *
 * @param characteristics the seven characteristics' names, in the engine's order (carat, cut,
 *                        color, clarity, depth, table, proportions)
 */
public record ReportTexts(String predictedVsActual, String appraised, String predicted, String residuals,
                          String carat, String error, String errorByBand, String mape, String coverageByBand,
                          String coverage, String importance, String dollars, List<String> characteristics) {

    public static final ReportTexts ENGLISH = new ReportTexts("Predicted vs appraised price (held-out stones)",
            "appraised $", "predicted $", "Error in % of the appraised price, by weight", "carat", "error %",
            "Mean absolute % error by carat band", "MAPE %", "Share of appraised prices inside the 90 % range, by band",
            "coverage %", "Mean absolute contribution to the price (SHAP, dollars)", "$",
            List.of("carat", "cut", "color", "clarity", "depth", "table", "proportions"));

    public ReportTexts {
        characteristics = List.copyOf(characteristics);
    }
}
