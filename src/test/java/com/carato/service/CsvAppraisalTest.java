package com.carato.service;

import com.carato.domain.Appraisal;
import com.carato.domain.AppraisalWarning;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
import com.carato.domain.Said;
import com.carato.domain.OutsideModelException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSV batch: warnings in their own column, and a stone the model refuses (beyond its limits) as an
 * error in place, one output row per input row. The shared test model never refuses a stone, so the
 * refusals come from a pricer that wraps it with a weight limit, as the engine's limit would.
 */
class CsvAppraisalTest {

    static final String HEADER = "carat,cut,color,clarity,depth,table,x,y,z";
    /** 1.01 ct, a heavy stone (warned: heavier than any stone of the reference data), an invalid one, 0.5 ct. */
    static final String CSV = HEADER + "\n"
            + "1.01,Ideal,G,VS1,61.8,56,6.42,6.46,3.98\n"
            + "5,Premium,H,SI1,61.7,58,10.96,11.03,6.78\n"
            + "0.5,Ideal,G,VS1,61.8,56,0,0,0\n"
            + "0.5,Ideal,G,VS1,61.8,56,5.1,5.13,3.16\n";
    static final double LIMIT = 4.0;

    static Appraiser appraiser;

    @BeforeAll
    static void load() {
        appraiser = TestModels.appraiser();
    }

    /** The real model, refusing stones heavier than {@link #LIMIT} as the engine's weight limit does. */
    static List<AppraisalOutcome> refusingHeavyStones(List<Diamond> stones) {
        return stones.stream().map(s -> AppraisalOutcome.of(() -> {
            if (s.carat() > LIMIT) {
                throw new OutsideModelException(List.of(Said.error("carat", String.format(Locale.ROOT,
                        "%.2f ct is heavier than this model's limit of %.2f ct", s.carat(), LIMIT))), LIMIT);
            }
            return appraiser.appraise(s, false);
        })).toList();
    }

    static List<String[]> rows(String csv) {
        return csv.lines().skip(1).map(l -> l.split(",", -1)).toList();
    }

    @Test
    void warningsHaveTheirOwnColumnAfterError() throws Exception {
        String out = new CsvAppraisal(appraiser).appraise("test", CSV);
        assertEquals(HEADER + ",predicted_price,price_low,price_high,error,warnings", out.lines().findFirst().orElseThrow());
        List<String[]> rows = rows(out);
        assertEquals(4, rows.size());
        assertEquals("", rows.get(0)[13], "no warning for a 1.01 ct G VS1");
        Appraisal heavy = appraiser.appraise(new Diamond(5.0, Cut.PREMIUM, Color.H, Clarity.SI1, 61.7, 58, 10.96, 11.03, 6.78),
                false);
        assertFalse(heavy.warnings().isEmpty());
        String expected = heavy.warnings().stream().map(AppraisalWarning::message).collect(Collectors.joining(" | "));
        assertTrue(expected.startsWith("Heavier than any stone the model learnt from"), expected);
        String heavyLine = out.lines().skip(2).findFirst().orElseThrow();
        assertTrue(heavyLine.endsWith("," + expected) || heavyLine.endsWith(",\"" + expected + "\""), heavyLine);
        assertFalse(rows.get(1)[9].isEmpty(), "a warned stone is priced");
        assertEquals("", rows.get(1)[12], "a warning is not an error");
        assertTrue(rows.get(2)[12].startsWith("line 4: x: zero or negative size (0)"), rows.get(2)[12]);
        assertEquals("", rows.get(2)[rows.get(2).length - 1], "an invalid row has no warnings");
    }

    @Test
    void aStoneTheModelRefusesGetsItsReasonInPlaceAndNoPrice() throws Exception {
        String out = new CsvAppraisal(CsvAppraisalTest::refusingHeavyStones).appraise("test", CSV);
        List<String> lines = out.lines().toList();
        assertEquals(5, lines.size(), "header + one row per input row");
        assertEquals("5,Premium,H,SI1,61.7,58,10.96,11.03,6.78,,,,"
                + "line 3: outside the model: carat: 5.00 ct is heavier than this model's limit of 4.00 ct [test.verbatim],",
                lines.get(2));
        List<String[]> rows = rows(out);
        assertTrue(Double.parseDouble(rows.get(0)[9]) > 3000, "the rows around it are priced: " + lines.get(1));
        assertTrue(rows.get(2)[12].startsWith("line 4: x:"), "invalid rows keep their reasons");
        assertTrue(Double.parseDouble(rows.get(3)[9]) > 500, lines.get(4));
    }

    @Test
    void countsSayHowManyRowsWereRefusedOrWarned(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, CSV);
        CsvAppraisal.Result warned = new CsvAppraisal(appraiser).appraise(in, dir.resolve("a.csv"));
        assertEquals(new CsvAppraisal.Result(4, 3, 1, 0, 1), warned);
        CsvAppraisal.Result refused = new CsvAppraisal(CsvAppraisalTest::refusingHeavyStones).appraise(in,
                dir.resolve("b.csv"));
        assertEquals(new CsvAppraisal.Result(4, 2, 2, 1, 0), refused);
    }

    @Test
    void appraiseEachPricesLikeAppraiseAllWithOneModelVersion() {
        List<Diamond> stones = List.of(new Diamond(1.01, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 6.42, 6.46, 3.98),
                new Diamond(0.3, Cut.VERY_GOOD, Color.E, Clarity.SI1, 62.1, 58, 4.27, 4.3, 2.66));
        List<AppraisalOutcome> each = appraiser.appraiseEach(stones, true);
        List<Appraisal> all = appraiser.appraiseAll(stones, true);
        assertEquals(2, each.size());
        for (int i = 0; i < 2; i++) {
            assertTrue(each.get(i).isPriced());
            assertEquals(all.get(i).price(), each.get(i).appraisal().price());
            assertTrue(each.get(i).appraisal().explained());
            assertEquals(all.get(i).model(), each.get(i).appraisal().model());
        }
    }

    @Test
    void anOutcomeCatchesOnlyARefusal() {
        OutsideModelException refusal = new OutsideModelException(List.of(Said.error("carat", "too heavy")), 6.2);
        AppraisalOutcome o = AppraisalOutcome.of(() -> {
            throw refusal;
        });
        assertFalse(o.isPriced());
        assertEquals(refusal, o.refusal());
        assertThrows(IllegalStateException.class, () -> AppraisalOutcome.of(() -> {
            throw new IllegalStateException("a fault is not a refusal");
        }));
        assertThrows(IllegalArgumentException.class, () -> new AppraisalOutcome(null, null));
    }
}
