package com.carato.ml.explain;

import com.carato.domain.CaratBand;
import com.carato.domain.PriceRange;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Price ranges from held-out residuals (split conformal, per carat band). Residuals are taken on
 * the log scale, ln(actual / predicted), so a range is proportional to the price; each carat band
 * gets its own quantiles (Mondrian conformal) because big stones are harder to price and a pooled
 * range under-covers them. A band with too few residuals for its own quantiles (fewer than
 * {@value #MIN_BAND_SIZE}, or too few for the rule's level: a band of 30 at 90 % + one standard error
 * would need an infinite bound) borrows the pooled ones.
 */
public final class ConformalCalibration implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Fewest residuals a band needs for its own quantiles. */
    static final int MIN_BAND_SIZE = 30;

    private final double coverage;
    private final EnumMap<CaratBand, double[]> bounds;
    private final EnumMap<CaratBand, Integer> counts;

    private ConformalCalibration(double coverage, EnumMap<CaratBand, double[]> bounds,
                                 EnumMap<CaratBand, Integer> counts) {
        this.coverage = coverage;
        this.bounds = bounds;
        this.counts = counts;
    }

    /**
     * Calibrates from held-out predictions.
     *
     * @param carats    the stones' weights
     * @param actual    appraised prices
     * @param predicted out-of-sample predictions of the same stones
     * @param coverage  nominal coverage, e.g. 0.9
     * @param rule      how a band's residuals become its range ({@code carato select} picks it, ADR 0006)
     */
    public static ConformalCalibration fit(double[] carats, double[] actual, double[] predicted, double coverage,
                                           RangeRule rule) {
        Map<CaratBand, List<Double>> byBand = new EnumMap<>(CaratBand.class);
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < actual.length; i++) {
            double r = Math.log(actual[i] / predicted[i]);
            byBand.computeIfAbsent(CaratBand.of(carats[i]), b -> new ArrayList<>()).add(r);
            all.add(r);
        }
        double[] pooled = rule.bounds(sorted(all), coverage, true);
        EnumMap<CaratBand, double[]> bounds = new EnumMap<>(CaratBand.class);
        EnumMap<CaratBand, Integer> counts = new EnumMap<>(CaratBand.class);
        for (CaratBand band : CaratBand.values()) {
            List<Double> residuals = byBand.getOrDefault(band, List.of());
            counts.put(band, residuals.size());
            double[] own = residuals.size() >= MIN_BAND_SIZE ? rule.bounds(sorted(residuals), coverage, false) : null;
            bounds.put(band, own != null ? own : pooled);
        }
        return new ConformalCalibration(coverage, bounds, counts);
    }

    private static double[] sorted(List<Double> residuals) {
        return residuals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The range around a predicted price for a stone of this weight. */
    public PriceRange range(double predicted, double carat) {
        double[] b = bounds.get(CaratBand.of(carat));
        return new PriceRange(predicted * Math.exp(b[0]), predicted * Math.exp(b[1]), coverage);
    }

    public double coverage() {
        return coverage;
    }

    /** How many held-out residuals calibrated each band. */
    public Map<CaratBand, Integer> counts() {
        return new EnumMap<>(counts);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ConformalCalibration[");
        bounds.forEach((band, b) -> s.append(band).append(' ').append(Arrays.toString(b)).append(' '));
        return s.append(']').toString();
    }
}
