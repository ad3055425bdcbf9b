package com.carato.ml.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

class RetrainLockTest {

    @TempDir
    Path dir;

    @Test
    void onlyOneHolderAtATimeAndReleasedOnClose() throws Exception {
        Optional<RetrainLock> first = RetrainLock.tryAcquire(dir, "alice via test");
        assertTrue(first.isPresent());
        assertTrue(RetrainLock.tryAcquire(dir, "bob via test").isEmpty(), "held by the first");
        assertTrue(RetrainLock.holder(dir).startsWith("alice via test, process "), RetrainLock.holder(dir));
        first.get().close();
        try (RetrainLock again = RetrainLock.tryAcquire(dir, "bob via test").orElseThrow()) {
            assertTrue(RetrainLock.holder(dir).startsWith("bob via test"), RetrainLock.holder(dir));
        }
    }

    @Test
    void aSecondAttemptFromThisProcessDoesNotReleaseTheLockForOthers() throws Exception {
        try (RetrainLock held = RetrainLock.tryAcquire(dir, "this process").orElseThrow()) {
            assertTrue(RetrainLock.tryAcquire(dir, "this process again").isEmpty(), "refused in this process");
            Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), dir.toString(), "probe")
                    .redirectErrorStream(true).start();
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(probe.getInputStream())).readLine();
            probe.waitFor();
            assertTrue("refused".equals(line), "another process must still be refused, it said: " + line);
        }
    }

    @Test
    void aLockHeldByAnotherProcessRefusesAndIsReleasedWhenThatProcessIsKilled() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine();
            assertTrue("locked".equals(line), "the other process said: " + line);
            assertTrue(RetrainLock.tryAcquire(dir, "me").isEmpty(), "held by the other process");
            assertTrue(RetrainLock.holder(dir).startsWith("other process"), RetrainLock.holder(dir));
        } finally {
            other.destroyForcibly().waitFor();
        }
        try (RetrainLock mine = RetrainLock.tryAcquire(dir, "me").orElseThrow(
                () -> new AssertionError("the lock should be free once its process is dead"))) {
            assertTrue(RetrainLock.holder(dir).startsWith("me"));
        }
    }
}
