package com.carato.service;

import com.carato.data.ImportReport;
import com.carato.data.RejectedRows;
import com.carato.ml.registry.ModelRegistry;
import com.carato.ml.registry.RegistryEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: a champion trained on the reference data, retrained with a file of fresh stones. */
class RetrainerTest {

    static final int FRESH = 300;
    /** Promotes whatever the figures: for tests of the promote path only. */
    static final PromotionRule ANYTHING = new PromotionRule(100, 100, 1, 10);

    @TempDir
    Path dir;
    Path models;
    Path fresh;
    String championId;

    @BeforeEach
    void setUp() throws Exception {
        models = RegistryFixture.championRegistry(dir.resolve("models"));
        fresh = FreshStones.write(dir.resolve("inbox").resolve("fresh.csv"), FRESH, 42);
        championId = new ModelRegistry(models).champion().orElseThrow();
    }

    @Test
    void retrainCountsEverythingSavesAChallengerLogsThePromotionAndRollsBack() throws Exception {
        byte[] source = Files.readAllBytes(fresh);
        ActiveModel active = new ActiveModel();
        RetrainResult result = Retrainer.quick(models, active, ANYTHING)
                .run(List.of(fresh), "test", true, Progress.NONE);

        RetrainValidation v = result.validation();
        assertEquals(List.of(), v.problems());
        assertEquals(championId, v.championId());
        assertEquals(4986, v.currentRows(), "the champion's snapshot: every distinct accepted stone of the file");
        ImportReport report = v.files().get(0).report();
        assertEquals(FRESH + FreshStones.EXTRA_ROWS, report.rows().size());
        assertEquals(FreshStones.REJECTED, v.rejectedRows());
        assertEquals(FRESH + 2, v.acceptedRows());
        assertEquals(1, v.duplicatesInFiles());
        assertEquals(1, v.duplicatesRemoved());
        assertEquals(1, v.conflicts().size());
        assertEquals(2, v.conflicts().get(0).sightings().size());
        assertEquals(FRESH + 1, v.newStones());
        assertEquals(FreshStones.heldOut(FRESH), v.heldOut());
        assertEquals(4986 + FRESH + 1 - v.heldOut(), v.trainingRows());
        assertEquals(10, v.drift().columns().size());

        Comparison c = result.comparison();
        assertEquals(v.heldOut(), c.heldOut());
        assertEquals(v.heldOut(), c.champion().count());
        assertEquals(v.heldOut(), c.challengerMetrics().count());
        assertEquals(v.heldOut(), c.bands().stream().mapToInt(b -> b.champion().count()).sum());
        String challengerId = c.challenger().id();
        assertTrue(Files.isRegularFile(models.resolve(challengerId).resolve(ModelRegistry.MODEL_FILE)));
        assertEquals(4986 + FRESH + 1, c.challenger().dataRows(), "the snapshot keeps the held-out stones too");
        assertTrue(Files.isRegularFile(Path.of(c.snapshotFile())));
        assertEquals(c.challenger().dataSnapshot(), "snapshots/" + Path.of(c.snapshotFile()).getFileName());
        List<String> rejected = Files.readAllLines(Path.of(c.rejectedFile()));
        assertEquals(RejectedRows.HEADER, rejected.get(0));
        assertTrue(rejected.get(1).contains(",304,color,"), rejected.get(1));

        RetrainDecision d = result.decision();
        assertEquals(RetrainDecision.Outcome.PROMOTED, d.outcome());
        assertEquals(challengerId, d.championAfter());
        assertEquals(challengerId, active.current().orElseThrow().manifest().id(), "the app switches at once");
        ModelRegistry registry = new ModelRegistry(models);
        RegistryEvent last = registry.events().get(registry.events().size() - 1);
        assertEquals(RegistryEvent.PROMOTED, last.action());
        assertEquals(championId, last.previous());
        assertTrue(last.actor().endsWith(" via test"), last.actor());
        assertTrue(last.reason().startsWith("the rule says promote; MAPE "), last.reason());
        assertEquals(c.champion().mape(), last.figures().get("champion_mape"), 1e-9);
        assertEquals(c.challengerMetrics().mape(), last.figures().get("challenger_mape"), 1e-9);
        assertTrue(Files.exists(fresh) && java.util.Arrays.equals(source, Files.readAllBytes(fresh)), "source untouched");

        ModelEvent back = new ModelService(models, active).rollback(null);
        assertEquals(championId, back.id());
        assertEquals(championId, registry.champion().orElseThrow());
        assertEquals(championId, active.current().orElseThrow().manifest().id());
    }

