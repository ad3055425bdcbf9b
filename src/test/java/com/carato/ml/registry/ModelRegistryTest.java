package com.carato.ml.registry;

import com.carato.domain.PricedStone;
import com.carato.ml.SyntheticStones;
import com.carato.ml.train.Trainer;
import com.carato.ml.train.TrainedModel;
import com.carato.ml.train.TrainingConfig;
import com.carato.ml.train.TrainingMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelRegistryTest {

    static List<PricedStone> stones;
    static TrainedModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        stones = SyntheticStones.generate(300, 11);
        model = new Trainer().train(stones, TrainingConfig.quick(), TrainingMonitor.NONE).model();
    }

    static Manifest manifest(String id) {
        return new Manifest(Manifest.FORMAT, id, Instant.parse("2026-11-29T08:00:00Z"), "challenger",
                new Manifest.DataFingerprint("abc", stones.size(), "synthetic"),
                new Manifest.Training(TrainingConfig.quick(), 10, 1, 100), null, BuildInfo.libraries(), Map.of());
    }

    @Test
    void aSavedBundleLoadsBackAndPricesTheSame() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        Manifest saved = registry.save(model, manifest("m1"));
        assertTrue(saved.files().get(ModelRegistry.MODEL_FILE).matches("[0-9a-f]{64}"));
        LoadedBundle loaded = registry.load("m1");
        assertEquals("m1", loaded.manifest().id());
        assertEquals(TrainingConfig.quick(), loaded.manifest().training().config(), "configuration with seed kept");
        for (PricedStone stone : stones.subList(0, 50)) {
            assertEquals(model.price(stone.diamond()), loaded.model().price(stone.diamond()), 0.0);
            var explained = loaded.model().appraise(stone.diamond(), loaded.ref());
            assertEquals(explained.price(), explained.contributionTotal(), 1.0, "contributions add up after loading");
            assertEquals(model.appraise(stone.diamond(), loaded.ref()).baseline(), explained.baseline(), 1e-9);
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".tmp-")), "no temporary folder left");
        }
    }

    @Test
    void aCorruptModelFileIsRefusedNamingTheFile() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        Path file = dir.resolve("m1").resolve(ModelRegistry.MODEL_FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        BundleException e = assertThrows(BundleException.class, () -> registry.load("m1"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void aPartialBundleIsRefused() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        Files.delete(dir.resolve("m1").resolve(ModelRegistry.MODEL_FILE));
        BundleException e = assertThrows(BundleException.class, () -> registry.load("m1"));
        assertTrue(e.getMessage().contains("missing (partial bundle)"), e.getMessage());
    }

    @Test
    void aBundleOfAnotherSmileVersionIsRefused() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        Path manifestFile = dir.resolve("m1").resolve(ModelRegistry.MANIFEST_FILE);
        String text = Files.readString(manifestFile).replace("\"smile\" : \"" + BuildInfo.smileVersion() + "\"",
                "\"smile\" : \"2.6.0\"");
        Files.writeString(manifestFile, text);
        BundleException e = assertThrows(BundleException.class, () -> registry.load("m1"));
        assertTrue(e.getMessage().contains("trained with Smile 2.6.0"), e.getMessage());
    }

    @Test
    void anUnreadableManifestIsRefusedNamingTheFile() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        Path manifestFile = dir.resolve("m1").resolve(ModelRegistry.MANIFEST_FILE);
        Files.writeString(manifestFile, "{ not json");
        BundleException e = assertThrows(BundleException.class, () -> registry.load("m1"));
        assertTrue(e.getMessage().startsWith(manifestFile.toString()), e.getMessage());
    }

    @Test
    void promotionAndRollbackAreLoggedAndTheLogDecidesTheChampion() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        registry.save(model, manifest("m2"));
        assertEquals(Optional.empty(), registry.champion());
        registry.promote("m1", "test", "first", Map.of("mape", 7.0));
        registry.promote("m2", "test", "better", Map.of("mape", 6.5));
        assertEquals(Optional.of("m2"), registry.champion());
        RegistryEvent back = registry.rollback(null, "test");
        assertEquals("m1", back.id());
        assertEquals("m2", back.previous());
        assertEquals(Optional.of("m1"), registry.champion());
        List<String> actions = registry.events().stream().map(RegistryEvent::action).toList();
        assertEquals(List.of("trained", "trained", "promoted", "promoted", "rolled-back"), actions);
        List<Manifest> listed = registry.list();
        assertEquals(List.of("champion", "retired"), listed.stream().map(Manifest::status).toList());
    }

    @Test
    void aTornLastLogLineFromACrashIsIgnored() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        registry.promote("m1", "test", "first", Map.of());
        Files.writeString(dir.resolve(ModelRegistry.LOG_FILE), "{\"time\":\"2026-11-29T09:00:00Z\",\"action\":\"prom",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(Optional.of("m1"), registry.champion());
    }

    @Test
    void theNextEventAfterATornLineIsNotLost() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        registry.save(model, manifest("m2"));
        registry.promote("m1", "test", "first", Map.of());
        Files.writeString(dir.resolve(ModelRegistry.LOG_FILE), "{\"time\":\"2026-11-29T09:00:00Z\",\"action\":\"prom",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        registry.promote("m2", "test", "after the crash", Map.of());
        assertEquals(Optional.of("m2"), registry.champion(), "the promotion after a torn line counts");
        registry.rollback(null, "test");
        assertEquals(Optional.of("m1"), registry.champion(), "and the log stays readable");
        assertTrue(Files.readString(dir.resolve(ModelRegistry.LOG_FILE)).lines().allMatch(l -> l.endsWith("}")));
    }

    @Test
    void aCrashBeforeTheMoveLeavesNoBundle() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        // what a crash mid-save leaves: a hidden temporary folder with part of a bundle
        Path temp = Files.createDirectories(dir.resolve(".tmp-m9"));
        Files.write(temp.resolve(ModelRegistry.MODEL_FILE), new byte[] {1, 2, 3});
        assertTrue(registry.list().isEmpty(), "a half-written bundle is not listed");
        assertThrows(BundleException.class, () -> registry.load(".tmp-m9"));
        registry.save(model, manifest("m9"));
        assertFalse(Files.exists(temp), "the leftover is cleaned by the next save of that id");
    }

    @Test
    void rollbackWithoutEarlierChampionSaysSo() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        registry.promote("m1", "test", "first", Map.of());
        BundleException e = assertThrows(BundleException.class, () -> registry.rollback(null, "test"));
        assertTrue(e.getMessage().contains("nothing to roll back to"), e.getMessage());
    }

    @Test
    void aFailureBetweenTheMoveAndTheLogLineTakesTheBundleBackOut() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir, point -> {
            if (point.equals("bundle-moved")) {
                throw new java.io.IOException("simulated failure");
            }
        });
        assertThrows(java.io.IOException.class, () -> registry.save(model, manifest("m1")));
        assertFalse(Files.exists(dir.resolve("m1")), "not logged, so not left in the registry");
        assertTrue(registry.list().isEmpty());
    }

    @Test
    void aBundleTheLogNeverMentionedIsListedAsUnloggedAndIsNotChampion() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        registry.promote("m1", "test", "first", Map.of());
        // what a kill between the move and the log line leaves: a complete bundle the log does not know
        ModelRegistry other = new ModelRegistry(dir.resolve("elsewhere"));
        other.save(model, manifest("m2"));
        Files.move(dir.resolve("elsewhere").resolve("m2"), dir.resolve("m2"));
        assertEquals(List.of("champion", com.carato.domain.ModelStatus.UNLOGGED.code()), registry.list().stream().map(Manifest::status).toList());
        assertEquals(Optional.of("m1"), registry.champion());
    }

    @Test
    void aManifestWithoutASnapshotFieldStillLoads() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        Path manifestFile = dir.resolve("m1").resolve(ModelRegistry.MANIFEST_FILE);
        String text = Files.readString(manifestFile);
        assertTrue(text.contains("\"snapshot\" : null"), text);
        Files.writeString(manifestFile, text.replace("\"snapshot\" : null,", "").replace(",\n    \"snapshot\" : null", ""));
        assertFalse(Files.readString(manifestFile).contains("snapshot"));
        assertEquals(null, registry.load("m1").manifest().data().snapshot());
    }
    @Test
    void theTornBytesAreKeptBesideTheLogWhenTheNextWriterRepairsIt() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        registry.save(model, manifest("m2"));
        registry.promote("m1", "test", "first", Map.of());
        String torn = "{\"time\":\"2026-11-29T09:00:00Z\",\"action\":\"prom";
        Files.writeString(dir.resolve(ModelRegistry.LOG_FILE), torn, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertTrue(new FolderChampionLog(dir, WriteHook.NONE).read().tornTail(), "a reader sees the torn tail");
        assertTrue(Files.readString(dir.resolve(ModelRegistry.LOG_FILE)).endsWith(torn), "readers do not repair");
        registry.promote("m2", "test", "after the crash", Map.of());
        assertEquals(torn + "\n", Files.readString(dir.resolve(FolderChampionLog.TORN_FILE)), "torn bytes kept, not lost");
        FolderChampionLog.Reading reading = new FolderChampionLog(dir, WriteHook.NONE).read();
        assertFalse(reading.tornTail());
        assertEquals(List.of(), reading.skipped());
        assertEquals(List.of("trained", "trained", "promoted", "promoted"),
                reading.events().stream().map(RegistryEvent::action).toList());
    }

    @Test
    void aDamagedMiddleLineIsSkippedAndTheRestStaysReadable() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        registry.save(model, manifest("m2"));
        registry.promote("m1", "test", "first", Map.of());
        Path log = dir.resolve(ModelRegistry.LOG_FILE);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
        lines.add(1, "garbage that is not json");
        lines.add(2, "{\"time\":\"2026-11-29T09:00:00Z\",\"action\":\"promoted\",\"id\":\"../etc\"}");
        Files.write(log, lines);
        FolderChampionLog.Reading reading = new FolderChampionLog(dir, WriteHook.NONE).read();
        assertEquals(2, reading.skipped().size(), reading.skipped().toString());
        assertTrue(reading.skipped().get(0).contains(log + " line 2"), reading.skipped().get(0));
        assertTrue(reading.skipped().get(1).contains("not a model id"), reading.skipped().get(1));
        assertEquals(Optional.of("m1"), registry.champion(), "the damaged lines change nothing");
        registry.promote("m2", "test", "still writable", Map.of());
        assertEquals(Optional.of("m2"), registry.champion());
    }

    @Test
    void appendsGoToTheEndEvenWhenAnotherWriterGrewTheFile() throws Exception {
        ModelRegistry first = new ModelRegistry(dir);
        ModelRegistry second = new ModelRegistry(dir);
        first.save(model, manifest("m1"));
        second.save(model, manifest("m2"));
        first.promote("m1", "a", "first", Map.of());
        second.promote("m2", "b", "second", Map.of());
        first.rollback(null, "a");
        List<String> lines = Files.readAllLines(dir.resolve(ModelRegistry.LOG_FILE));
        assertEquals(5, lines.size(), lines.toString());
        assertEquals(List.of("m1", "m2", "m1", "m2", "m1"),
                first.events().stream().map(RegistryEvent::id).toList());
    }

    @Test
    void idsThatLeaveTheRegistryAreRefusedWithAClearMessage() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        for (String bad : List.of("../x", "a/b", ".tmp-m1", "snapshots", "", "m1\n", "a b", "..")) {
            BundleException e = assertThrows(BundleException.class, () -> registry.promote(bad, "t", "r", Map.of()),
                    bad);
            assertTrue(e.getMessage().startsWith("not a model id"), e.getMessage());
            assertThrows(BundleException.class, () -> registry.load(bad), bad);
            assertThrows(BundleException.class, () -> registry.rollback(bad, "t"), bad);
        }
        assertThrows(BundleException.class, () -> registry.save(model, manifest("../escape")));
        assertFalse(Files.exists(dir.getParent().resolve("escape")));
        assertTrue(ModelIds.isValid("20261129-080000-3f2a9c1b-2"));
    }

    @Test
    void rollbackGoesOnlyToAnEarlierChampion() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        registry.save(model, manifest("m2"));
        registry.save(model, manifest("m3"));
        registry.promote("m1", "test", "first", Map.of());
        registry.keep("m3", "test", "rule: worse", Map.of());
        registry.promote("m2", "test", "second", Map.of());
        BundleException challenger = assertThrows(BundleException.class, () -> registry.rollback("m3", "test"));
        assertTrue(challenger.getMessage().contains("cannot roll back to m3: it was never champion"),
                challenger.getMessage());
        BundleException current = assertThrows(BundleException.class, () -> registry.rollback("m2", "test"));
        assertTrue(current.getMessage().contains("is the champion already"), current.getMessage());
        // a complete bundle the log never mentioned
        ModelRegistry other = new ModelRegistry(dir.resolve("elsewhere"));
        other.save(model, manifest("m4"));
        Files.move(dir.resolve("elsewhere").resolve("m4"), dir.resolve("m4"));
        assertThrows(BundleException.class, () -> registry.rollback("m4", "test"));
        BundleException unlogged = assertThrows(BundleException.class, () -> registry.promote("m4", "t", "r", Map.of()));
        assertTrue(unlogged.getMessage().contains("not in the registry log"), unlogged.getMessage());
        assertEquals(Optional.of("m2"), registry.champion(), "nothing was written");
        assertEquals("m1", registry.rollback("m1", "test").id());
    }

    @Test
    void aPromotionWhoseExpectedChampionNoLongerHoldsIsRefusedAndWritesNothing() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model, manifest("m1"));
        registry.save(model, manifest("m2"));
        registry.save(model, manifest("m3"));
        registry.promote("m1", "test", "first", Map.of());
        String seen = registry.champion().orElseThrow();
        new ModelRegistry(dir).promote("m2", "other", "meanwhile", Map.of());
        long lines = Files.readAllLines(dir.resolve(ModelRegistry.LOG_FILE)).size();
        ChampionChangedException e = assertThrows(ChampionChangedException.class,
                () -> registry.promoteIf("m3", seen, "test", "retrain", Map.of()));
        assertTrue(e.getMessage().contains("the champion changed from m1 to m2"), e.getMessage());
        assertThrows(ChampionChangedException.class, () -> registry.keepIf("m3", seen, "test", "retrain", Map.of()));
        assertEquals(lines, Files.readAllLines(dir.resolve(ModelRegistry.LOG_FILE)).size(), "nothing appended");
        assertEquals("m3", registry.promoteIf("m3", "m2", "test", "retrain", Map.of()).id());
        assertEquals("m2", registry.events().get(registry.events().size() - 1).previous());
    }
}
