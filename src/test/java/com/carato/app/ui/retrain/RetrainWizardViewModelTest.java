package com.carato.app.ui.retrain;

import com.carato.service.ActiveModel;
import com.carato.service.FreshStones;
import com.carato.service.ModelService;
import com.carato.service.PromotionRule;
import com.carato.service.RegistryFixture;
import com.carato.service.RetrainDecision;
import com.carato.service.RetrainSession;
import com.carato.service.RetrainValidation;
import com.carato.service.Retrainer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retrain wizard's steps without the toolkit: same-thread executors, a quick retrainer on a copied registry. */
class RetrainWizardViewModelTest {

    /** Generated fresh stones: enough for 39 held-out ones, quick to train. */
    static final int FRESH = 200;

    @TempDir
    Path dir;
    Path models;
    Path fresh;
    ActiveModel active;
    Retrainer retrainer;
    String championId;

    @BeforeEach
    void setUp() throws Exception {
        models = RegistryFixture.championRegistry(dir.resolve("models"));
        fresh = FreshStones.write(dir.resolve("inbox").resolve("fresh.csv"), FRESH, 7);
        active = new ActiveModel();
        championId = new ModelService(models, active).loadChampion().orElseThrow().id();
        retrainer = Retrainer.quick(models, active, PromotionRule.defaults());
    }

    private RetrainWizardViewModel wizard(Executor ui) {
        return new RetrainWizardViewModel(retrainer, Runnable::run, ui);
    }

    private RetrainWizardViewModel validated(Path... files) {
        RetrainWizardViewModel vm = wizard(Runnable::run);
        vm.addFiles(List.of(files));
        vm.validate();
        assertNull(vm.work().failureProperty().get());
        assertEquals(WizardStep.VALIDATION, vm.stepProperty().get());
        return vm;
    }

    @Test
    void theReportCountsAcceptedRejectedAndDuplicateRowsAndExportsTheRejectedOnes() throws Exception {
        RetrainWizardViewModel vm = validated(fresh);
        RetrainValidation v = vm.validationProperty().get();
        assertEquals(FRESH + 2, v.acceptedRows(), "the generated stones, the duplicate and the second price");
        assertEquals(FreshStones.REJECTED, v.rejectedRows());
        assertEquals(1, v.duplicatesInFiles());
        assertEquals(1, v.conflicts().size());
        assertEquals(FRESH + 1, v.newStones(), "the duplicate is counted once, the second price is kept as well");
        assertEquals(FreshStones.heldOut(FRESH), v.heldOut());
        assertEquals(10, v.drift().columns().size());
        assertEquals(List.of(FRESH + 4, FRESH + 5, FRESH + 6), vm.rejected().stream().map(RejectedItem::line).distinct()
                .toList(), "the three bad rows after the header, the stones, the duplicate and the second price");
        assertTrue(vm.rejected().stream().allMatch(r -> r.file().equals("fresh.csv") && !r.reason().english().isBlank()));
        assertTrue(vm.canTrain().get());

        Path export = dir.resolve("rejected.csv");
        vm.exportRejected(export);
        assertEquals(export, vm.exportedProperty().get());
        assertEquals(1 + FreshStones.REJECTED, Files.readAllLines(export).size(), "a header and one line per row");
        vm.close();
        assertLockFree();
    }

