package com.carato.service;

import com.carato.domain.ModelStatus;
import com.carato.ml.registry.Manifest;
import com.carato.ml.train.TrainingConfig;

import java.util.LinkedHashMap;
import java.util.Map;

/** Maps registry manifests to the summaries the interfaces show. */
final class Summaries {

    private Summaries() {
    }

    static ModelSummary of(Manifest m) {
        Manifest.DataFingerprint data = m.data();
        Manifest.Training training = m.training();
        Manifest.Evaluation evaluation = m.evaluation();
        String written = m.status() == null ? ModelStatus.UNLOGGED.code() : m.status();
        int colon = written.indexOf(':');
        ModelStatus status = ModelStatus.of(colon < 0 ? written : written.substring(0, colon).strip());
        String note = colon < 0 ? null : written.substring(colon + 1).strip();
        return new ModelSummary(m.id(), m.created(), status, note,
                data == null ? null : data.sha256(), data == null ? 0 : data.rows(), data == null ? null : data.source(),
                training == null ? 0 : training.trees(), training == null ? 0 : training.millis(),
                training == null ? Map.of() : config(training.config()),
                evaluation == null ? null : evaluation.method(),
                evaluation == null ? null : evaluation.holdout(),
                evaluation == null ? Map.of() : evaluation.byBand(),
                evaluation == null ? null : evaluation.crossValidation(),
                evaluation == null ? Map.of() : evaluation.coverage(),
                evaluation == null ? Double.NaN : evaluation.meanRangeWidth(),
                m.libraries(), data == null ? null : data.snapshot());
    }

    private static Map<String, Object> config(TrainingConfig c) {
        if (c == null) {
            return Map.of();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("seed", c.seed());
        map.put("folds", c.folds());
        map.put("maxRounds", c.maxRounds());
        map.put("maxDepth", c.maxDepth());
        map.put("eta", c.eta());
        map.put("subsample", c.subsample());
        map.put("colsample", c.colsample());
        map.put("minChildWeight", c.minChildWeight());
        map.put("lambda", c.lambda());
        map.put("objective", c.objective());
        map.put("weightLimit", c.weightLimit());
        map.put("coverage", c.coverage());
        map.put("treeMaxDepth", c.treeMaxDepth());
        map.put("treeMaxNodes", c.treeMaxNodes());
        map.put("treeNodeSize", c.treeNodeSize());
        return map;
    }
}
