package com.carato.cli;

import com.carato.service.PromotionRule;
import picocli.CommandLine.Option;

/** The promotion rule's options, shared by {@code retrain} and {@code watch}. */
final class RuleOptions {

    @Option(names = "--max-mape-increase", paramLabel = "POINTS", defaultValue = "0.1",
            description = "promote only if the challenger's MAPE is at most this much worse (default ${DEFAULT-VALUE})")
    double maxMapeIncrease;

    @Option(names = "--max-band-increase", paramLabel = "POINTS", defaultValue = "1.0",
            description = "…and no judged carat band's MAPE is worse by more than this (default ${DEFAULT-VALUE})")
    double maxBandIncrease;

    @Option(names = "--min-band-count", paramLabel = "N", defaultValue = "30",
            description = "a band is judged from this many held-out stones (default ${DEFAULT-VALUE})")
    int minBandCount;

    @Option(names = "--min-held-out", paramLabel = "N", defaultValue = "10",
            description = "fewest held-out new stones to compare at all (default ${DEFAULT-VALUE})")
    int minHeldOut;

    PromotionRule rule() {
        return new PromotionRule(maxMapeIncrease, maxBandIncrease, minBandCount, minHeldOut);
    }
}
