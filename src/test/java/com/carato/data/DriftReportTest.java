package com.carato.data;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.PricedStone;
import com.carato.domain.RoundStones;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DriftReportTest {

    static List<PricedStone> stones(int n, double caratShift, Cut cut, long seed) {
        Random random = new Random(seed);
        List<PricedStone> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double carat = Math.round((0.3 + random.nextDouble() + caratShift) * 100) / 100.0;
            Color color = Color.values()[random.nextInt(Color.values().length)];
            double[] size = RoundStones.sizes(carat);
            list.add(new PricedStone(new Diamond(carat, cut, color, Clarity.VS1, 61.5, 56, size[0], size[1], size[2]),
                    4000 * carat));
        }
        return list;
    }

    @Test
    void sameDistributionIsStableAndShiftedColumnsAreFlagged() {
        List<PricedStone> before = stones(2000, 0, Cut.IDEAL, 1);
        DriftReport same = DriftReport.of(before, stones(500, 0, Cut.IDEAL, 2));
        assertEquals(List.of("carat", "cut", "color", "clarity", "depth", "table", "x", "y", "z", "price"),
                same.columns().stream().map(ColumnDrift::column).toList());
        assertTrue(same.shifted().isEmpty(), "no drift expected: " + same.shifted());

        DriftReport shifted = DriftReport.of(before, stones(500, 0.5, Cut.GOOD, 3));
        List<String> flagged = shifted.shifted().stream().map(ColumnDrift::column).toList();
        // heavier stones are larger: their sizes shift with the weight; depth and table do not
        assertEquals(List.of("carat", "cut", "x", "y", "z", "price"), flagged);
        ColumnDrift carat = shifted.columns().get(0);
        assertTrue(carat.numeric());
        assertEquals(0.5, carat.after().mean() - carat.before().mean(), 0.05);
        ColumnDrift cut = shifted.columns().get(1);
        assertEquals(1.0, cut.sharesBefore().get("Ideal"), 1e-9);
        assertEquals(1.0, cut.sharesAfter().get("Good"), 1e-9);
        assertEquals(ColumnDrift.Level.MAJOR, cut.level());
    }
}
