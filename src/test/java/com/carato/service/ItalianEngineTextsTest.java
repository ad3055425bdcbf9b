package com.carato.service;

import com.carato.domain.EngineTexts;
import com.carato.domain.Message;
import com.carato.domain.ProgressStage;
import com.carato.domain.RetrainProblem;
import com.carato.ml.registry.ModelRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end in Italian: every progress stage, problem and verdict reason a real retrain (a file with
 * rejected rows) and a refused one (too few new stones, a missing file) hand over is rendered in Italian with no English word.
 */
class ItalianEngineTextsTest {

    /** Words that only an English sentence of the engine would contain. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|of|stones?|rounds|folds|model|models|validating|validated|reading|saving|saved|comparing"
                    + "|training|trees|only|need|new|band|worsens|point|limit|ok|too|much|worse|kept|promoted)\\b");

    @TempDir
    Path dir;

    @Test
    void aRetrainWithRejectedRowsAndARefusedOneSpeakItalianEndToEnd() throws Exception {
        Path models = RegistryFixture.championRegistry(dir.resolve("models"));
        Path fresh = FreshStones.write(dir.resolve("inbox").resolve("fresh.csv"), RetrainerTest.FRESH, 42);
        List<Message> said = new ArrayList<>();
        Progress collect = new Progress() {
            @Override
            public void update(Message stage, double fraction) {
                said.add(stage);
            }
        };
        Retrainer retrainer = Retrainer.quick(models, new ActiveModel(), new PromotionRule(0, 0, 1, 10));
        RetrainResult result = retrainer.run(List.of(fresh), "test", false, collect);
        assertTrue(result.trained(), "the retrain trained a challenger");
        assertTrue(result.validation().rejectedRows() > 0, "the file has rejected rows");
        said.addAll(result.comparison().verdict().reasons());
        assertTrue(new ModelRegistry(models).champion().isPresent());

        // too few new stones and a missing file: refused before training
        Path few = FreshStones.write(dir.resolve("few.csv"), 20, 7);
        RetrainResult refused = retrainer.run(List.of(few, dir.resolve("missing.csv")), "test", false, collect);
        assertFalse(refused.trained());
        said.addAll(refused.validation().problems());

        Set<Object> codes = new java.util.HashSet<>();
        said.forEach(m -> codes.add(m.code()));
        assertTrue(codes.contains(ProgressStage.CROSS_VALIDATION), "training reported its folds: " + codes);
        assertTrue(codes.contains(ProgressStage.COMPARING), codes.toString());
        assertTrue(codes.contains(RetrainProblem.TOO_FEW_HELD_OUT), codes.toString());
        assertTrue(codes.contains(RetrainProblem.FILE_NOT_READ), codes.toString());

        EngineTexts italian = EngineTexts.of(Locale.ITALIAN);
        for (Message m : said) {
            String text = italian.render(m);
            assertNotEquals(m.english(), text, "translated: " + m.code().code());
            if (m.code() == RetrainProblem.FILE_NOT_READ) {
                // the file-level detail comes from the CSV reader, still in English (no FileProblem codes yet)
                assertTrue(text.startsWith("non letto: "), text);
                continue;
            }
            assertFalse(ENGLISH.matcher(text).find(), "English left in Italian: " + text);
        }
        assertEquals("validazione incrociata, 3 parti: 100 iterazioni",
                italian.render(ProgressStage.CROSS_VALIDATION.with(3, 100)));
    }
}
