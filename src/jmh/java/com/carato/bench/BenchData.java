package com.carato.bench;

import com.carato.data.ImportReport;
import com.carato.data.PriceRule;
import com.carato.data.StoneCsvReader;
import com.carato.domain.PricedStone;
import com.carato.ml.train.HoldoutSplit;

import java.nio.file.Path;

/** The reference data for benchmarks (path from -Dcarato.referenceData, default beside the project). */
final class BenchData {

    private BenchData() {
    }

    static HoldoutSplit split() throws Exception {
        Path file = Path.of(System.getProperty("carato.referenceData", "../shared/datasets/diamonds/diamonds.csv"));
        ImportReport report = new StoneCsvReader(PriceRule.REQUIRED).read(file);
        return HoldoutSplit.of(report);
    }

    static java.util.List<com.carato.domain.Diamond> diamonds(java.util.List<PricedStone> stones) {
        return stones.stream().map(PricedStone::diamond).toList();
    }
}