    @Test
    void continuingIsImpossibleWhenNothingIsAccepted() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "carat,cut,color,clarity,depth,table,price,x,y,z\n"
                + "0.71,Ideal,Q,VS2,61.0,57.0,2900,5.71,5.74,3.49\n"
                + "0.52,Premium,F,SI1,62.0,58.0,-5,5.15,5.19,3.21\n");
        RetrainWizardViewModel vm = validated(bad, dir.resolve("missing.csv"));
        RetrainValidation v = vm.validationProperty().get();
        assertEquals(0, v.acceptedRows());
        assertEquals(2, v.rejectedRows());
        assertFalse(v.files().get(1).readable(), "a missing file is reported, not thrown");
        assertFalse(v.problems().isEmpty());
        assertFalse(vm.canTrain().get());
        vm.train();
        assertEquals(WizardStep.VALIDATION, vm.stepProperty().get(), "train() does nothing when it may not");

        vm.backToFiles();
        assertEquals(WizardStep.FILES, vm.stepProperty().get());
        assertLockFree();
        vm.removeFile(bad.toAbsolutePath());
        assertEquals(1, vm.files().size());
    }

    @Test
    void anotherRetrainRunningIsReportedAndNothingOpens() throws Exception {
        try (RetrainSession other = retrainer.open(List.of(fresh), "test")) {
            RetrainWizardViewModel vm = wizard(Runnable::run);
            vm.addFiles(List.of(fresh));
            vm.validate();
            assertEquals(Failure.Kind.BUSY, vm.work().failureProperty().get().kind());
            assertTrue(vm.work().failureProperty().get().detail().contains("another retrain is running"));
            assertEquals(WizardStep.FILES, vm.stepProperty().get());
            assertFalse(vm.work().busyProperty().get());
        }
    }

    @Test
    void cancellingTheTrainingGoesBackToTheReportAndSavesNothing() throws Exception {
        Map<String, String> before = RegistryFixture.listing(models);
        RetrainWizardViewModel[] holder = new RetrainWizardViewModel[1];
        Executor ui = task -> {
            task.run();
            RetrainWizardViewModel vm = holder[0];
            if (vm.stepProperty().get() == WizardStep.TRAINING && vm.work().progressProperty().get() > 0.2) {
                vm.cancelTraining();
            }
        };
        holder[0] = wizard(ui);
        RetrainWizardViewModel vm = holder[0];
        vm.addFiles(List.of(fresh));
        vm.validate();
        vm.train();

        assertTrue(vm.work().cancelledProperty().get());
        assertNull(vm.work().failureProperty().get());
        assertEquals(WizardStep.VALIDATION, vm.stepProperty().get());
        assertNull(vm.comparisonProperty().get());
        assertTrue(vm.canTrain().get(), "the report is shown again and training can start over");
        assertEquals(before, RegistryFixture.listing(models), "no bundle, snapshot or log line was written");
        assertEquals(championId, active.current().orElseThrow().manifest().id());
        vm.close();
        assertLockFree();
    }

    @Test
    void promotingSwitchesTheActiveModelAndTheHistoryRollsItBack() throws Exception {
        RetrainWizardViewModel vm = trained();
        vm.noteProperty().set("new expert, first batch");
        vm.promote();

        RetrainDecision d = vm.decisionProperty().get();
        assertEquals(RetrainDecision.Outcome.PROMOTED, d.outcome());
        String challenger = vm.comparisonProperty().get().challenger().id();
        assertEquals(challenger, active.current().orElseThrow().manifest().id());
        assertTrue(d.event().reason().startsWith("note: new expert, first batch; promoted by "), d.event().reason());
        assertFalse(vm.canDecide().get(), "decided once");
        assertLockFree();

        ModelHistoryViewModel history = new ModelHistoryViewModel(new ModelService(models, active), Runnable::run,
                Runnable::run);
        history.refresh();
        assertEquals(List.of(challenger, championId), history.versions().stream().map(m -> m.id()).toList());
        assertEquals(com.carato.domain.ModelStatus.CHAMPION, history.versions().get(0).status());
        assertEquals("promoted", history.events().get(0).action());
        assertFalse(ModelHistoryViewModel.canRollBackTo(history.versions().get(0)));
        assertTrue(ModelHistoryViewModel.canRollBackTo(history.versions().get(1)));

        history.rollback(null);
        assertNull(history.failureProperty().get());
        assertEquals(championId, history.rolledBackProperty().get().id());
        assertEquals(championId, active.current().orElseThrow().manifest().id(), "the app prices with the old one");
        assertEquals("rolled-back", history.events().get(0).action());
        assertEquals(challenger, history.events().get(0).previous());
        assertEquals(com.carato.domain.ModelStatus.CHAMPION, history.versions().stream().filter(m -> m.id().equals(championId)).findFirst()
                .orElseThrow().status(), "the list was refreshed after the rollback");
    }

    @Test
    void keepingLeavesTheChampionAndTheChallengerInTheRegistry() throws Exception {
        RetrainWizardViewModel vm = trained();
        vm.keep();
        assertEquals(RetrainDecision.Outcome.KEPT, vm.decisionProperty().get().outcome());
        assertEquals(championId, vm.decisionProperty().get().championAfter());
        assertEquals(championId, active.current().orElseThrow().manifest().id());
        String challenger = vm.comparisonProperty().get().challenger().id();
        assertEquals(com.carato.domain.ModelStatus.CHALLENGER, new ModelService(models, active).show(challenger).status());
        assertLockFree();
    }

    private RetrainWizardViewModel trained() {
        RetrainWizardViewModel vm = validated(fresh);
        vm.train();
        assertNull(vm.work().failureProperty().get());
        assertEquals(WizardStep.COMPARISON, vm.stepProperty().get());
        var c = vm.comparisonProperty().get();
        assertEquals(FreshStones.heldOut(FRESH), c.heldOut());
        assertNotEquals(championId, c.challenger().id());
        assertFalse(c.bands().isEmpty());
        vm.toDecision();
        assertEquals(WizardStep.DECISION, vm.stepProperty().get());
        assertTrue(vm.canDecide().get());
        return vm;
    }

    @Test
    void closingTheWizardReleasesTheLock() throws Exception {
        RetrainWizardViewModel vm = validated(fresh);
        vm.close();
        assertLockFree();
        vm.train();
        assertEquals(WizardStep.VALIDATION, vm.stepProperty().get(), "a closed wizard starts nothing");
        assertFalse(vm.work().busyProperty().get());
    }

    /** Another retrain can start: the wizard's session is closed. */
    private void assertLockFree() throws Exception {
        try (RetrainSession s = retrainer.open(List.of(fresh), "test")) {
            assertEquals(List.of(fresh), s.files());
        }
    }
}
