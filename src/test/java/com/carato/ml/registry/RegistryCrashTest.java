package com.carato.ml.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A crash at each write step: a child JVM runs save + promoteIf and a rollback, and
 * halts ({@code Runtime.halt}, no clean-up) at write step 1, then 2, … until it runs through.
 * After every crash the registry opens, its log parses with no damaged line, exactly one version
 * is champion, and the next operation succeeds.
 */
class RegistryCrashTest {

    @TempDir
    Path dir;

    @Test
    void aCrashAtAnyWriteStepLeavesAWorkingRegistry() throws Exception {
        RegistryGuaranteeTest.seed(dir);
        int crashes = 0;
        for (int k = 1; ; k++) {
            if (k > 80) {
                fail("the scenario never completed");
            }
            Process p = RegistryGuaranteeTest.start(dir, "crash", String.valueOf(k));
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            if (p.exitValue() == 0) {
                assertTrue(out.startsWith("DONE "), out);
                assertEquals(k - 1, Integer.parseInt(out.substring(5)), "ran through after the last step");
                break;
            }
            assertEquals(42, p.exitValue(), "halted at step " + k + ": " + out);
            crashes++;
            ModelRegistry registry = new ModelRegistry(dir);
            FolderChampionLog.Reading reading = new FolderChampionLog(dir, WriteHook.NONE).read();
            assertEquals(List.of(), reading.skipped(), "no damaged line after a crash at step " + k);
            String champion = registry.champion().orElseThrow();
            assertEquals(1, registry.list().stream().filter(m -> m.status().equals("champion")).count(),
                    "one champion after a crash at step " + k);
            registry.load(champion);
            // the next operation succeeds, and repairs a torn last line if the crash left one
            String next = champion.equals("s1") ? "s2" : "s1";
            registry.promote(next, "after crash " + k, "next operation", Map.of());
            assertEquals(next, registry.champion().orElseThrow());
            FolderChampionLog.Reading after = new FolderChampionLog(dir, WriteHook.NONE).read();
            assertEquals(List.of(), after.skipped());
            assertTrue(!after.tornTail(), "no torn line after the next operation");
        }
        System.out.println("RegistryCrashTest: crashed and recovered at each of " + crashes + " write steps");
        assertTrue(crashes >= 10, "the scenario has write steps to crash at: " + crashes);
    }
}
