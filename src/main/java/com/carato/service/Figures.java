package com.carato.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** The numbers of a comparison, flat, for the registry log. */
final class Figures {

    private Figures() {
    }

    static Map<String, Double> of(Comparison c) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("held_out", (double) c.heldOut());
        f.put("champion_mape", c.champion().mape());
        f.put("challenger_mape", c.challengerMetrics().mape());
        f.put("champion_mae", c.champion().mae());
        f.put("challenger_mae", c.challengerMetrics().mae());
        f.put("champion_coverage", c.championCoverage());
        f.put("challenger_coverage", c.challengerCoverage());
        for (BandComparison band : c.bands()) {
            f.put("champion_mape " + band.band(), band.champion().mape());
            f.put("challenger_mape " + band.band(), band.challenger().mape());
            f.put("held_out " + band.band(), (double) band.champion().count());
        }
        return f;
    }
}
