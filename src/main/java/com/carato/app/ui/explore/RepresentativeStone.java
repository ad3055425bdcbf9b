package com.carato.app.ui.explore;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.PricedStone;

import java.util.Arrays;
import java.util.List;

/**
 * The stone a price-grid cell is priced for: a round brilliant of the band's middle weight with
 * the typical proportions of its cut.
 * <ul>
 *   <li>depth % and table %: the medians of the loaded stones of that cut (of all stones when the
 *       data holds none of that cut; 61.8 % and 57 %, the reference data's medians, when there is
 *       no data at all);</li>
 *   <li>x = y = d, the diameter of a round brilliant of that weight and depth, from the trade's
 *       estimate carat = d² × z × 0.0061 with z = d × depth / 100, so
 *       d = ∛(carat / (0.0061 × depth / 100)) (1.00 ct at 61.8 % gives 6.43 mm, as real stones
 *       measure); z = d × depth / 100, so depth agrees with x, y, z.</li>
 * </ul>
 */
public record RepresentativeStone(double depth, double table) {

    public static final double DEFAULT_DEPTH = 61.8;
    public static final double DEFAULT_TABLE = 57.0;
    private static final double ROUND_FACTOR = 0.0061;

    /** Typical proportions of {@code cut} in {@code stones}. */
    public static RepresentativeStone of(Cut cut, List<PricedStone> stones) {
        List<Diamond> ofCut = stones.stream().map(PricedStone::diamond).filter(d -> d.cut() == cut).toList();
        List<Diamond> basis = ofCut.isEmpty() ? stones.stream().map(PricedStone::diamond).toList() : ofCut;
        if (basis.isEmpty()) {
            return new RepresentativeStone(DEFAULT_DEPTH, DEFAULT_TABLE);
        }
        return new RepresentativeStone(median(basis.stream().mapToDouble(Diamond::depth).toArray()),
                median(basis.stream().mapToDouble(Diamond::table).toArray()));
    }

    /** The diameter in mm of a round brilliant of this weight and depth. */
    public double diameter(double carat) {
        return Math.cbrt(carat / (ROUND_FACTOR * depth / 100));
    }

    public Diamond stone(double carat, Cut cut, Color color, Clarity clarity) {
        double d = Math.round(diameter(carat) * 100) / 100.0;
        double z = Math.round(d * depth) / 100.0;
        return new Diamond(carat, cut, color, clarity, depth, table, d, d, z);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
