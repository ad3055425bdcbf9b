package com.carato.service;

import com.carato.domain.Message;
import com.carato.domain.VerdictReason;

import com.carato.domain.Metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a challenger replaces the champion. Both are scored on the same held-out new stones; the
 * challenger is promoted when its MAPE is not worse than the champion's by more than
 * {@code maxMapeIncrease} points, and no carat band with at least {@code minBandCount} held-out
 * stones gets worse by more than {@code maxBandMapeIncrease} points.
 *
 * @param maxMapeIncrease     allowed overall MAPE increase, percentage points (default 0.1)
 * @param maxBandMapeIncrease allowed MAPE increase in any judged band, points (default 1.0)
 * @param minBandCount        fewest held-out stones for a band to be judged (default 30)
 * @param minHeldOut          fewest held-out stones to compare at all (default 10)
 */
public record PromotionRule(double maxMapeIncrease, double maxBandMapeIncrease, int minBandCount, int minHeldOut) {

    public PromotionRule {
        if (!(maxMapeIncrease >= 0) || !(maxBandMapeIncrease >= 0)) {
            throw new IllegalArgumentException("allowed MAPE increases must be zero or more");
        }
        if (minBandCount < 1 || minHeldOut < 1) {
            throw new IllegalArgumentException("minimum counts must be at least 1");
        }
    }

    public static PromotionRule defaults() {
        return new PromotionRule(0.1, 1.0, 30, 10);
    }

    /** The rule in one line, for reports and the log. */
    public String describe() {
        return String.format(Locale.ROOT, "promote when MAPE worsens by at most %.2f point and no carat band with "
                + "%d+ held-out stones worsens by more than %.2f point", maxMapeIncrease, minBandCount,
                maxBandMapeIncrease);
    }

    /** Applies the rule to figures measured on the same held-out stones. */
    public Verdict judge(Metrics champion, Metrics challenger, List<BandComparison> bands) {
        List<Message> reasons = new ArrayList<>();
        double change = challenger.mape() - champion.mape();
        boolean promote = change <= maxMapeIncrease;
        reasons.add((promote ? VerdictReason.MAPE_OK : VerdictReason.MAPE_TOO_WORSE).with(champion.mape(),
                challenger.mape(), change, maxMapeIncrease));
        for (BandComparison band : bands) {
            if (band.champion().count() < minBandCount) {
                continue;
            }
            boolean ok = band.mapeChange() <= maxBandMapeIncrease;
            promote &= ok;
            if (!ok) {
                reasons.add(VerdictReason.BAND_TOO_WORSE.with(band.band(), band.champion().count(),
                        band.champion().mape(), band.challenger().mape(), band.mapeChange(), maxBandMapeIncrease));
            }
        }
        if (promote) {
            reasons.add(VerdictReason.NO_BAND_WORSE.with(maxBandMapeIncrease));
        }
        return new Verdict(promote, reasons);
    }
}
