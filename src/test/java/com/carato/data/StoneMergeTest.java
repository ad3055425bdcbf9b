package com.carato.data;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.PricedStone;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoneMergeTest {

    static final String HEADER = "carat,cut,color,clarity,depth,table,price,x,y,z\n";

    static PricedStone stone(double carat, double price) {
        return new PricedStone(new Diamond(carat, Cut.IDEAL, Color.G, Clarity.VS1, 61.5, 56, 6.4, 6.44, 3.95), price);
    }

    static ImportReport read(String source, String body) throws DataFileException {
        return new StoneCsvReader(PriceRule.REQUIRED).read(source, HEADER + body);
    }

    @Test
    void duplicatesAreCountedByKindAndConflictsReportedWithEverySighting() throws Exception {
        List<PricedStone> existing = List.of(stone(1.01, 5000), stone(1.02, 5100));
        ImportReport a = read("a.csv", """
                1.01,Ideal,G,VS1,61.5,56,5000,6.4,6.44,3.95
                1.02,Ideal,G,VS1,61.5,56,5300,6.4,6.44,3.95
                1.03,Ideal,G,VS1,61.5,56,5200,6.4,6.44,3.95
                1.03,Ideal,G,VS1,61.5,56,5200,6.4,6.44,3.95
                1.04,Ideal,G,VS1,61.5,56,x,6.4,6.44,3.95
                """);
        ImportReport b = read("b.csv", """
                1.03,Ideal,G,VS1,61.5,56,5200,6.4,6.44,3.95
                1.05,Ideal,G,VS1,61.5,56,5400,6.4,6.44,3.95
                """);
        MergedData merged = StoneMerge.merge("current", existing, List.of(a, b));
        assertEquals(1, merged.duplicatesOfExisting(), "line 2 of a.csv repeats a current stone");
        assertEquals(1, merged.duplicatesInFiles(), "line 5 of a.csv repeats line 4");
        assertEquals(1, merged.duplicatesAcrossFiles(), "line 2 of b.csv repeats a.csv");
        assertEquals(3, merged.duplicatesRemoved());
        assertEquals(List.of(5300.0, 5200.0, 5400.0), merged.added().stream().map(s -> s.stone().price()).toList());
        assertEquals(5, merged.stones().size(), "current first, then the new distinct stones");
        assertEquals(1, merged.conflicts().size());
        PriceConflict conflict = merged.conflicts().get(0);
        assertTrue(conflict.stone().startsWith("1.02,Ideal,G,VS1"), conflict.stone());
        assertEquals(List.of(new PriceConflict.Sighting("current", 3, 5100), new PriceConflict.Sighting("a.csv", 3, 5300)),
                conflict.sightings());
        assertFalse(merged.added().get(0).unique(), "a stone with two prices is never held out");
        assertTrue(merged.added().get(1).unique());
        assertEquals("b.csv", merged.added().get(2).source());
        assertEquals(3, merged.added().get(2).line());
    }

    @Test
    void rejectedRowsAreExportedOneLinePerReasonWithFileAndLine() throws Exception {
        ImportReport a = read("in,put.csv", """
                1.01,Ideal,G,VS1,61.5,56,5000,6.4,6.44,3.95
                1.04,Ideal,Q,VS1,61.5,56,-3,6.4,6.44,3.95
                """);
        List<String> lines = RejectedRows.csv(List.of(a)).lines().toList();
        assertEquals("file,line,field,code,reason,row", lines.get(0));
        assertEquals(3, lines.size(), "two reasons for the one rejected row: " + lines);
        assertTrue(lines.get(1).startsWith("\"in,put.csv\",3,color,field.unknown-grade,\"unknown color 'Q'"),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("\"in,put.csv\",3,price,field.price-not-positive,"
                + "\"no valid appraisal: price must be positive, got -3\","), lines.get(2));
        assertTrue(lines.get(2).endsWith(",\"1.04,Ideal,Q,VS1,61.5,56,-3,6.4,6.44,3.95\""), lines.get(2));
    }
}
