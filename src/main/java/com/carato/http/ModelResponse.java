package com.carato.http;

import com.carato.domain.Metrics;
import com.carato.service.ModelSummary;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model version as the API shows it: identity, provenance and quality.
 *
 * @param id       the version's id
 * @param created  when it was trained
 * @param status   champion, challenger or retired
 * @param data     the fingerprint of the stones it learnt from
 * @param training how it was trained (trees, time, configuration with the seed)
 * @param metrics  how good it is on held-out stones
 * @param libraries versions of the libraries that built it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ModelResponse(String id, Instant created, String status, Data data, Training training, Quality metrics,
                     Map<String, String> libraries) {

    record Data(String sha256, int rows, String source) {
    }

    record Training(int trees, long millis, Map<String, Object> config) {
    }

    /**
     * @param method         how the figures were measured
     * @param holdout        on held-out stones
     * @param crossValidation out-of-fold, within the training stones
     * @param byBand         held-out figures per carat band
     * @param coverage       share of held-out prices inside their range ("all" and per band)
     * @param meanRangeWidth mean width of the range relative to the price
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Quality(String method, Figures holdout, Figures crossValidation, Map<String, Figures> byBand,
                   Map<String, Double> coverage, Double meanRangeWidth) {
    }

    /** Error figures; null where a figure is undefined (for instance R² of identical prices). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Figures(int count, Double mae, Double rmse, Double mape, Double r2, Double medianApe) {
        static Figures of(Metrics m) {
            return m == null ? null : new Figures(m.count(), round(m.mae(), 100), round(m.rmse(), 100),
                    round(m.mape(), 1000), round(m.r2(), 10_000), round(m.medianApe(), 1000));
        }
    }

    /** The registry's versions, oldest first. */
    record ListResponse(List<ModelResponse> models) {
    }

    static ModelResponse of(ModelSummary m) {
        Map<String, Figures> byBand = new LinkedHashMap<>();
        m.byBand().forEach((band, metrics) -> byBand.put(band, Figures.of(metrics)));
        Map<String, Double> coverage = new LinkedHashMap<>();
        m.coverage().forEach((band, c) -> coverage.put(band, c == null ? null : round(c, 10_000)));
        return new ModelResponse(m.id(), m.created(), m.statusText(), new Data(m.dataSha256(), m.dataRows(), m.dataSource()),
                new Training(m.trees(), m.trainingMillis(), m.config()),
                new Quality(m.evaluationMethod(), Figures.of(m.holdout()), Figures.of(m.crossValidation()), byBand,
                        coverage, round(m.meanRangeWidth(), 10_000)),
                m.libraries());
    }

    /** Rounded to 1/scale (cents for dollars); null when not finite. */
    private static Double round(double v, double scale) {
        return Double.isFinite(v) ? Math.round(v * scale) / scale : null;
    }
}
