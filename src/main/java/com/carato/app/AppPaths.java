package com.carato.app;

import java.nio.file.Path;

/**
 * Where the app keeps its models, reports, register and logs: the user's data folder
 * (Linux: $XDG_DATA_HOME/carato or ~/.local/share/carato; Windows: %APPDATA%\Carato; macOS:
 * ~/Library/Application Support/Carato), never the installation folder and never the working folder (an installed app started from a
 * checkout once priced with that checkout's models). {@code --home DIR} or -Dcarato.home=DIR
 * chooses another folder explicitly, as the README's development command does.
 */
public record AppPaths(Path home, Path models, Path reports, Path logs) {

    public static AppPaths detect() {
        String override = System.getProperty("carato.home");
        if (override != null) {
            return of(Path.of(override));
        }
        return of(userDataFolder());
    }

    public static AppPaths of(Path home) {
        return new AppPaths(home, home.resolve("models"), home.resolve("reports"), home.resolve("logs"));
    }

    static Path userDataFolder() {
        return com.carato.service.UserDataFolder.path();
    }
}
