package com.carato.service;

import com.carato.domain.Metrics;

import java.util.List;

/**
 * The second step of a retrain: the challenger trained and saved, and both models scored on the
 * same held-out new stones (which neither was trained on).
 *
 * @param championId        the champion
 * @param challenger        the new bundle (saved, not yet promoted)
 * @param heldOut           number of held-out stones
 * @param champion          the champion's figures on them
 * @param challengerMetrics the challenger's figures on them
 * @param championCoverage  share of held-out prices inside the champion's range
 * @param challengerCoverage the same for the challenger
 * @param bands             both per carat band (bands without held-out stones left out)
 * @param verdict           what the promotion rule says
 * @param snapshotFile      the merged data snapshot the challenger's manifest points to
 * @param rejectedFile      the CSV of rejected rows next to it; null when no row was rejected
 */
public record Comparison(String championId, ModelSummary challenger, int heldOut, Metrics champion,
                         Metrics challengerMetrics, double championCoverage, double challengerCoverage,
                         List<BandComparison> bands, Verdict verdict, String snapshotFile, String rejectedFile) {

    public Comparison {
        bands = List.copyOf(bands);
    }
}
