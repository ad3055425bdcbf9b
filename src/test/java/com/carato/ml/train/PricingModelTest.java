package com.carato.ml.train;

import com.carato.domain.Appraisal;
import com.carato.domain.Contribution;
import com.carato.domain.Diamond;
import com.carato.domain.Metrics;
import com.carato.domain.ModelRef;
import com.carato.domain.PricedStone;
import com.carato.ml.Features;
import com.carato.ml.SmileFrames;
import com.carato.ml.SyntheticStones;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import smile.data.Tuple;
import smile.data.type.StructType;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trained engine on a synthetic fixture: accuracy sanity, exact SHAP, additivity, determinism. */
class PricingModelTest {

    static List<PricedStone> stones;
    static Trainer.Result result;
    static final ModelRef REF = new ModelRef("test", Instant.EPOCH);

    @BeforeAll
    static void train() {
        stones = SyntheticStones.generate(600, 42);
        result = new Trainer().train(stones, TrainingConfig.quick(), TrainingMonitor.NONE);
    }

    @Test
    void learnsTheSyntheticPriceLaw() {
        List<PricedStone> unseen = SyntheticStones.generate(200, 43);
        double[] actual = unseen.stream().mapToDouble(PricedStone::price).toArray();
        double[] predicted = unseen.stream().mapToDouble(s -> result.model().price(s.diamond())).toArray();
        Metrics m = Metrics.of(actual, predicted);
        // the noise alone is 8 % (log-normal), so a sound model lands near it, a broken one far off
        assertTrue(m.mape() < 12, "MAPE on unseen synthetic stones: " + m);
        assertTrue(m.r2() > 0.9, "R2 " + m);
        assertTrue(result.trees() >= 1 && result.trees() <= TrainingConfig.quick().maxTrees());
    }

    @Test
    void flatForestAgreesWithSmile() {
        PricingModel pricing = result.model().pricing();
        StructType schema = SmileFrames.frame(List.of(stones.get(0).diamond()), null).schema();
        double scale = pricing.boost().trees().length * TrainingConfig.quick().shrinkage();
        for (PricedStone stone : stones.subList(0, 100)) {
            Diamond d = stone.diamond();
            Tuple row = SmileFrames.tuple(d, schema);
            double[] x = Features.tree(d);
            assertEquals(pricing.boost().predict(row), pricing.forest().predict(x), 1e-9, "prediction of " + d);
            double[] smile = pricing.boost().shap(row);
            double[] flat = pricing.forest().shap(x);
            for (int j = 0; j < flat.length; j++) {
                assertEquals(smile[j] * scale, flat[j], 1e-9, "SHAP of feature " + Features.TREE_NAMES.get(j));
            }
            double sum = pricing.forest().expected();
            for (double v : flat) {
                sum += v;
            }
            assertEquals(pricing.forest().predict(x), sum, 1e-9, "TreeSHAP local accuracy for " + d);
        }
    }

    @Test
    void dollarContributionsAddUpToThePrice() {
        for (PricedStone stone : stones.subList(0, 200)) {
            Appraisal a = result.model().appraise(stone.diamond(), REF);
            assertEquals(a.price(), a.contributionTotal(), 1.0, "baseline + contributions must equal the price");
            assertEquals(result.model().price(stone.diamond()), a.price(), a.price() * 1e-9,
                    "the explained price is the model's price");
            assertEquals(Features.CHARACTERISTICS,
                    a.contributions().stream().map(Contribution::characteristic).toList());
        }
    }

    @Test
    void heavierStonesGetPositiveCaratContribution() {
        Diamond small = stones.stream().map(PricedStone::diamond).filter(d -> d.carat() < 0.3).findFirst().orElseThrow();
        Diamond big = stones.stream().map(PricedStone::diamond).filter(d -> d.carat() > 1.5).findFirst().orElseThrow();
        double smallCarat = result.model().appraise(small, REF).contributions().get(Features.CARAT).dollars();
        double bigCarat = result.model().appraise(big, REF).contributions().get(Features.CARAT).dollars();
        assertTrue(smallCarat < 0, "a small stone's weight lowers its price: " + smallCarat);
        assertTrue(bigCarat > 0, "a big stone's weight raises its price: " + bigCarat);
    }

    @Test
    void sameDataAndSeedGiveTheSameModel() {
        Trainer.Result again = new Trainer().train(stones, TrainingConfig.quick(), TrainingMonitor.NONE);
        assertEquals(result.trees(), again.trees());
        double[] first = stones.stream().mapToDouble(s -> result.model().price(s.diamond())).toArray();
        double[] second = stones.stream().mapToDouble(s -> again.model().price(s.diamond())).toArray();
        assertArrayEquals(first, second, 0.0);
    }

    @Test
    void cancellationStopsTraining() {
        TrainingMonitor cancelled = new TrainingMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> new Trainer().train(stones, TrainingConfig.quick(), cancelled));
    }
}
