package com.carato.app.ui.explore;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.PricedStone;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statistics, axes, bands, the representative stone and money formats behind the Explore screen. */
class ExploreHelpersTest {

    @Test
    void boxPlotFiguresUseInterpolatedQuartilesAndTukeyWhiskers() {
        Stats.Box box = Stats.box("x", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 100});
        assertEquals(3, box.q1(), 1e-9);
        assertEquals(5, box.median(), 1e-9);
        assertEquals(7, box.q3(), 1e-9);
        assertEquals(1, box.whiskerLow(), 1e-9);
        assertEquals(8, box.whiskerHigh(), 1e-9);
        assertArrayEquals(new double[] {100}, box.outliers());
        assertEquals(9, box.n());
    }

    @Test
    void histogramCountsEveryValueOnceWithTheMaximumInTheLastBin() {
        Stats.Histogram h = Stats.histogram(new double[] {0, 1, 2, 3, 4, 10}, 5);
        assertArrayEquals(new int[] {2, 2, 1, 0, 1}, h.counts());
        assertEquals(6, h.total());
        assertEquals(2, h.maxCount());
        assertEquals(10, h.max(), 1e-9);
    }

    @Test
    void correlationsArePearsonAndSymmetric() {
        double[] a = {1, 2, 3, 4};
        double[] b = {2, 4, 6, 8.5};
        double[] c = {4, 3, 2, 1};
        double[][] m = Stats.correlations(new double[][] {a, b, c});
        assertEquals(1, m[0][0], 1e-12);
        assertTrue(m[0][1] > 0.99);
        assertEquals(-1, m[0][2], 1e-12);
        assertEquals(m[1][2], m[2][1], 1e-12);
        assertTrue(Double.isNaN(Stats.correlation(a, new double[] {5, 5, 5, 5})));
    }

    @Test
    void axesPickRoundTicksOnLinearAndLogScales() {
        assertEquals(List.of(0.0, 5000.0, 10000.0, 15000.0), new Axis(0, 18000, false).ticks(4));
        assertEquals(List.of(500.0, 1000.0, 2000.0, 5000.0, 10000.0), new Axis(300, 18000, true).ticks(5));
        Axis log = new Axis(1, 100, true);
        assertEquals(0.5, log.unit(10), 1e-12);
    }

    @Test
    void bandsHoldWeightsAsGradedToTwoDecimals() {
        assertTrue(GridBand.CT_090.contains(0.90));
        assertTrue(GridBand.CT_090.contains(0.99));
        assertFalse(GridBand.CT_090.contains(1.00));
        assertTrue(GridBand.CT_100.contains(1.00));
        assertTrue(GridBand.CT_100.contains(1.49));
        assertFalse(GridBand.CT_100.contains(1.50));
        assertEquals(1.245, GridBand.CT_100.representativeCarat(), 1e-12);
        assertEquals("0.90–0.99 ct", GridBand.CT_090.label());
    }

    @Test
    void theRepresentativeStoneIsARoundBrilliantOfTypicalProportions() {
        RepresentativeStone typical = RepresentativeStone.of(Cut.IDEAL, List.of());
        assertEquals(61.8, typical.depth());
        assertEquals(57.0, typical.table());
        Diamond stone = typical.stone(1.0, Cut.IDEAL, Color.G, Clarity.VS1);
        assertEquals(6.43, stone.x(), 0.01, "a 1 ct round brilliant measures about 6.4 mm");
        assertEquals(stone.x(), stone.y());
        assertFalse(stone.depthDisagrees());
        Diamond ideal = new Diamond(1, Cut.IDEAL, Color.G, Clarity.VS1, 61.0, 56, 6.4, 6.4, 3.9);
        Diamond premium = new Diamond(1, Cut.PREMIUM, Color.G, Clarity.VS1, 62.0, 59, 6.4, 6.4, 3.97);
        List<PricedStone> stones = List.of(new PricedStone(ideal, 5000), new PricedStone(premium, 5000));
        assertEquals(new RepresentativeStone(61.0, 56), RepresentativeStone.of(Cut.IDEAL, stones));
        assertEquals(new RepresentativeStone(61.5, 57.5), RepresentativeStone.of(Cut.FAIR, stones),
                "no stone of the cut: all stones");
    }

    @Test
    void moneyIsInUsDollarsFormattedForTheLocale() {
        assertEquals("$4,733", new Formats(Locale.ENGLISH).money(4733.2));
        String italian = new Formats(Locale.ITALIAN).money(4733.2);
        assertTrue(italian.contains("4.733") && italian.contains("USD"), italian);
        assertEquals("$12.5k", new Formats(Locale.ENGLISH).moneyShort(12_500));
    }
}
