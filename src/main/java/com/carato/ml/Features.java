package com.carato.ml;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;

import java.util.List;

/**
 * How a stone becomes numbers for the models. Grades become their rank (0 = worst), so a tree's
 * threshold on a grade reads back as "VS1 or better". Fixed, versioned encoding: a bundle records
 * {@link #VERSION} and refuses to load with another.
 */
public final class Features {

    /** Bump when the encoding changes; bundles trained with another version are refused. */
    public static final int VERSION = 1;

    /** Names of the tree features, in vector order (they are the data set's column names). */
    public static final List<String> TREE_NAMES =
            List.of("carat", "cut", "color", "clarity", "depth", "table", "x", "y", "z");

    /** The characteristics contributions are reported for, in display order. */
    public static final List<String> CHARACTERISTICS = TREE_NAMES;

    public static final int CARAT = 0;
    public static final int CUT = 1;
    public static final int COLOR = 2;
    public static final int CLARITY = 3;

    private Features() {
    }

    /** The tree feature vector of a stone. */
    public static double[] tree(Diamond d) {
        return new double[] {d.carat(), d.cut().ordinal(), d.color().ordinal(), d.clarity().ordinal(),
                d.depth(), d.table(), d.x(), d.y(), d.z()};
    }

    /** Number of columns of the linear design (without intercept). */
    public static final int LINEAR_SIZE = 3 + (Cut.values().length - 1) + (Color.values().length - 1)
            + (Clarity.values().length - 1);

    /**
     * The linear design of a stone: a cubic in log carat and one dummy per grade above the worst.
     * {@link #linearGroup(int)} says which characteristic each column belongs to.
     */
    public static double[] linear(Diamond d) {
        double[] v = new double[LINEAR_SIZE];
        double lc = Math.log(d.carat());
        v[0] = lc;
        v[1] = lc * lc;
        v[2] = lc * lc * lc;
        int at = 3;
        at = dummies(v, at, d.cut().ordinal(), Cut.values().length);
        at = dummies(v, at, d.color().ordinal(), Color.values().length);
        dummies(v, at, d.clarity().ordinal(), Clarity.values().length);
        return v;
    }

    private static int dummies(double[] v, int at, int rank, int levels) {
        for (int level = 1; level < levels; level++) {
            v[at++] = rank == level ? 1 : 0;
        }
        return at;
    }

    /** The characteristic (index into {@link #CHARACTERISTICS}) of a linear design column. */
    public static int linearGroup(int column) {
        int cutEnd = 3 + Cut.values().length - 1;
        int colorEnd = cutEnd + Color.values().length - 1;
        if (column < 3) {
            return CARAT;
        }
        if (column < cutEnd) {
            return CUT;
        }
        if (column < colorEnd) {
            return COLOR;
        }
        return CLARITY;
    }
}
