package com.carato.app.ui.register;

import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.TaskRunner;
import com.carato.register.JdbcRegister;
import com.carato.register.RegisterEntry;
import com.carato.register.ShopDatabase;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders the Register screen with twenty entries and an opened entry (appraised again with
 * today's model) in English and Italian to PNG: {@code target/screenshots/register-en.png},
 * {@code register-entry-en.png}, {@code register-it.png}, {@code register-entry-it.png}. Run by
 * hand, headless (Monocle), with the test class path:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) com.carato.app.ui.register.RegisterScreenshots [DIR]}.
 */
public final class RegisterScreenshots {

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("carato-register");
        try (ShopDatabase database = ShopDatabase.embedded(work)) {
            JdbcRegister register = new JdbcRegister(database);
            com.carato.service.Appraiser model = com.carato.service.TestModels.appraiser();
            List<RegisterEntry> entries = RegisterSamples.fill(register, model::appraise);
            Platform.startup(() -> { });
            Platform.setImplicitExit(false);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
                String tag = locale.getLanguage();
                onFx(() -> {
                    Messages messages = new Messages(locale);
                    RegisterViewModel vm = new RegisterViewModel(register, TaskRunner.of(Runnable::run, Runnable::run),
                            entry -> new byte[0], RegisterSamples.dearer(model::appraise), () -> "Anna Ferri");
                    vm.search();
                    RegisterView view = new RegisterView(vm, messages);
                    Stage stage = new Stage();
                    stage.setScene(new Scene(view.root(), 1280, 800));
                    stage.getScene().getStylesheets().add(
                            RegisterView.class.getResource("/com/carato/app/carato.css").toExternalForm());
                    stage.show();
                    save(stage.getScene(), out.resolve("register-" + tag + ".png"));

                    EntryViewModel opened = vm.open(entries.get(4));
                    opened.appraiseAgain();
                    RegisterEntryWindow window = new RegisterEntryWindow(opened, messages, stage);
                    window.show();
                    save(window.stage().getScene(), out.resolve("register-entry-" + tag + ".png"));
                    window.stage().close();
                    stage.close();
                    return null;
                });
            }
            Platform.exit();
        }
    }

    private static void save(Scene scene, Path file) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.println(file);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(2, TimeUnit.MINUTES);
    }
}
