package com.carato.ml;

import com.carato.domain.Diamond;

import java.util.List;
import java.util.Locale;

/**
 * How a stone becomes numbers for the models. Grades become their rank (0 = worst), so a tree's
 * threshold on a grade reads back as "VS1 or better". Fixed, versioned encoding: a bundle records
 * {@link #VERSION} and refuses to load with another.
 *
 * <p>Two vectors:
 * <ul>
 *   <li>{@link #tree(Diamond)}: the stone's nine characteristics as graded (the data set's columns),
 *       used by the explanation tree, the comparables and the data envelope;</li>
 *   <li>{@link #boost(Diamond)}: what the price model's boosted trees see. The weight and the grades
 *       as they are, and the sizes only as <em>size-free shape ratios</em> (length to width, height to
 *       width, weight to volume). Along a stone scaled up in weight with its sizes the ratios stay put,
 *       so a price that is monotone in weight and grades (see {@link #MONOTONE}) rises with the stone;
 *       raw x, y, z would drag the price both ways (ADR 0006).</li>
 * </ul>
 */
public final class Features {

    /** Bump when the encoding changes; bundles trained with another version are refused. */
    public static final int VERSION = 2;

    /** Names of the characteristics vector, in order (they are the data set's column names). */
    public static final List<String> TREE_NAMES =
            List.of("carat", "cut", "color", "clarity", "depth", "table", "x", "y", "z");

    /** Names of the boosted trees' features, in vector order. */
    public static final List<String> BOOST_NAMES = List.of("carat", "cut", "color", "clarity", "depth", "table",
            "width_to_length", "height_to_width", "weight_to_volume");

    /**
     * Monotone constraint per boosted feature: +1 means the price may only rise with it (weight,
     * cut, colour and clarity ranks), 0 unconstrained.
     */
    public static final List<Integer> MONOTONE = List.of(1, 1, 1, 1, 0, 0, 0, 0, 0);

    /**
     * The characteristics a price is explained by, in display order: the weight, the three grades,
     * the two percentages, and the proportions measured by x, y, z (the three shape ratios together).
     */
    public static final List<String> CHARACTERISTICS =
            List.of("carat", "cut", "color", "clarity", "depth", "table", "proportions");

    /** Which characteristic each boosted feature's contribution belongs to. */
    private static final int[] BOOST_TO_CHARACTERISTIC = {0, 1, 2, 3, 4, 5, 6, 6, 6};

    public static final int CARAT = 0;
    public static final int CUT = 1;
    public static final int COLOR = 2;
    public static final int CLARITY = 3;

    private Features() {
    }

    /** The characteristics vector of a stone. */
    public static double[] tree(Diamond d) {
        return new double[] {d.carat(), d.cut().ordinal(), d.color().ordinal(), d.clarity().ordinal(),
                d.depth(), d.table(), d.x(), d.y(), d.z()};
    }

    /** The boosted trees' feature vector of a stone. */
    public static double[] boost(Diamond d) {
        double[] v = new double[BOOST_NAMES.size()];
        boost(d, v);
        return v;
    }

    /** Writes the boosted trees' features of a stone into {@code v} (no allocation on the hot path). */
    public static void boost(Diamond d, double[] v) {
        v[0] = d.carat();
        v[1] = d.cut().ordinal();
        v[2] = d.color().ordinal();
        v[3] = d.clarity().ordinal();
        v[4] = d.depth();
        v[5] = d.table();
        v[6] = d.y() / d.x();
        v[7] = d.z() / ((d.x() + d.y()) / 2);
        v[8] = d.carat() / (d.x() * d.y() * d.z());
    }

    /** The characteristic (index into {@link #CHARACTERISTICS}) a boosted feature belongs to. */
    public static int characteristicOf(int boostFeature) {
        return BOOST_TO_CHARACTERISTIC[boostFeature];
    }

    /** The monotone constraints in XGBoost's notation, e.g. "(1,1,1,1,0,0,0,0,0)". */
    public static String monotoneConstraints() {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < MONOTONE.size(); i++) {
            s.append(i == 0 ? "" : ",").append(MONOTONE.get(i));
        }
        return s.append(')').toString();
    }

    /** How a characteristic of a stone reads in an explanation ("1.01 ct", "VS1", "6.43 × 6.47 × 3.98 mm"). */
    public static String valueOf(Diamond d, int characteristic) {
        return switch (characteristic) {
            case 0 -> String.format(Locale.ROOT, "%.2f ct", d.carat());
            case 1 -> d.cut().label();
            case 2 -> d.color().label();
            case 3 -> d.clarity().label();
            case 4 -> String.format(Locale.ROOT, "%.1f %%", d.depth());
            case 5 -> String.format(Locale.ROOT, "%.1f %%", d.table());
            default -> String.format(Locale.ROOT, "%.2f \u00d7 %.2f \u00d7 %.2f mm", d.x(), d.y(), d.z());
        };
    }
}
