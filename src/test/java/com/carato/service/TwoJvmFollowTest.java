package com.carato.service;

import com.carato.ml.registry.ModelRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two workstations in two JVMs on one PostgreSQL: a child JVM follows the champion
 * ({@link FollowerMain}, polling only every 60 s); this JVM, the manager, promotes; the child prices
 * with the new model within 10 s.
 */
class TwoJvmFollowTest {

    @TempDir
    Path tmp;

    @Test
    void aPromotionInOneJvmReachesTheOtherWithinTenSeconds() throws Exception {
        String url = ShopFixture.postgresUrl();
        Path folder = ShopFixture.twoModels(tmp.resolve("folder"));
        List<String> ids = ShopFixture.ids();
        try (RegistryServices manager = RegistryServices.openShop(ShopFixture.connection(tmp, url), tmp.resolve("manager"))) {
            manager.registry().copyFrom(new ModelRegistry(folder));
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), FollowerMain.class.getName(), url,
                    "postgres", tmp.resolve("counter").toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (java.io.IOException e) {
                    lines.add("failed: " + e);
                }
            });
            reader.setDaemon(true);
            reader.start();
            try {
                assertTrue(waitFor(lines, "started " + ids.get(0), 60), "the child started on the champion");
                long start = System.nanoTime();
                manager.models().promote(ids.get(1), "two JVMs");
                assertTrue(waitFor(lines, "priced " + ids.get(1), 10), "the other JVM prices with the new model");
                System.out.printf("champion switch reached the other JVM after %.0f ms%n",
                        (System.nanoTime() - start) / 1e6);
            } finally {
                child.getOutputStream().close();
                if (!child.waitFor(20, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            }
            assertEquals(0, child.exitValue());
        }
    }

    private static boolean waitFor(BlockingQueue<String> lines, String wanted, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String line = lines.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (wanted.equals(line)) {
                return true;
            }
        }
        return false;
    }
}
