package com.carato.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ids from the command line are checked before they reach the registry folder. */
class ModelIdCommandTest {

    @TempDir
    Path dir;

    @Test
    void promoteAndRollbackRefuseAnIdThatLeavesTheRegistry() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.createDirectories(dir.resolve("x"));
        for (String[] args : new String[][] {
            {"models", "promote", "../x", "--models", models.toString()},
            {"models", "rollback", "../x", "--models", models.toString()},
            {"models", "show", "../x", "--models", models.toString()}}) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(ExitCodes.FILE_ERROR, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("not a model id: \"../x\""), r.err());
        }
        assertFalse(Files.exists(models.resolve("registry.log")), "nothing written");
    }
}
