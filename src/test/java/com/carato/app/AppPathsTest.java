package com.carato.app;

import com.carato.service.UserDataFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppPathsTest {

    /**
     * The tests run in the project folder, which holds a pom.xml: wave 1 switched to ./models there,
     * so an installed app started from a checkout priced with the checkout's models.
     */
    @Test
    void aFolderWithAPomDoesNotChangeWhereTheAppKeepsItsData() {
        assertTrue(Files.isRegularFile(Path.of("pom.xml")), "the test runs where the regression happened");
        String before = System.clearProperty("carato.home");
        try {
            AppPaths paths = AppPaths.detect();
            assertEquals(UserDataFolder.path(), paths.home());
            assertEquals(UserDataFolder.path().resolve("models"), paths.models());
        } finally {
            if (before != null) {
                System.setProperty("carato.home", before);
            }
        }
    }

    @Test
    void homeIsChosenExplicitly() {
        AppPaths paths = AppOptions.parse(java.util.List.of("--home", "target/dev")).home().map(AppPaths::of)
                .orElseThrow();
        assertEquals(Path.of("target/dev/models"), paths.models());
    }
}
