package com.carato.app.ui.models;

import com.carato.data.Fixtures;
import com.carato.service.ActiveModel;
import com.carato.service.ModelService;
import com.carato.service.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model's life in the app, without the toolkit. */
class ModelsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheChampionAndDrawsItsReport() {
        ActiveModel active = new ActiveModel();
        ModelsViewModel vm = new ModelsViewModel(new ModelService(TestModels.registry(), active), dir, Runnable::run,
                Runnable::run);
        vm.start(Optional.empty());
        assertNotNull(vm.championProperty().get());
        assertTrue(active.isLoaded());
        assertEquals(1, vm.versions().size());
        assertEquals(List.of("trained", "promoted"), vm.history().stream().map(e -> e.action()).toList());
        assertTrue(vm.charts().size() >= 5, "report charts: " + vm.charts());
        assertTrue(vm.charts().stream().allMatch(Files::isRegularFile));
        assertFalse(vm.workingProperty().get());
    }

    @Test
    void trainsAFirstModelWhenThereIsNone() {
        ActiveModel active = new ActiveModel();
        ModelsViewModel vm = new ModelsViewModel(ModelService.quick(dir.resolve("models"), active), dir.resolve("r"),
                Runnable::run, Runnable::run);
        vm.start(Optional.of(Fixtures.referenceData()));
        assertNotNull(vm.championProperty().get(), vm.errorProperty().get());
        assertEquals(com.carato.domain.ModelStatus.CHAMPION, vm.championProperty().get().status());
        assertEquals(ModelState.READY, vm.stateProperty().get());
        assertTrue(active.isLoaded());
    }

    @Test
    void aFirstTrainingCanBeCancelledAndLeavesNoModel() {
        ActiveModel active = new ActiveModel();
        ModelsViewModel[] holder = new ModelsViewModel[1];
        Executor ui = task -> {
            task.run();
            if (holder[0].progressProperty().get() > 0) {
                holder[0].cancel();
            }
        };
        holder[0] = new ModelsViewModel(ModelService.quick(dir.resolve("models"), active), dir.resolve("r"),
                Runnable::run, ui);
        holder[0].start(Optional.of(Fixtures.referenceData()));
        assertEquals(ModelState.CANCELLED, holder[0].stateProperty().get());
        assertNull(holder[0].championProperty().get());
        assertFalse(active.isLoaded());
        assertFalse(Files.exists(dir.resolve("models").resolve("registry.log")), "nothing was registered");
    }

    @Test
    void aBrokenRegistryIsReportedNotThrown() throws Exception {
        Path models = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(models.resolve("registry.log"), "{\"time\":\"2026-11-29T08:00:00Z\",\"action\":\"promoted\",\"id\":\"gone\"}\n{}\n");
        ModelsViewModel vm = new ModelsViewModel(new ModelService(models, new ActiveModel()), dir, Runnable::run,
                Runnable::run);
        vm.start(Optional.empty());
        assertTrue(vm.errorProperty().get().contains("no model gone"), vm.errorProperty().get());
        assertEquals(ModelState.FAILED, vm.stateProperty().get());
        assertFalse(vm.workingProperty().get());
    }
}
