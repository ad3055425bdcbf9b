package com.carato.ml.train;

import com.carato.domain.CaratBand;
import com.carato.domain.Metrics;
import com.carato.domain.PriceRange;
import com.carato.domain.PricedStone;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a model does on stones it was not trained on: price metrics overall and per carat band, and
 * how often the true price falls in the stated range.
 *
 * @param overall         metrics on all stones
 * @param byBand          metrics per carat band (bands without stones are left out)
 * @param coverage        share of prices inside their range
 * @param coverageByBand  the same per band
 * @param meanRangeWidth  mean (high - low) / price predicted
 * @param actual          the appraised prices, in input order
 * @param predicted       the model's prices, in input order
 */
public record Evaluation(Metrics overall, Map<CaratBand, Metrics> byBand, double coverage,
                         Map<CaratBand, Double> coverageByBand, double meanRangeWidth,
                         double[] actual, double[] predicted) {

    /** Metrics per band, keyed by the band's label, in band order. */
    public Map<String, Metrics> byBandLabel() {
        Map<String, Metrics> labelled = new java.util.LinkedHashMap<>();
        byBand.forEach((band, metrics) -> labelled.put(band.label(), metrics));
        return labelled;
    }

    /** Coverage per band keyed by the band's label, in band order. */
    public Map<String, Double> coverageByBandLabel() {
        Map<String, Double> labelled = new java.util.LinkedHashMap<>();
        coverageByBand.forEach((band, share) -> labelled.put(band.label(), share));
        return labelled;
    }

    public static Evaluation of(TrainedModel model, List<PricedStone> stones) {
        int n = stones.size();
        double[] actual = new double[n];
        double[] predicted = new double[n];
        int inside = 0;
        double width = 0;
        Map<CaratBand, List<Integer>> members = new EnumMap<>(CaratBand.class);
        Map<CaratBand, int[]> insideByBand = new EnumMap<>(CaratBand.class);
        for (int i = 0; i < n; i++) {
            PricedStone stone = stones.get(i);
            actual[i] = stone.price();
            predicted[i] = model.price(stone.diamond());
            PriceRange range = model.range(stone.diamond(), predicted[i]);
            boolean in = range.contains(actual[i]);
            inside += in ? 1 : 0;
            width += range.width() / predicted[i];
            CaratBand band = CaratBand.of(stone.diamond().carat());
            members.computeIfAbsent(band, b -> new ArrayList<>()).add(i);
            insideByBand.computeIfAbsent(band, b -> new int[1])[0] += in ? 1 : 0;
        }
        Map<CaratBand, Metrics> byBand = new EnumMap<>(CaratBand.class);
        Map<CaratBand, Double> coverageByBand = new EnumMap<>(CaratBand.class);
        members.forEach((band, idx) -> {
            byBand.put(band, Metrics.of(idx.stream().mapToDouble(i -> actual[i]).toArray(),
                    idx.stream().mapToDouble(i -> predicted[i]).toArray()));
            coverageByBand.put(band, insideByBand.get(band)[0] / (double) idx.size());
        });
        return new Evaluation(Metrics.of(actual, predicted), byBand, n == 0 ? Double.NaN : inside / (double) n,
                coverageByBand, n == 0 ? Double.NaN : width / n, actual, predicted);
    }
}
