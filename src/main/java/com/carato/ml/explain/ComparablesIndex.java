package com.carato.ml.explain;

import com.carato.domain.ComparableStone;
import com.carato.domain.Diamond;
import com.carato.ml.Features;
import com.carato.ml.StoneTable;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Finds the training stones most like a given one. Distance is Euclidean over standardised
 * characteristics, with weight (on a log scale, since a 0.1 ct difference matters more on a
 * 0.3 ct stone than on a 2 ct one) counted three times and the grades once each: a jeweller
 * compares stones of about the same weight first, then grade by grade. A brute-force scan of a few
 * thousand stones takes microseconds, so no spatial index is needed.
 */
public final class ComparablesIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final double[] WEIGHTS = {3, 1, 1, 1, 0.5, 0.5, 0, 0, 0};

    private final StoneTable stones;
    private final double[] scale;
    /** The training stones in the scaled space (weighted dimensions only), built on first use. */
    private transient volatile double[][] scaled;

    public ComparablesIndex(StoneTable stones) {
        this.stones = stones;
        int p = Features.TREE_NAMES.size();
        double[] mean = new double[p];
        double[] sq = new double[p];
        int n = stones.size();
        for (int i = 0; i < n; i++) {
            double[] f = transform(stones.features(i));
            for (int j = 0; j < p; j++) {
                mean[j] += f[j] / n;
                sq[j] += f[j] * f[j] / n;
            }
        }
        scale = new double[p];
        for (int j = 0; j < p; j++) {
            double sd = Math.sqrt(Math.max(sq[j] - mean[j] * mean[j], 0));
            scale[j] = sd > 0 ? WEIGHTS[j] / sd : 0;
        }
    }

    private static double[] transform(double[] features) {
        double[] f = features.clone();
        f[Features.CARAT] = Math.log(f[Features.CARAT]);
        return f;
    }

    /** The weighted dimensions only (zero-weight ones cannot change a distance). */
    private double[] scaled(double[] features) {
        double[] f = transform(features);
        int used = 0;
        for (double w : WEIGHTS) {
            used += w > 0 ? 1 : 0;
        }
        double[] out = new double[used];
        int at = 0;
        for (int j = 0; j < f.length; j++) {
            if (WEIGHTS[j] > 0) {
                out[at++] = f[j] * scale[j];
            }
        }
        return out;
    }

    /** Built once; a race only builds the same table twice, so no lock is needed on the hot path. */
    private double[][] scaledStones() {
        double[][] s = scaled;
        if (s == null) {
            s = new double[stones.size()][];
            for (int i = 0; i < s.length; i++) {
                s[i] = scaled(stones.features(i));
            }
            scaled = s;
        }
        return s;
    }

    /** The {@code k} nearest training stones, closest first. */
    public List<ComparableStone> nearest(Diamond stone, int k) {
        double[] q = scaled(Features.tree(stone));
        double[][] all = scaledStones();
        PriorityQueue<double[]> heap = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
        for (int i = 0; i < all.length; i++) {
            double[] f = all[i];
            double d = 0;
            for (int j = 0; j < q.length; j++) {
                double diff = q[j] - f[j];
                d += diff * diff;
            }
            if (heap.size() < k) {
                heap.add(new double[] {d, i});
            } else if (d < heap.peek()[0]) {
                heap.poll();
                heap.add(new double[] {d, i});
            }
        }
        List<double[]> found = new ArrayList<>(heap);
        found.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        List<ComparableStone> result = new ArrayList<>();
        for (double[] hit : found) {
            result.add(new ComparableStone(stones.stone((int) hit[1]), Math.sqrt(hit[0])));
        }
        return result;
    }
}
