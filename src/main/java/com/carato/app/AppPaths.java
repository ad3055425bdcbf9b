package com.carato.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the app keeps its models, reports and logs. In a development checkout (a {@code pom.xml}
 * in the working folder) that is {@code ./models}; an installed app uses the user's data folder
 * (Linux: $XDG_DATA_HOME/carato or ~/.local/share/carato; Windows: %APPDATA%\Carato; macOS:
 * ~/Library/Application Support/Carato), never the installation folder. -Dcarato.home overrides.
 */
public record AppPaths(Path home, Path models, Path reports, Path logs) {

    public static AppPaths detect() {
        String override = System.getProperty("carato.home");
        if (override != null) {
            return of(Path.of(override));
        }
        if (Files.isRegularFile(Path.of("pom.xml"))) {
            Path here = Path.of("").toAbsolutePath();
            return new AppPaths(here, here.resolve("models"), here.resolve("target").resolve("reports"),
                    here.resolve("target").resolve("logs"));
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