    @Test
    void theDefaultRuleWithoutAutoPromotionNeverChangesTheChampion() throws Exception {
        RetrainResult result = Retrainer.quick(models, new ActiveModel(), PromotionRule.defaults())
                .run(List.of(fresh), "test", false, Progress.NONE);
        RetrainDecision d = result.decision();
        assertNotEquals(RetrainDecision.Outcome.PROMOTED, d.outcome());
        assertEquals(result.comparison().verdict().promote() ? RetrainDecision.Outcome.CANDIDATE
                : RetrainDecision.Outcome.KEPT, d.outcome());
        assertEquals(championId, new ModelRegistry(models).champion().orElseThrow());
        assertEquals(RegistryEvent.KEPT, d.event().action());
        assertEquals(com.carato.domain.ModelStatus.CHALLENGER, new ModelService(models, new ActiveModel()).show(d.challengerId()).status());
    }

    @Test
    void aPersonCanKeepTheChampionStepByStep() throws Exception {
        Retrainer retrainer = Retrainer.quick(models, new ActiveModel(), ANYTHING);
        try (RetrainSession session = retrainer.open(List.of(fresh), "wizard")) {
            RetrainValidation v = session.validate(Progress.NONE);
            assertTrue(v.canTrain());
            Path export = dir.resolve("rejected.csv");
            session.exportRejected(export);
            assertEquals(1 + FreshStones.REJECTED, Files.readAllLines(export).size(),
                    "header, then one line per reason (each rejected row has one): " + Files.readAllLines(export));
            Comparison c = session.train(Progress.NONE);
            assertTrue(c.verdict().promote(), "this rule promotes anything");
            RetrainDecision d = session.keep("wait for Monday");
            assertEquals(RetrainDecision.Outcome.KEPT, d.outcome());
            assertTrue(d.event().reason().startsWith("note: wait for Monday; kept by "), d.event().reason());
            assertThrows(IllegalStateException.class, () -> session.promote(null), "one decision per retrain");
        }
        assertEquals(championId, new ModelRegistry(models).champion().orElseThrow());
    }

