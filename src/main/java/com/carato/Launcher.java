package com.carato;

import com.carato.app.CaratoApp;
import com.carato.cli.CaratoCommand;

/**
 * Entry point of {@code carato.jar}. A plain class, not a JavaFX {@code Application}: launching an
 * Application subclass directly from the class path fails with "JavaFX runtime components are
 * missing". With a command name it runs headless; otherwise it opens the desktop app.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (CaratoCommand.isCommand(args)) {
            System.exit(CaratoCommand.execute(args));
        }
        CaratoApp.launchApp(args);
    }
}
