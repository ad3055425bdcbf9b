package com.carato.ml.registry;

import com.carato.domain.Metrics;
import com.carato.ml.train.TrainingConfig;

import java.time.Instant;
import java.util.Map;

/**
 * What a bundle is and where it came from (its provenance), stored as {@code manifest.json}.
 *
 * @param format      bundle format version; a loader refuses others
 * @param id          the model version's id (also its folder name)
 * @param created     when it was trained
 * @param status      champion, challenger or retired (the registry log is the source of truth)
 * @param data        the training data's fingerprint
 * @param training    the configuration and what training chose
 * @param evaluation  how good it is, measured on data it was not trained on
 * @param libraries   versions of what built it (Java serialisation breaks across Smile versions)
 * @param files       SHA-256 of each file of the bundle, checked when loading
 */
public record Manifest(int format, String id, Instant created, String status, DataFingerprint data,
                       Training training, Evaluation evaluation, Map<String, String> libraries,
                       Map<String, String> files) {

    public static final int FORMAT = 1;

    /**
     * @param sha256   hash of the training stones in canonical CSV form
     * @param rows     number of training stones
     * @param source   the file(s) they came from
     * @param snapshot the data snapshot holding exactly these stones, relative to the registry
     *                 (e.g. {@code snapshots/3f2a….csv}); null for bundles made before snapshots
     *                 existed, which load and price as before but cannot be retrained from
     */
    public record DataFingerprint(String sha256, int rows, String source, String snapshot) {

        /** A fingerprint without a snapshot. */
        public DataFingerprint(String sha256, int rows, String source) {
            this(sha256, rows, source, null);
        }
    }

    /**
     * @param config         the full training configuration, seed included
     * @param trees          number of boosted trees chosen by cross-validation
     * @param featureVersion version of the feature encoding
     * @param millis         training time
     */
    public record Training(TrainingConfig config, int trees, int featureVersion, long millis) {
    }

    /**
     * @param method          how the figures were obtained, in words
     * @param holdout         metrics on held-out stones (null when none were held out)
     * @param byBand          holdout metrics per carat band
     * @param crossValidation out-of-fold metrics inside the training stones
     * @param coverage        share of held-out prices inside their range, overall ("all") and per band
     * @param meanRangeWidth  mean width of the range relative to the price
     */
    public record Evaluation(String method, Metrics holdout, Map<String, Metrics> byBand, Metrics crossValidation,
                             Map<String, Double> coverage, double meanRangeWidth) {

        /** The manifest's record of a held-out evaluation ("all" plus each band in coverage). */
        public static Evaluation of(String method, com.carato.ml.train.Evaluation holdout, Metrics crossValidation) {
            Map<String, Double> coverage = new java.util.LinkedHashMap<>();
            coverage.put("all", holdout.coverage());
            coverage.putAll(holdout.coverageByBandLabel());
            return new Evaluation(method, holdout.overall(), holdout.byBandLabel(), crossValidation, coverage,
                    holdout.meanRangeWidth());
        }
    }

    public Manifest withStatus(com.carato.domain.ModelStatus newStatus) {
        return withStatus(newStatus.code());
    }

    public Manifest withStatus(String newStatus) {
        return new Manifest(format, id, created, newStatus, data, training, evaluation, libraries, files);
    }

    public Manifest withFiles(Map<String, String> newFiles) {
        return new Manifest(format, id, created, status, data, training, evaluation, libraries, newFiles);
    }
}
