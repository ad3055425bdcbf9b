package com.carato.app.ui.explore;

import com.carato.domain.Diamond;
import com.carato.domain.Grade;
import com.carato.domain.PricedStone;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the charts draw for one set of stones, computed off the UI thread.
 *
 * @param stones       the stones (the scatter plot draws each)
 * @param price        histogram of prices
 * @param carat        histogram of weights
 * @param perCaratBoxes box plots of price per carat by each grading, worst grade first (absent grades left out)
 * @param correlations correlation matrix of {@link #NUMERIC_COLUMNS}
 * @param colours      the colour vs size figures
 */
public record ChartData(List<PricedStone> stones, Stats.Histogram price, Stats.Histogram carat,
                        Map<Grading, List<Stats.Box>> perCaratBoxes, double[][] correlations,
                        List<ColourSize> colours) {

    /** The numeric columns of the correlation heatmap, in the data set's spelling. */
    public static final List<String> NUMERIC_COLUMNS = List.of("carat", "depth", "table", "price", "x", "y", "z");

    public static final int BINS = 40;

    public static final ChartData EMPTY = of(List.of());

    public static ChartData of(List<PricedStone> stones) {
        int n = stones.size();
        double[][] columns = new double[NUMERIC_COLUMNS.size()][n];
        for (int i = 0; i < n; i++) {
            Diamond d = stones.get(i).diamond();
            columns[0][i] = d.carat();
            columns[1][i] = d.depth();
            columns[2][i] = d.table();
            columns[3][i] = stones.get(i).price();
            columns[4][i] = d.x();
            columns[5][i] = d.y();
            columns[6][i] = d.z();
        }
        Map<Grading, List<Stats.Box>> boxes = new EnumMap<>(Grading.class);
        for (Grading grading : Grading.values()) {
            boxes.put(grading, boxes(grading, stones));
        }
        return new ChartData(List.copyOf(stones), Stats.histogram(columns[3], BINS), Stats.histogram(columns[0], BINS),
                boxes, Stats.correlations(columns), ColourSize.of(stones));
    }

    private static List<Stats.Box> boxes(Grading grading, List<PricedStone> stones) {
        List<Stats.Box> boxes = new ArrayList<>();
        for (Grade grade : grading.grades()) {
            double[] perCarat = stones.stream().filter(s -> grading.of(s.diamond()) == grade)
                    .mapToDouble(s -> s.price() / s.diamond().carat()).toArray();
            Stats.Box box = Stats.box(grade.label(), perCarat);
            if (box != null) {
                boxes.add(box);
            }
        }
        return boxes;
    }
}
