package com.carato.register;

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
import com.carato.domain.RoundStones;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Appraisals with every part filled in (path, contributions, comparables, warnings), for register tests. */
public final class RegisterFixtures {

    static final Instant MODEL_TIME = Instant.parse("2026-11-30T09:15:00Z");

    private RegisterFixtures() {
    }

    public static Appraisal appraisal(double carat, double price, String modelId) {
        Diamond stone = RoundStones.of(carat, Cut.IDEAL, Color.G, Clarity.VS1, 57);
        double baseline = price * 0.6;
        List<Contribution> contributions = List.of(
                new Contribution("carat", String.valueOf(carat), price * 0.3),
                new Contribution("color", "G", price * 0.07),
                new Contribution("clarity", "VS1", price * 0.03));
        DecisionPath path = new DecisionPath(List.of(
                new PathStep("carat", "> 0.995", "number", List.of("0.995")),
                new PathStep("clarity", "VS1 or better", "grades", List.of("VS1", "VVS2", "VVS1", "IF"))),
                price * 1.01, 42, price * 0.9, price * 1.1);
        Diamond other = RoundStones.of(carat + 0.01, Cut.PREMIUM, Color.G, Clarity.VS2, 58);
        List<ComparableStone> comparables = List.of(new ComparableStone(new PricedStone(other, price * 0.98), 0.12));
        List<AppraisalWarning> warnings = List.of(new AppraisalWarning("weight-size",
                "weight and size disagree by 12 %", List.of("12")));
        return new Appraisal(stone, price, new PriceRange(price * 0.85, price * 1.17, 0.9), baseline,
                contributions, path, comparables, warnings, new ModelRef(modelId, MODEL_TIME));
    }

    public static NewEntry entry(String salesperson, String client, double carat, double price) {
        return NewEntry.of("counter-1", salesperson, client, Locale.ENGLISH, null,
                appraisal(carat, price, "20261130-091500-58014d2f"));
    }
}
