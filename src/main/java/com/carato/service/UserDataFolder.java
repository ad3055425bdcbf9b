package com.carato.service;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's own data folder, where the installed app keeps models, the register and logs
 * (Linux: $XDG_DATA_HOME/carato or ~/.local/share/carato; Windows: %APPDATA%\Carato; macOS:
 * ~/Library/Application Support/Carato). The app and the command line find the same folder.
 */
public final class UserDataFolder {

    private UserDataFolder() {
    }

    public static Path path() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String userHome = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : userHome, "Carato");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Carato");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "carato") : Path.of(userHome, ".local", "share", "carato");
    }
}
