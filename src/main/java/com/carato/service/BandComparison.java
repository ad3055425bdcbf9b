package com.carato.service;

import com.carato.domain.Metrics;

/**
 * Champion and challenger in one carat band, on the same held-out stones.
 *
 * @param band       the band's label ("< 0.5 ct", …)
 * @param champion   the champion's figures
 * @param challenger the challenger's figures
 */
public record BandComparison(String band, Metrics champion, Metrics challenger) {

    /** Challenger MAPE minus champion MAPE, in points (positive = worse). */
    public double mapeChange() {
        return challenger.mape() - champion.mape();
    }
}
