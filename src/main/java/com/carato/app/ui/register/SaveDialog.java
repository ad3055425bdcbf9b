package com.carato.app.ui.register;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a file of one kind (the register's CSV, an entry's sheet). */
final class SaveDialog {

    private SaveDialog() {
    }

    /**
     * @param extension the file kind's extension without the dot ("csv", "pdf")
     * @return the chosen file, empty when the user cancels
     */
    static Optional<Path> ask(Window owner, String title, String fileName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.toUpperCase(java.util.Locale.ROOT), "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
