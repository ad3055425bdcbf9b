package com.carato.ml.registry;

import com.carato.ml.explain.RangeRule;
import com.carato.ml.train.TrainingConfig;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The range rule travels in the manifest's training configuration; older manifests lack it. */
class TrainingConfigJsonTest {

    @Test
    void theRangeRuleIsRecordedAndReadBack() throws Exception {
        TrainingConfig config = TrainingConfig.quick().withRangeRule(new RangeRule(RangeRule.Shape.SYMMETRIC, 0.5));
        String json = Json.MAPPER.writeValueAsString(config);
        assertTrue(json.contains("\"rangeRule\""), json);
        assertTrue(json.contains("\"SYMMETRIC\""), json);
        assertEquals(config, Json.MAPPER.readValue(json, TrainingConfig.class));
    }

    @Test
    void aManifestWrittenBeforeTheRuleWasRecordedReadsAsTheRuleItWasCalibratedWith() throws Exception {
        ObjectNode node = Json.MAPPER.valueToTree(TrainingConfig.quick().withRangeRule(
                new RangeRule(RangeRule.Shape.SHORTEST, 0)));
        node.remove("rangeRule");
        String old = Json.MAPPER.writeValueAsString(node);
        assertFalse(old.contains("rangeRule"));
        TrainingConfig read = Json.MAPPER.readValue(old, TrainingConfig.class);
        assertEquals(RangeRule.LEGACY, read.rangeRule());
        assertEquals(TrainingConfig.quick().maxDepth(), read.maxDepth());
    }
}
