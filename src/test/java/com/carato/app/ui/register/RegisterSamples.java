package com.carato.app.ui.register;

import com.carato.app.ui.appraise.StoneAppraiser;
import com.carato.domain.Appraisal;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.ModelRef;
import com.carato.domain.PriceRange;
import com.carato.domain.RoundStones;
import com.carato.register.AppraisalRegister;
import com.carato.register.NewEntry;
import com.carato.register.RegisterEntry;
import com.carato.register.RegisterFixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** A shop's register of a November: twenty appraisals by three salespeople at two counters, one voided. */
final class RegisterSamples {

    static final String[] SALESPEOPLE = {"Anna Ferri", "Bruno Costa", "Giulia Neri"};
    private static final Cut[] CUTS = {Cut.IDEAL, Cut.PREMIUM, Cut.VERY_GOOD, Cut.GOOD};
    private static final Color[] COLORS = {Color.D, Color.E, Color.F, Color.G, Color.H, Color.I, Color.J};
    private static final Clarity[] CLARITIES = {Clarity.IF, Clarity.VVS1, Clarity.VVS2, Clarity.VS1, Clarity.VS2,
            Clarity.SI1, Clarity.SI2};

    private RegisterSamples() {
    }

    /** The register fixtures' appraisal of a stone (a fixed explanation, no model needed). */
    static Appraisal fixture(Diamond stone) {
        return RegisterFixtures.appraisal(stone.carat(), Math.round(4_200 * Math.pow(stone.carat(), 1.7)),
                "20261130-091500-58014d2f");
    }

    /**
     * Records twenty entries appraised by {@code appraise}, oldest first, the fifth voided; returns
     * them as recorded.
     */
    static List<RegisterEntry> fill(AppraisalRegister register, Function<Diamond, Appraisal> appraise) {
        List<RegisterEntry> recorded = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double carat = 0.3 + (i * 37 % 23) / 10.0;
            Diamond stone = RoundStones.of(carat, CUTS[i % CUTS.length], COLORS[i * 3 % COLORS.length],
                    CLARITIES[i * 5 % CLARITIES.length], 57);
            Instant at = LocalDate.of(2026, 11, 2 + i).atTime(9 + i % 8, 5 * (i % 12))
                    .atZone(ZoneId.systemDefault()).toInstant();
            String day = LocalDate.of(2026, 11, 2 + i).toString().replace("-", "");
            recorded.add(register.record(new NewEntry(UUID.randomUUID(), at, i % 2 == 0 ? "front-desk" : "salon",
                    SALESPEOPLE[i % 3], i % 3 == 2 ? null : "C-" + (1000 + i * 7),
                    i % 2 == 0 ? Locale.ENGLISH : Locale.ITALIAN, "CA-" + day + "-00" + (1 + i % 3),
                    appraise.apply(stone))));
        }
        RegisterEntry voided = register.voidEntry(recorded.get(4).number(), "Giulia Neri",
                "client gave the wrong weight; appraised again as no. " + recorded.get(5).number());
        recorded.set(4, voided);
        return recorded;
    }

    /** Today's model: what {@code base} says, 4 % dearer, under another model id. */
    static StoneAppraiser dearer(Function<Diamond, Appraisal> base) {
        return new StoneAppraiser() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public Appraisal appraise(Diamond stone) {
                Appraisal a = base.apply(stone);
                double f = 1.04;
                return new Appraisal(a.diamond(), a.price() * f, new PriceRange(a.range().low() * f,
                        a.range().high() * f, a.range().coverage()), a.baseline(), a.contributions(), a.path(),
                        a.comparables(), a.warnings(), new ModelRef("20261201-080000-c0ffee12",
                        Instant.parse("2026-12-01T08:00:00Z")));
            }
        };
    }
}
