package com.carato.app;

import com.carato.app.ui.common.ErrorReporter;
import com.carato.app.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The app's one handler of unexpected errors (failures of background tasks that no view model
 * handles in place, and uncaught exceptions of any thread): logs each with its stack trace and
 * shows a dialog that says where the log is. While such a dialog is open, further errors are
 * only logged, so a failing loop cannot bury the window under dialogs.
 */
final class AppErrors implements ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(AppErrors.class);

    private final java.util.Optional<Path> logFile;
    private final Supplier<Messages> messages;
    private boolean showing;

    /**
     * @param logFile  the log the dialog points to; empty when none could be written (the dialog says so)
     * @param messages the texts in use (they change with the language)
     */
    AppErrors(java.util.Optional<Path> logFile, Supplier<Messages> messages) {
        this.logFile = logFile;
        this.messages = messages;
    }

    @Override
    public void unexpected(String what, Throwable error) {
        LOG.error("unexpected error while {}", what, error);
        if (Platform.isFxApplicationThread()) {
            show();
        } else {
            Platform.runLater(this::show);
        }
    }

    private void show() {
        if (showing) {
            return;
        }
        Messages texts = messages.get();
        Alert alert = new Alert(Alert.AlertType.ERROR, logFile.map(f -> texts.format("error.unexpected", f))
                .orElseGet(() -> texts.get("error.unexpected.nolog")));
        alert.setHeaderText(texts.get("error.unexpected.title"));
        showing = true;
        alert.setOnHidden(e -> showing = false);
        alert.show();
    }
}
