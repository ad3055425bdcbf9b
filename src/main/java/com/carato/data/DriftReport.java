package com.carato.data;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Grade;
import com.carato.domain.PricedStone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How new stones differ from the current training data, column by column: mean and quantiles for
 * numbers, the share of each grade for grades, and a population stability index (PSI) for both.
 * Numeric PSI uses the deciles of the current data as bins.
 *
 * @param rowsBefore number of current stones
 * @param rowsAfter  number of new stones
 * @param columns    one entry per column, in the data set's order, price last
 */
public record DriftReport(int rowsBefore, int rowsAfter, List<ColumnDrift> columns) {

    private static final double EPSILON = 1e-4;

    public DriftReport {
        columns = List.copyOf(columns);
    }

    /** Columns whose shift is at least moderate. */
    public List<ColumnDrift> shifted() {
        return columns.stream().filter(c -> c.level() != ColumnDrift.Level.STABLE).toList();
    }

    public static DriftReport of(List<PricedStone> before, List<PricedStone> after) {
        List<ColumnDrift> columns = new ArrayList<>();
        columns.add(numeric("carat", before, after, s -> s.diamond().carat()));
        columns.add(grade("cut", Cut.class, before, after, s -> s.diamond().cut()));
        columns.add(grade("color", Color.class, before, after, s -> s.diamond().color()));
        columns.add(grade("clarity", Clarity.class, before, after, s -> s.diamond().clarity()));
        columns.add(numeric("depth", before, after, s -> s.diamond().depth()));
        columns.add(numeric("table", before, after, s -> s.diamond().table()));
        columns.add(numeric("x", before, after, s -> s.diamond().x()));
        columns.add(numeric("y", before, after, s -> s.diamond().y()));
        columns.add(numeric("z", before, after, s -> s.diamond().z()));
        columns.add(numeric("price", before, after, PricedStone::price));
        return new DriftReport(before.size(), after.size(), columns);
    }

    private static ColumnDrift numeric(String name, List<PricedStone> before, List<PricedStone> after,
                                       ToDoubleFunction<PricedStone> value) {
        double[] a = before.stream().mapToDouble(value).sorted().toArray();
        double[] b = after.stream().mapToDouble(value).sorted().toArray();
        double[] edges = Arrays.stream(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9})
                .map(q -> quantile(a, q)).distinct().toArray();
        double psi = psi(bins(a, edges), bins(b, edges));
        return new ColumnDrift(name, stats(a), stats(b), Map.of(), Map.of(), psi, ColumnDrift.Level.of(psi));
    }

    private static <G extends Enum<G> & Grade> ColumnDrift grade(String name, Class<G> type, List<PricedStone> before,
                                                                 List<PricedStone> after, Function<PricedStone, G> value) {
        Map<String, Double> sharesBefore = shares(type, before, value);
        Map<String, Double> sharesAfter = shares(type, after, value);
        double[] p = sharesBefore.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] q = sharesAfter.values().stream().mapToDouble(Double::doubleValue).toArray();
        double psi = psi(p, q);
        return new ColumnDrift(name, null, null, sharesBefore, sharesAfter, psi, ColumnDrift.Level.of(psi));
    }

    private static <G extends Enum<G> & Grade> Map<String, Double> shares(Class<G> type, List<PricedStone> stones,
                                                                         Function<PricedStone, G> value) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (G grade : type.getEnumConstants()) {
            long n = stones.stream().filter(s -> value.apply(s) == grade).count();
            shares.put(grade.label(), stones.isEmpty() ? 0 : n / (double) stones.size());
        }
        return shares;
    }

    /** Share of sorted values in each bin (-inf, e0], (e0, e1], …, (e_last, +inf). */
    private static double[] bins(double[] sorted, double[] edges) {
        double[] share = new double[edges.length + 1];
        for (double v : sorted) {
            int bin = 0;
            while (bin < edges.length && v > edges[bin]) {
                bin++;
            }
            share[bin]++;
        }
        for (int i = 0; i < share.length; i++) {
            share[i] = sorted.length == 0 ? 0 : share[i] / sorted.length;
        }
        return share;
    }

    static double psi(double[] expected, double[] actual) {
        double psi = 0;
        for (int i = 0; i < expected.length; i++) {
            double e = Math.max(expected[i], EPSILON);
            double a = Math.max(actual[i], EPSILON);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    private static ColumnDrift.Stats stats(double[] sorted) {
        if (sorted.length == 0) {
            return new ColumnDrift.Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new ColumnDrift.Stats(Arrays.stream(sorted).average().orElse(Double.NaN), quantile(sorted, 0.1),
                quantile(sorted, 0.5), quantile(sorted, 0.9));
    }

    /** Linear-interpolated quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
