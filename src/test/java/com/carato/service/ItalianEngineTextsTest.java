package com.carato.service;

import com.carato.domain.EngineTexts;
import com.carato.domain.FieldProblem;
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
 * End to end in Italian: every progress stage, problem, verdict reason and row reason a real retrain (a file
 * with rejected rows of each kind: negative weight, unknown cut, price 1e400, weight and size apart, …) and a refused one (too few new stones, a missing file) hand over is rendered in Italian with no English word.
 */
class ItalianEngineTextsTest {

    /** Words that only an English sentence of the engine would contain (column names such as price are the file's own words). */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|of|stones?|rounds|folds|model|models|validating|validated|reading|saving|saved|comparing"
                    + "|training|trees|only|need|new|band|worsens|point|limit|ok|too|much|worse|kept|promoted|missing|value|number|weight|size|disagrees|implies|check|grades|valid|unknown"
                    + "|duplicate|line|fields|header|finite|negative|percentage|got|apart|points|tolerance)\\b");

    @TempDir
    Path dir;

    @Test
    void aRetrainWithRejectedRowsAndARefusedOneSpeakItalianEndToEnd() throws Exception {
        Path models = RegistryFixture.championRegistry(dir.resolve("models"));
        Path fresh = FreshStones.write(dir.resolve("inbox").resolve("fresh.csv"), RetrainerTest.FRESH, 42);
        // rows the reader rejects, one per kind a shop's file has (columns: carat,cut,color,clarity,depth,table,price,x,y,z)
        java.nio.file.Files.writeString(fresh, String.join("\n",
                "-1,Ideal,G,VS1,61.5,55,3000,6.4,6.44,3.97",
                "0.5,Superb,G,VS1,61.5,55,1500,5.1,5.12,3.15",
                "0.5,Ideal,G,VS1,61.5,55,1e400,5.1,5.12,3.15",
                "5.0,Ideal,G,VS1,62.5,56,9000,4.0,4.0,2.5",
                "about 1,Ideal,G,VS1,61.5,55,,5.1,5.12,3.15",
                "0.5,Ideal,G",
                "0.5,Ideal,G,VS1,61.5,55,1500,5.1,5.12,3.15",
                "0.5,Ideal,G,VS1,61.5,55,1500,5.1,5.12,3.15",
                "1.0,Ideal,G,VS1,70.4,55,6000,6.0,5.73,4.13",
                "1.0,Ideal,G,VS1,55,55,6100,6.44,6.4,3.97") + "\n", java.nio.file.StandardOpenOption.APPEND);
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
        // every reason given for a row (rejected, or flagged: warnings and duplicates), as the Data screen and
        // the wizard's validation page show them
        List<com.carato.domain.FieldError> rowReasons = new ArrayList<>();
        result.validation().files().forEach(f -> f.report().rows().forEach(r -> rowReasons.addAll(r.said())));
        rowReasons.forEach(e -> said.add(e.problem()));
        assertTrue(new ModelRegistry(models).champion().isPresent());

        // too few new stones and a missing file: refused before training
        Path few = FreshStones.write(dir.resolve("few.csv"), 20, 7);
        RetrainResult refused = retrainer.run(List.of(few, dir.resolve("gone.csv")), "test", false, collect);
        assertFalse(refused.trained());
        said.addAll(refused.validation().problems());

        Set<Object> codes = new java.util.HashSet<>();
        said.forEach(m -> codes.add(m.code()));
        assertTrue(codes.contains(ProgressStage.CROSS_VALIDATION), "training reported its folds: " + codes);
        assertTrue(codes.contains(ProgressStage.COMPARING), codes.toString());
        assertTrue(codes.contains(RetrainProblem.TOO_FEW_HELD_OUT), codes.toString());
        assertTrue(codes.contains(RetrainProblem.FILE_NOT_READ), codes.toString());
        for (FieldProblem p : List.of(FieldProblem.WEIGHT_NOT_POSITIVE, FieldProblem.UNKNOWN_GRADE,
                FieldProblem.NOT_FINITE, FieldProblem.WEIGHT_SIZE_MISMATCH, FieldProblem.NOT_A_NUMBER,
                FieldProblem.MISSING_VALUE, FieldProblem.FIELD_COUNT, FieldProblem.DUPLICATE,
                FieldProblem.DEPTH_DISAGREES, FieldProblem.WEIGHT_SIZE_OFF)) {
            assertTrue(codes.contains(p), "the file's rows gave " + p.code() + ": " + codes);
        }

        EngineTexts italian = EngineTexts.of(Locale.ITALIAN);
        for (Message m : said) {
            String text = italian.render(m);
            assertNotEquals(m.english(), text, "translated: " + m.code().code());
            if (m.code() == RetrainProblem.FILE_NOT_READ) {
                assertEquals("non letto: " + dir.resolve("gone.csv") + ": file non trovato", text);
            }
            assertFalse(ENGLISH.matcher(text).find(), "English left in Italian: " + text);
        }
        assertTrue(rowReasons.stream().anyMatch(e -> e.field().equals("price")
                && italian.render(e.problem()).equals("numero fuori scala: '1e400'")), rowReasons.toString());
        assertTrue(rowReasons.stream().anyMatch(e -> italian.render(e.problem()).equals("il peso di 5,00 ct non"
                + " concorda con le misure 4,00 × 4,00 × 2,50 mm, che danno circa 0,24 ct (oltre il 20 % di scarto):"
                + " controllare il peso e x, y, z")), rowReasons.toString());
        assertEquals("validazione incrociata, 3 parti: 100 iterazioni",
                italian.render(ProgressStage.CROSS_VALIDATION.with(3, 100)));
    }

    @Test
    void theModelHistorySaysWhyInItalianAndInEnglishOnTheCommandLine() throws Exception {
        Path models = RegistryFixture.championRegistry(dir.resolve("models"));
        RegistryServices services = RegistryServices.quick(models, new PromotionRule(0, 0, 1, 10));
        // a person keeps the champion with a note, then a headless retrain leaves a candidate, a person
        // promotes it by hand, then rolls back
        try (RetrainSession session = services.retrainer().open(
                List.of(FreshStones.write(dir.resolve("a.csv"), RetrainerTest.FRESH, 1)), "test")) {
            session.validate(Progress.NONE);
            session.train(Progress.NONE);
            session.keep("aspettiamo lunedì");
        }
        RetrainResult candidate = services.retrainer().run(
                List.of(FreshStones.write(dir.resolve("b.csv"), RetrainerTest.FRESH, 2)), "test", false, Progress.NONE);
        assertEquals(RetrainDecision.Outcome.CANDIDATE, candidate.decision().outcome());
        services.models().promote(candidate.decision().challengerId(), null);
        services.models().rollback(null);

        List<ModelEvent> history = services.models().history();
        List<String> actions = history.stream().map(ModelEvent::action).toList();
        assertTrue(actions.containsAll(List.of("trained", "promoted", "kept", "rolled-back")), actions.toString());
        com.carato.app.ui.common.Messages it = new com.carato.app.ui.common.Messages(Locale.ITALIAN);
        com.carato.app.ui.common.Messages en = new com.carato.app.ui.common.Messages(Locale.ENGLISH);
        for (ModelEvent e : history) {
            assertFalse(e.said().isEmpty(), "every entry says why in codes: " + e);
            assertEquals(e.reason(), en.why(e), "the English words are the codes rendered in English");
            String italian = it.why(e).replaceAll("carato models promote \\S+ --models \\S+", "");
            assertFalse(ENGLISH.matcher(italian).find(), "English left in the Italian history: " + italian);
        }
        String kept = it.why(history.stream().filter(e -> e.action().equals("kept")).findFirst().orElseThrow());
        assertTrue(kept.startsWith("nota: aspettiamo lunedì; mantenuto da "), kept);
        assertTrue(kept.contains("; la regola dice di promuovere; MAPE "), kept);
        assertEquals("primo modello di questo registro", it.why(history.stream()
                .filter(e -> e.action().equals("promoted")).findFirst().orElseThrow()));
        assertEquals("ritorno a un modello precedente", it.why(history.get(history.size() - 1)));
        assertTrue(history.get(history.size() - 1).reason().equals("rollback"), "the CLI keeps its English");

        // the codes survive a reread of the log by another process
        List<ModelEvent> reread = RegistryServices.open(models).models().history();
        assertEquals(history.stream().map(ModelEvent::said).toList(), reread.stream().map(ModelEvent::said).toList());
    }

    @Test
    void whatIsWrongWithAWholeFileIsSaidInItalian() throws Exception {
        EngineTexts italian = EngineTexts.of(Locale.ITALIAN);
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("empty.csv", "");
        files.put("pipes.csv", "carat|cut|color|clarity|depth|table|x|y|z|price\n");
        files.put("no-clarity.csv", "carat,cut,color,depth,table,x,y,z,price\n");
        files.put("twice.csv", "carat,cut,cut,color,clarity,depth,table,x,y,z,price\n");
        List<com.carato.domain.FileProblem> seen = new ArrayList<>();
        for (var f : files.entrySet()) {
            Path file = java.nio.file.Files.writeString(dir.resolve(f.getKey()), f.getValue());
            var e = org.junit.jupiter.api.Assertions.assertThrows(com.carato.data.DataFileException.class,
                    () -> new com.carato.data.StoneCsvReader(com.carato.data.PriceRule.REQUIRED).read(file));
            seen.add((com.carato.domain.FileProblem) e.problem().code());
            assertEquals(e.getMessage(), e.problem().english(), "the exception says it in English");
            String text = italian.render(e.problem());
            assertTrue(text.startsWith(file + ": "), text);
            assertFalse(ENGLISH.matcher(text.substring(file.toString().length())).find(), "English left: " + text);
        }
        assertEquals(List.of(com.carato.domain.FileProblem.EMPTY, com.carato.domain.FileProblem.ONE_COLUMN,
                com.carato.domain.FileProblem.MISSING_COLUMN, com.carato.domain.FileProblem.DUPLICATE_COLUMN), seen);
        assertEquals(dir.resolve("no-clarity.csv") + ": riga 1: manca la colonna obbligatoria clarity"
                + " (l'intestazione ha: carat, cut, color, depth, table, x, y, z, price)",
                italian.render(assertThrowsFile(dir.resolve("no-clarity.csv"))));
        assertEquals(dir.resolve("nowhere.csv") + ": file non trovato",
                italian.render(assertThrowsFile(dir.resolve("nowhere.csv"))));
    }

    private static Message assertThrowsFile(Path file) {
        return org.junit.jupiter.api.Assertions.assertThrows(com.carato.data.DataFileException.class,
                () -> new com.carato.data.StoneCsvReader(com.carato.data.PriceRule.REQUIRED).read(file)).problem();
    }
}
