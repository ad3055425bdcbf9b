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
 * @param low             the ranges' lower ends, in input order
 * @param high            the ranges' upper ends, in input order
 * @param refused         stones left out because the model refuses to price them (beyond its weight
 *                        limits): an evaluation never fails on them, and says how many there were
 */
public record Evaluation(Metrics overall, Map<CaratBand, Metrics> byBand, double coverage,
                         Map<CaratBand, Double> coverageByBand, double meanRangeWidth,
                         double[] actual, double[] predicted, double[] low, double[] high, int refused) {

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

    /** Evaluates a model on stones it was not trained on; stones it refuses are counted, not priced. */
    public static Evaluation of(TrainedModel model, List<PricedStone> all) {
        List<PricedStone> stones = all.stream().filter(s -> model.prices(s.diamond())).toList();
        int n = stones.size();
        double[] carats = new double[n];
        double[] actual = new double[n];
        double[] predicted = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            PricedStone stone = stones.get(i);
            carats[i] = stone.diamond().carat();
            actual[i] = stone.price();
            predicted[i] = model.price(stone.diamond());
            PriceRange range = model.range(stone.diamond(), predicted[i]);
            low[i] = range.low();
            high[i] = range.high();
        }
        return of(carats, actual, predicted, low, high, all.size() - n);
    }

    /**
     * The predictions as CSV ({@code predicted_price,price_low,price_high}, one line per stone in
     * input order), to keep beside the held-out stones in a bundle: the report is then redrawn from
     * the model that was evaluated, not from the shipped model that also learnt from those stones.
     */
    public byte[] predictionsCsv() {
        StringBuilder s = new StringBuilder(PREDICTIONS_HEADER).append('\n');
        for (int i = 0; i < predicted.length; i++) {
            s.append(String.format(java.util.Locale.ROOT, "%.4f,%.4f,%.4f%n", predicted[i], low[i], high[i]));
        }
        return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The header of {@link #predictionsCsv()}. */
    public static final String PREDICTIONS_HEADER = "predicted_price,price_low,price_high";

    /** Reads {@link #predictionsCsv()} back for these stones; the counts must agree. */
    public static Evaluation fromPredictions(List<PricedStone> stones, String csv) {
        String[] lines = csv.strip().split("\\R");
        if (lines.length == 0 || !lines[0].equals(PREDICTIONS_HEADER) || lines.length - 1 != stones.size()) {
            throw new IllegalArgumentException("held-out predictions: expected the header " + PREDICTIONS_HEADER
                    + " and " + stones.size() + " lines, got " + (lines.length - 1));
        }
        int n = stones.size();
        double[] carats = new double[n];
        double[] actual = new double[n];
        double[] predicted = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            String[] v = lines[i + 1].split(",");
            if (v.length != 3) {
                throw new IllegalArgumentException("held-out predictions line " + (i + 2) + ": expected 3 values");
            }
            carats[i] = stones.get(i).diamond().carat();
            actual[i] = stones.get(i).price();
            predicted[i] = Double.parseDouble(v[0]);
            low[i] = Double.parseDouble(v[1]);
            high[i] = Double.parseDouble(v[2]);
        }
        // the bundle keeps only the stones that were priced, so none of these was refused
        return of(carats, actual, predicted, low, high, 0);
    }

    /** The figures of predictions made earlier (kept in a bundle), in input order. */
    public static Evaluation of(double[] carats, double[] actual, double[] predicted, double[] low, double[] high,
                                int refused) {
        int n = actual.length;
        int inside = 0;
        double width = 0;
        Map<CaratBand, List<Integer>> members = new EnumMap<>(CaratBand.class);
        Map<CaratBand, int[]> insideByBand = new EnumMap<>(CaratBand.class);
        for (int i = 0; i < n; i++) {
            boolean in = actual[i] >= low[i] && actual[i] <= high[i];
            inside += in ? 1 : 0;
            width += (high[i] - low[i]) / predicted[i];
            CaratBand band = CaratBand.of(carats[i]);
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
                coverageByBand, n == 0 ? Double.NaN : width / n, actual, predicted, low, high, refused);
    }
}
