package com.carato.app.present;

import com.carato.app.present.AppraisalPresentation.WaterfallRow;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Appraisal;
import com.carato.domain.AppraisalWarning;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.ComparableStone;
import com.carato.domain.Contribution;
import com.carato.domain.Cut;
import com.carato.domain.DecisionPath;
import com.carato.domain.Diamond;
import com.carato.domain.ModelRef;
import com.carato.domain.PathStep;
import com.carato.domain.PriceRange;
import com.carato.domain.PricedStone;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppraisalPresentationTest {

    static Appraisal appraisal() {
        Diamond stone = new Diamond(1.01, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 57, 6.43, 6.47, 3.99);
        List<Contribution> contributions = List.of(new Contribution("carat", "1.01", 800),
                new Contribution("cut", "Ideal", 50), new Contribution("color", "G", -87.4),
                new Contribution("clarity", "VS1", 120.4));
        DecisionPath path = new DecisionPath(List.of(
                new PathStep("clarity", "clarity VS1 or better", "grade-or-better", List.of("VS1")),
                new PathStep("carat", "weight 1.00 ct or more", "carat-at-least", List.of("1.00"))),
                4700, 120, 4000, 5600);
        Diamond similar = new Diamond(1.02, Cut.PREMIUM, Color.H, Clarity.VS2, 62.1, 58, 6.45, 6.49, 4.02);
        List<AppraisalWarning> warnings = List.of(
                new AppraisalWarning("carat-above-range", "engine text", List.of("5.01", "12")),
                new AppraisalWarning("value-outside-range", "engine text", List.of("depth", "70", "43", "69")),
                new AppraisalWarning("no-such-code", "The engine's own words.", List.of()));
        return new Appraisal(stone, 4783, new PriceRange(4500, 5100, 0.9), 3900, contributions, path,
                List.of(new ComparableStone(new PricedStone(similar, 4890), 0.1)), warnings,
                new ModelRef("20261129-abc", Instant.parse("2026-11-29T10:00:00Z")));
    }

    @Test
    void englishSaysTheStoneItsPricePathWaterfallAndWarnings() {
        AppraisalPresentation p = new AppraisalPresentation(new Messages(Locale.ENGLISH));
        Appraisal a = appraisal();
        assertEquals("1.01 ct, Ideal, colour G, clarity VS1", p.description(a.diamond()));
        assertEquals("Depth 61.8 %, table 57.0 %, measurements 6.43 × 6.47 × 3.99 mm", p.measurements(a.diamond()));
        assertEquals("$4,783", p.price(a));
        assertEquals("$4,500 – $5,100 (90 % range)", p.range(a));
        assertEquals(List.of("clarity VS1 or better", "weight 1.00 ct or more"), p.pathSteps(a));
        assertEquals("120 stones of the data end here, appraised $4,000 – $5,600 (average $4,700)",
                p.pathLeaf(a).orElseThrow());

        List<WaterfallRow> rows = p.waterfall(a);
        assertEquals(List.of("Typical stone", "Carat", "Cut", "Color", "Clarity", "This stone"),
                rows.stream().map(WaterfallRow::label).toList());
        assertEquals(List.of("$3,900", "+$800", "+$50", "−$87", "+$120", "$4,783"),
                rows.stream().map(WaterfallRow::amount).toList());
        assertEquals(List.of("", "1.01 ct", "Ideal", "G", "VS1", ""), rows.stream().map(WaterfallRow::value).toList());
        assertTrue(rows.get(0).total() && rows.get(5).total() && !rows.get(1).total());
        assertEquals(-87.4, rows.get(3).dollars(), 1e-9);

        List<String> warnings = p.warnings(a);
        assertEquals("Heavier than any stone the model learnt from (largest 5.01 ct), by 12 %: the price carries the"
                + " price per carat of the heaviest stones forward and the range is widened.", warnings.get(0));
        assertEquals("The depth 70 is outside the range of the data (43 to 69).", warnings.get(1));
        assertEquals("The engine's own words.", warnings.get(2), "a code without a text falls back to the engine's");

        assertEquals(List.of("1.02", "Premium", "H", "VS2", "62.1", "58.0", "$4,890"),
                p.comparables(a).get(0).cells());
        assertEquals("Dec 1, 2026", p.day(Instant.parse("2026-12-01T12:00:00Z")));
    }

    @Test
    void italianSaysItInItalianWithItalianNumbers() {
        AppraisalPresentation p = new AppraisalPresentation(new Messages(Locale.ITALIAN));
        Appraisal a = appraisal();
        assertEquals("1,01 ct, Ideal, colore G, purezza VS1", p.description(a.diamond()));
        assertEquals("Profondità 61,8 %, tavola 57,0 %, misure 6,43 × 6,47 × 3,99 mm", p.measurements(a.diamond()));
        assertEquals("$ 4.783", p.price(a));
        assertEquals("$ 4.500 – $ 5.100 (intervallo al 90 %)", p.range(a));
        assertEquals(List.of("purezza VS1 o migliore", "peso 1,00 ct o più"), p.pathSteps(a));

        List<WaterfallRow> rows = p.waterfall(a);
        assertEquals(List.of("Pietra tipica", "Carati", "Taglio", "Colore", "Purezza", "Questa pietra"),
                rows.stream().map(WaterfallRow::label).toList());
        assertEquals(List.of("$ 3.900", "+$ 800", "+$ 50", "−$ 87", "+$ 120", "$ 4.783"),
                rows.stream().map(WaterfallRow::amount).toList());
        assertEquals("1,01 ct", rows.get(1).value());

        List<String> warnings = p.warnings(a);
        assertTrue(warnings.get(0).startsWith("Più pesante di ogni pietra vista dal modello (massimo 5,01 ct), del 12 %"),
                warnings.get(0));
        assertEquals("Il valore profondità 70 è fuori dall'intervallo dei dati (43 – 69).", warnings.get(1));

        assertEquals(List.of("1,02", "Premium", "H", "VS2", "62,1", "58,0", "$ 4.890"),
                p.comparables(a).get(0).cells());
        assertEquals("Carati", p.comparableHeaders().get(0));
        assertEquals("1 dic 2026", p.day(Instant.parse("2026-12-01T12:00:00Z")));
    }

    @Test
    void anUnexplainedAppraisalHasNoPathNorWaterfall() {
        Appraisal a = appraisal();
        Appraisal plain = new Appraisal(a.diamond(), a.price(), a.range(), a.baseline(), List.of(), null, List.of(),
                List.of(), a.model());
        AppraisalPresentation p = new AppraisalPresentation(new Messages(Locale.ENGLISH));
        assertTrue(p.pathSteps(plain).isEmpty());
        assertTrue(p.pathLeaf(plain).isEmpty());
        assertTrue(p.waterfall(plain).isEmpty());
        assertTrue(p.warnings(plain).isEmpty());
    }
}
