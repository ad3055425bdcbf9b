package com.carato.service;

import com.carato.domain.Metrics;
import com.carato.domain.ModelStatus;

import java.time.Instant;
import java.util.Map;

/**
 * What the interfaces show about a model version: identity, provenance and quality.
 *
 * @param id              the version's id
 * @param created         when it was trained
 * @param status          where it stands (champion, challenger, retired; unlogged or unreadable for a
 *                        bundle the log does not explain)
 * @param statusNote      why, for an unreadable bundle; else null
 * @param dataSha256      fingerprint of the training stones
 * @param dataRows        how many stones it learnt from (all accepted, distinct stones of the file)
 * @param dataSource      the file(s) the stones came from
 * @param trees           number of boosted trees
 * @param trainingMillis  how long training took
 * @param config          the training configuration, seed included
 * @param evaluationMethod how the figures below were measured
 * @param holdout         metrics on held-out stones
 * @param byBand          holdout metrics per carat band
 * @param crossValidation out-of-fold metrics within the training stones
 * @param coverage        share of held-out prices inside their range ("all" and per band)
 * @param meanRangeWidth  mean width of the range relative to the price
 * @param libraries       versions of Smile, Java and Carato that built it
 * @param dataSnapshot    the data snapshot holding its training stones, relative to the registry
 *                        (null for bundles made before snapshots existed)
 */
public record ModelSummary(String id, Instant created, ModelStatus status, String statusNote, String dataSha256,
                           int dataRows, String dataSource, int trees, long trainingMillis, Map<String, Object> config,
                           String evaluationMethod, Metrics holdout, Map<String, Metrics> byBand,
                           Metrics crossValidation, Map<String, Double> coverage, double meanRangeWidth,
                           Map<String, String> libraries, String dataSnapshot) {

    /** The status as the command line and JSON say it: its code, with the note when there is one. */
    public String statusText() {
        return statusNote == null ? status.code() : status.code() + ": " + statusNote;
    }

    public boolean isChampion() {
        return status == ModelStatus.CHAMPION;
    }
}
