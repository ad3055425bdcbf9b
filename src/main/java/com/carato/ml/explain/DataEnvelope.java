package com.carato.ml.explain;

import com.carato.domain.AppraisalWarning;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Diamond;
import com.carato.ml.Features;
import com.carato.ml.StoneTable;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the model has seen: the range of each characteristic and which colour and clarity
 * combinations occur in the training data. A stone outside it gets a warning, because a tree model
 * cannot extrapolate: a stone heavier than all it has seen is priced like the heaviest it knows.
 */
public final class DataEnvelope implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] LABELS = {"weight", "cut", "colour", "clarity", "depth", "table",
        "length (x)", "width (y)", "height (z)"};
    private static final String[] UNITS = {" ct", "", "", "", " %", " %", " mm", " mm", " mm"};

    private final double[] min;
    private final double[] max;
    private final int[][] colorClarity;

    public DataEnvelope(StoneTable stones) {
        int p = Features.TREE_NAMES.size();
        min = new double[p];
        max = new double[p];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        colorClarity = new int[Color.values().length][Clarity.values().length];
        for (int i = 0; i < stones.size(); i++) {
            double[] f = stones.features(i);
            for (int j = 0; j < p; j++) {
                min[j] = Math.min(min[j], f[j]);
                max[j] = Math.max(max[j], f[j]);
            }
            colorClarity[(int) f[Features.COLOR]][(int) f[Features.CLARITY]]++;
        }
    }

    /** Stones of this colour and clarity in the training data. */
    public int count(Color color, Clarity clarity) {
        return colorClarity[color.ordinal()][clarity.ordinal()];
    }

    public double min(int feature) {
        return min[feature];
    }

    public double max(int feature) {
        return max[feature];
    }

    public List<AppraisalWarning> warnings(Diamond stone) {
        List<AppraisalWarning> warnings = new ArrayList<>();
        double[] f = Features.tree(stone);
        if (f[Features.CARAT] > max[Features.CARAT]) {
            String beyond = percent(f[Features.CARAT] / max[Features.CARAT] - 1);
            warnings.add(new AppraisalWarning("carat-above-range", String.format(Locale.ROOT,
                    "Heavier than any stone the model learnt from (largest %s ct), by %s %%: the price carries the"
                            + " price per carat of the heaviest stones forward and the range is widened.",
                    format(max[Features.CARAT]), beyond), List.of(format(max[Features.CARAT]), beyond)));
        } else if (f[Features.CARAT] < min[Features.CARAT]) {
            String below = percent(1 - f[Features.CARAT] / min[Features.CARAT]);
            warnings.add(new AppraisalWarning("carat-below-range", String.format(Locale.ROOT,
                    "Lighter than any stone the model learnt from (smallest %s ct), by %s %%: the price is an"
                            + " extrapolation and the range is widened.",
                    format(min[Features.CARAT]), below), List.of(format(min[Features.CARAT]), below)));
        }
        for (int j = 4; j < f.length; j++) {
            if (f[j] < min[j] || f[j] > max[j]) {
                warnings.add(new AppraisalWarning("value-outside-range", String.format(Locale.ROOT,
                        "The %s %s%s is outside the range of the data (%s to %s%s).", LABELS[j], fmt(f[j]), UNITS[j],
                        fmt(min[j]), fmt(max[j]), UNITS[j]),
                        List.of(Features.TREE_NAMES.get(j), fmt(f[j]), fmt(min[j]), fmt(max[j]))));
            }
        }
        if (count(stone.color(), stone.clarity()) == 0) {
            warnings.add(new AppraisalWarning("unseen-combination", String.format(Locale.ROOT,
                    "No stone of colour %s with clarity %s in the data: the price of this combination is inferred"
                            + " from neighbouring grades.", stone.color(), stone.clarity()),
                    List.of(stone.color().label(), stone.clarity().label())));
        }
        if (stone.weightSizeDisagrees()) {
            String off = String.format(Locale.ROOT, "%.0f", Math.abs(stone.weightSizeDeviation()) * 100);
            String implied = String.format(Locale.ROOT, "%.2f", stone.impliedCarat());
            warnings.add(new AppraisalWarning("weight-size-disagrees", String.format(Locale.ROOT,
                    "The weight %s ct is %s %% off what the measurements imply (about %s ct): check the weight and"
                            + " x, y, z.", fmt(stone.carat()), off, implied),
                    List.of(fmt(stone.carat()), off, implied)));
        }
        if (stone.depthDisagrees()) {
            warnings.add(new AppraisalWarning("depth-disagrees", String.format(Locale.ROOT,
                    "The depth %s %% disagrees with the measurements, which give %.1f %%: check x, y, z and depth.",
                    fmt(stone.depth()), stone.computedDepth()),
                    List.of(fmt(stone.depth()), String.format(Locale.ROOT, "%.1f", stone.computedDepth()))));
        }
        return warnings;
    }

    private static String fmt(double v) {
        return format(v);
    }

    /** A number with at most two decimals and no trailing zeros ("2.5", "3.01", "4"). */
    public static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String percent(double share) {
        return String.valueOf(Math.max(1, Math.round(share * 100)));
    }
}
