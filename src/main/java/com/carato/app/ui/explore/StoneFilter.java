package com.carato.app.ui.explore;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.PricedStone;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which stones the explorer shows: grade ranges (from the worse grade to the better, both
 * included, in grade order whichever way round they are given), and carat and price ranges (a
 * null bound is open).
 */
public record StoneFilter(Cut cutFrom, Cut cutTo, Color colorFrom, Color colorTo,
                          Clarity clarityFrom, Clarity clarityTo,
                          Double caratMin, Double caratMax, Double priceMin, Double priceMax)
        implements Predicate<PricedStone> {

    /** Every stone. */
    public static final StoneFilter ALL = new StoneFilter(Cut.FAIR, Cut.IDEAL, Color.J, Color.D,
            Clarity.I1, Clarity.IF, null, null, null, null);

    public StoneFilter {
        Objects.requireNonNull(cutFrom, "cutFrom");
        Objects.requireNonNull(cutTo, "cutTo");
        Objects.requireNonNull(colorFrom, "colorFrom");
        Objects.requireNonNull(colorTo, "colorTo");
        Objects.requireNonNull(clarityFrom, "clarityFrom");
        Objects.requireNonNull(clarityTo, "clarityTo");
    }

    @Override
    public boolean test(PricedStone stone) {
        var d = stone.diamond();
        return between(d.cut(), cutFrom, cutTo)
                && between(d.color(), colorFrom, colorTo)
                && between(d.clarity(), clarityFrom, clarityTo)
                && within(d.carat(), caratMin, caratMax)
                && within(stone.price(), priceMin, priceMax);
    }

    private static <G extends Enum<G>> boolean between(G grade, G a, G b) {
        int low = Math.min(a.ordinal(), b.ordinal());
        int high = Math.max(a.ordinal(), b.ordinal());
        return grade.ordinal() >= low && grade.ordinal() <= high;
    }

    private static boolean within(double value, Double min, Double max) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}
