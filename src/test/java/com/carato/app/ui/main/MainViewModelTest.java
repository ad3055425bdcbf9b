package com.carato.app.ui.main;

import com.carato.app.ui.common.Messages;
import com.carato.app.ui.data.DataViewModel;
import com.carato.app.ui.models.ModelState;
import com.carato.app.ui.models.ModelsViewModel;
import com.carato.data.Fixtures;
import com.carato.service.ActiveModel;
import com.carato.service.ModelService;
import com.carato.service.StoneData;
import com.carato.service.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window's rules without the toolkit: welcome, first training, status bar. */
class MainViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;

    private final List<Path> opened = new ArrayList<>();

    private MainViewModel main(ModelService service, Executor ui) {
        DataViewModel data = new DataViewModel(new StoneData(), Runnable::run, ui);
        ModelsViewModel models = new ModelsViewModel(service, dir.resolve("reports"), Runnable::run, ui);
        return new MainViewModel(new ViewModels(data, null, models), ENGLISH, opened::add);
    }

    @Test
    void aFirstStartWithoutDataOrModelAsksForTheAppraisalsOnce() {
        MainViewModel main = main(new ModelService(dir.resolve("models"), new ActiveModel()), Runnable::run);
        assertFalse(main.welcomeProperty().get());
        main.start(Optional.empty());
        assertEquals(ModelState.NO_MODEL, main.viewModels().models().stateProperty().get());
        assertTrue(main.welcomeProperty().get(), "no model and no data: the welcome is due");
        assertEquals("Ready", main.statusProperty().get());
        assertFalse(main.busyProperty().get());
        main.welcomeShown();
        assertFalse(main.welcomeProperty().get());
    }

    @Test
    void noWelcomeWhenAChampionIsLoaded() {
        MainViewModel main = main(new ModelService(TestModels.registry(), new ActiveModel()), Runnable::run);
        main.start(Optional.empty());
        String id = main.viewModels().models().championProperty().get().id();
        assertFalse(main.welcomeProperty().get());
        assertEquals("Model " + id + " ready", main.statusProperty().get());
        assertFalse(main.cancellableProperty().get());
    }

    @Test
    void openingAFileWithoutAModelTrainsTheFirstOneAndReportsProgress() {
        List<String> statuses = new ArrayList<>();
        List<Boolean> cancellable = new ArrayList<>();
        MainViewModel[] holder = new MainViewModel[1];
        Executor ui = task -> {
            task.run();
            if (holder[0] != null) {
                statuses.add(holder[0].statusProperty().get());
                cancellable.add(holder[0].cancellableProperty().get());
            }
        };
        ActiveModel active = new ActiveModel();
        holder[0] = main(ModelService.quick(dir.resolve("models"), active), ui);
        MainViewModel main = holder[0];
        main.start(Optional.empty());
        main.welcomeShown();

        Path file = Fixtures.referenceData();
        main.open(file);

        assertEquals(List.of(file), opened, "the file is remembered for the next start");
        assertNotNull(main.viewModels().data().reportProperty().get(), "the file was loaded");
        assertNotNull(main.viewModels().models().championProperty().get(), main.viewModels().models()
                .errorProperty().get());
        assertTrue(active.isLoaded(), "the first model was trained and loaded");
        assertTrue(statuses.stream().anyMatch(s -> s.matches("Training the first model: .+ \\(\\d+ %\\)")),
                "the status bar showed the training's stage and percentage: " + statuses);
        assertTrue(cancellable.contains(true), "the training could be cancelled while it ran");
        assertEquals("Model " + main.viewModels().models().championProperty().get().id() + " ready",
                main.statusProperty().get());
        assertFalse(main.welcomeProperty().get(), "no welcome once a model exists");
        assertFalse(main.busyProperty().get());
    }

    @Test
    void aCancelledFirstTrainingSaysSoAndDoesNotWelcomeAgain() {
        MainViewModel[] holder = new MainViewModel[1];
        Executor ui = task -> {
            task.run();
            if (holder[0] != null && holder[0].cancellableProperty().get()) {
                holder[0].cancel();
            }
        };
        holder[0] = main(ModelService.quick(dir.resolve("models"), new ActiveModel()), ui);
        holder[0].start(Optional.of(Fixtures.referenceData()));
        assertEquals(ModelState.CANCELLED, holder[0].viewModels().models().stateProperty().get());
        assertNull(holder[0].viewModels().models().championProperty().get());
        assertEquals("Training cancelled", holder[0].statusProperty().get());
        assertFalse(holder[0].welcomeProperty().get());
        assertFalse(Files.exists(dir.resolve("models").resolve("registry.log")), "nothing was registered");
    }

    @Test
    void theStatusSaysWhileAFileLoadsAndWhenItCouldNotBeOpened() {
        List<Runnable> uiQueue = new ArrayList<>();
        MainViewModel main = main(new ModelService(TestModels.registry(), new ActiveModel()), uiQueue::add);
        Path missing = dir.resolve("missing.csv");
        main.load(missing);
        assertEquals("Loading " + missing + "…", main.statusProperty().get());
        assertTrue(main.busyProperty().get());
        while (!uiQueue.isEmpty()) {
            uiQueue.remove(0).run();
        }
        assertEquals("The file could not be opened", main.statusProperty().get());
        assertFalse(main.busyProperty().get());
        assertTrue(opened.isEmpty(), "loading at start-up is not an Open");
    }

    @Test
    void theStatusFollowsTheLanguage() {
        MainViewModel main = main(new ModelService(dir.resolve("models"), new ActiveModel()), Runnable::run);
        main.start(Optional.empty());
        main.setMessages(new Messages(Locale.ITALIAN));
        assertEquals(new Messages(Locale.ITALIAN).get("status.ready"), main.statusProperty().get());
        assertFalse("Ready".equals(main.statusProperty().get()));
    }

    @Test
    void theStatusBarSaysWhereTheRegisterIsWhetherItAnswersAndWhichModelPricesSinceWhen() {
        MainViewModel main = main(new ModelService(dir.resolve("models"), new ActiveModel()), Runnable::run);
        assertEquals("", main.shopStatusProperty().get(), "nothing said before the shop is known");

        ShopState shop = ShopState.unknown(true, "jdbc:postgresql://shop-server:5432/carato")
                .withModel("20261202-070623-799191ee", java.time.Instant.parse("2026-12-02T07:06:30Z"), false);
        main.shopChanged(shop);
        assertTrue(main.shopStatusProperty().get().startsWith(
                "Shop database shop-server:5432/carato · model 20261202-070623-799191ee since "),
                main.shopStatusProperty().get());
        assertFalse(main.offlineProperty().get());

        main.shopChanged(shop.withCounter(false, 3, "connection refused"));
        assertTrue(main.offlineProperty().get());
        assertTrue(main.shopStatusProperty().get().startsWith("OFFLINE: the shop database cannot be reached; 3"
                + " appraisals wait here until it is back · model 20261202-"),
                main.shopStatusProperty().get());

        main.shopChanged(shop.withCounter(true, 1, null));
        assertFalse(main.offlineProperty().get());
        assertTrue(main.shopStatusProperty().get().startsWith("Sending 1 appraisal kept while the database was away"
                + " to shop-server:5432/carato · model"), main.shopStatusProperty().get());

        main.setMessages(new Messages(Locale.ITALIAN));
        main.shopChanged(shop.withCounter(false, 1, "connection refused"));
        assertTrue(main.shopStatusProperty().get().startsWith("NON IN LINEA: il database del negozio non è"
                + " raggiungibile; 1 stima attende qui fino al suo ritorno · modello 20261202-070623-799191ee dal "),
                main.shopStatusProperty().get());

        main.setMessages(ENGLISH);
        main.shopChanged(shop.withCounter(false, 0, "connection refused").withModel("20261202-070623-799191ee", null,
                true));
        assertEquals("OFFLINE: the shop database cannot be reached; pricing goes on until it is back · model"
                + " 20261202-070623-799191ee, the copy kept on this workstation", main.shopStatusProperty().get());

        main.shopChanged(shop.withCounter(true, 2, "the register database has schema version 9, made by a newer"
                + " Carato; update Carato on this workstation"));
        assertTrue(main.offlineProperty().get(), "a database that refuses Carato is said as plainly as one away");
        assertTrue(main.shopStatusProperty().get().startsWith("The register cannot be used: the register database has"
                + " schema version 9, made by a newer Carato; update Carato on this workstation (2 appraisals wait"
                + " here)"), main.shopStatusProperty().get());

        main.shopChanged(ShopState.unknown(false, "/home/giulia/.local/share/carato/register"));
        assertEquals("Register on this workstation", main.shopStatusProperty().get());
    }
}
