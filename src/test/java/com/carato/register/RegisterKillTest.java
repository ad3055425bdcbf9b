package com.carato.register;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} of a JVM while it records: no entry is half-written, every entry it was told
 * about is there, and the register carries on with the next number.
 */
class RegisterKillTest {

    private static final int CONFIRMED_BEFORE_KILL = 300;

    @TempDir
    Path folder;

    @Test
    void h2FileSurvivesAKilledWriter() throws Exception {
        Path dir = folder.resolve("register");
        Map<Long, UUID> confirmed = killWhileWriting("h2:" + dir, "", "");
        try (ShopDatabase db = ShopDatabase.embedded(dir)) {
            check(new JdbcRegister(db), confirmed);
        }
    }

    @Test
    void postgresSurvivesAKilledWriter() throws Exception {
        String url = PostgresServer.shared().createDatabase();
        try (ShopDatabase db = ShopDatabase.open(url, "postgres", "")) {
            // migrated before the child starts, so the child's first write is an entry
            Map<Long, UUID> confirmed = killWhileWriting(url, "postgres", "");
            check(new JdbcRegister(db), confirmed);
        }
    }

    private static void check(JdbcRegister register, Map<Long, UUID> confirmed) {
        long total = 0;
        long max = 0;
        for (int page = 1; ; page++) {
            RegisterPage p = register.search(RegisterQuery.all().page(page, RegisterQuery.MAX_PAGE_SIZE));
            for (RegisterEntry e : p.entries()) {
                total++;
                max = Math.max(max, e.number());
                assertEquals("killed-writer", e.salesperson(), "entry " + e.number() + " whole");
                assertTrue(e.appraisal().price() >= 600, "entry " + e.number() + " has its appraisal");
            }
            if (!p.hasMore()) {
                break;
            }
        }
        for (Map.Entry<Long, UUID> c : confirmed.entrySet()) {
            assertEquals(c.getValue(), register.get(c.getKey()).key(), "confirmed entry " + c.getKey() + " kept");
        }
        assertTrue(total >= confirmed.size() && total <= confirmed.size() + 1,
                "the confirmed entries, plus at most the one committed as the writer died: " + total);
        long next = register.record(RegisterFixtures.entry("after-restart", null, 1.0, 4000)).number();
        assertTrue(next > max, "numbering continues after " + max + ": " + next);
    }

    private static Map<Long, UUID> killWhileWriting(String target, String user, String password) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = Files.createTempFile("register-writer", ".out");
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                RegisterWriterMain.class.getName(), target, user, password))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (confirmed(out).size() < CONFIRMED_BEFORE_KILL) {
                assertTrue(child.isAlive(), "the writer is running");
                assertTrue(System.nanoTime() < deadline, "the writer records within two minutes");
                Thread.sleep(20);
            }
            child.destroyForcibly(); // kill -9, in the middle of its next write
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the writer died");
        } finally {
            child.destroyForcibly();
        }
        Map<Long, UUID> confirmed = confirmed(out);
        Files.deleteIfExists(out);
        return confirmed;
    }

    /** The entries the writer was told are recorded (a last line cut by the kill is not one). */
    private static Map<Long, UUID> confirmed(Path out) throws java.io.IOException {
        Map<Long, UUID> confirmed = new HashMap<>();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return confirmed;
        }
        for (String line : text.substring(0, end).split("\n")) {
            if (line.startsWith("recorded ")) {
                String[] parts = line.split(" ");
                confirmed.put(Long.parseLong(parts[1]), UUID.fromString(parts[2]));
            }
        }
        return confirmed;
    }
}