    @Test
    void aCancelledRetrainLeavesTheRegistryExactlyAsItWas() throws Exception {
        Map<String, String> before = RegistryFixture.listing(models);
        Progress cancelAt100Rounds = new Progress() {
            boolean cancel;

            @Override
            public void update(com.carato.domain.Message stage, double fraction) {
                cancel |= stage.equals(com.carato.domain.ProgressStage.CROSS_VALIDATION.with(3, 100));
            }

            @Override
            public boolean cancelled() {
                return cancel;
            }
        };
        Retrainer retrainer = Retrainer.quick(models, new ActiveModel(), ANYTHING);
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> retrainer.run(List.of(fresh), "test", true, cancelAt100Rounds));
        assertEquals(before, RegistryFixture.listing(models));
        try (RetrainSession again = retrainer.open(List.of(fresh), "test")) {
            assertNotNull(again, "the lock was released");
        }
    }

    @Test
    void aFailureAfterTheBundleMoveBeforeTheLogLineLeavesTheChampionAndNoHalfState() throws Exception {
        Map<String, String> before = RegistryFixture.listing(models);
        Retrainer failing = new Retrainer(models, new ActiveModel(), com.carato.ml.train.TrainingConfig.quick(),
                ANYTHING, point -> {
                    if (point.equals("bundle-moved")) {
                        throw new java.io.IOException("disk full (simulated)");
                    }
                });
        ModelException e = assertThrows(ModelException.class,
                () -> failing.run(List.of(fresh), "test", true, Progress.NONE));
        assertTrue(e.getMessage().contains("champion is unchanged"), e.getMessage());
        Map<String, String> after = RegistryFixture.listing(models);
        assertEquals(championId, new ModelRegistry(models).champion().orElseThrow());
        // only the new, complete, content-named snapshot (and its rejected rows) may be added
        after.keySet().removeAll(before.keySet());
        assertEquals(2, after.size(), after.toString());
        assertTrue(after.keySet().stream().allMatch(n -> n.matches("snapshots/[0-9a-f]{16}(\\.rejected)?\\.csv")), after.toString());
        Map<String, String> now = RegistryFixture.listing(models);
        before.forEach((name, sha) -> assertEquals(sha, now.get(name), name));
        assertEquals(1, new ModelService(models, new ActiveModel()).list().size(), "no bundle left behind");
    }

    @Test
    void aKillBetweenTheBundleMoveAndTheLogLineLeavesAnUnloggedBundleAndTheSameChampion() throws Exception {
        String logBefore = Files.readString(models.resolve(ModelRegistry.LOG_FILE));
        Retrainer killed = new Retrainer(models, new ActiveModel(), com.carato.ml.train.TrainingConfig.quick(),
                ANYTHING, point -> {
                    if (point.equals("bundle-moved")) {
                        throw new SimulatedKill(); // an Error: no clean-up code runs, as with kill -9
                    }
                });
        assertThrows(SimulatedKill.class, () -> killed.run(List.of(fresh), "test", true, Progress.NONE));
        assertEquals(logBefore, Files.readString(models.resolve(ModelRegistry.LOG_FILE)));
        List<ModelSummary> listed = new ModelService(models, new ActiveModel()).list();
        assertEquals(List.of("champion", com.carato.domain.ModelStatus.UNLOGGED.code()), listed.stream().map(ModelSummary::statusText).toList());
        try (var files = Files.walk(models)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".tmp-")), "no temporary left");
        }
        assertEquals(championId, new ModelService(models, new ActiveModel()).loadChampion().orElseThrow().id());
    }

    static final class SimulatedKill extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aSecondConcurrentRetrainIsRefused() throws Exception {
        Retrainer retrainer = Retrainer.quick(models, new ActiveModel(), ANYTHING);
        try (RetrainSession first = retrainer.open(List.of(fresh), "wizard")) {
            RetrainBusyException e = assertThrows(RetrainBusyException.class,
                    () -> retrainer.open(List.of(fresh), "carato retrain"));
            assertTrue(e.getMessage().startsWith("another retrain is running on " + models), e.getMessage());
            assertTrue(e.getMessage().contains("via wizard"), e.getMessage());
        }
    }

    @Test
    void nothingNewIsRefusedBeforeTrainingAndWritesNothing() throws Exception {
        Map<String, String> before = RegistryFixture.listing(models);
        Path few = FreshStones.write(dir.resolve("few.csv"), 20, 7);
        RetrainResult result = Retrainer.quick(models, new ActiveModel(), PromotionRule.defaults())
                .run(List.of(few, dir.resolve("missing.csv")), "test", true, Progress.NONE);
        assertFalse(result.trained());
        List<com.carato.domain.Message> problems = result.validation().problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(com.carato.domain.RetrainProblem.FILE_NOT_READ, problems.get(0).code());
        assertTrue(problems.get(0).english().contains("missing.csv: file not found"), problems.get(0).english());
        assertEquals(com.carato.domain.RetrainProblem.TOO_FEW_HELD_OUT, problems.get(1).code());
        assertTrue(problems.get(1).english().startsWith("only 3 new stones can be held out"), problems.get(1).english());
        assertEquals(before, RegistryFixture.listing(models));
    }

    @Test
    void aChampionWithoutDataSnapshotIsRefusedClearly() throws Exception {
        Path manifest = models.resolve(championId).resolve(ModelRegistry.MANIFEST_FILE);
        Files.writeString(manifest, Files.readString(manifest).replaceAll("\"snapshot\" : \"[^\"]*\"", "\"snapshot\" : null"));
        try (RetrainSession session = Retrainer.quick(models, new ActiveModel(), ANYTHING).open(List.of(fresh), "test")) {
            ModelException e = assertThrows(ModelException.class, () -> session.validate(Progress.NONE));
            assertTrue(e.getMessage().startsWith("champion " + championId + " has no data snapshot"), e.getMessage());
        }
    }
}
