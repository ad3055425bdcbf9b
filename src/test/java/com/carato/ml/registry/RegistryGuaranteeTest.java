package com.carato.ml.registry;

import com.carato.ml.SyntheticStones;
import com.carato.ml.train.Trainer;
import com.carato.ml.train.TrainedModel;
import com.carato.ml.train.TrainingConfig;
import com.carato.ml.train.TrainingMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry's published guarantee under several writing processes: four JVMs do 50 random
 * operations each (promote, rollback, save + promoteIf/keepIf) on one folder while a fifth is
 * killed (destroyForcibly, as kill -9) in the middle of its run. Afterwards the log parses with no
 * damaged line, exactly one version is champion, every operation a process reported as done is
 * in the history, and every champion-changing line names as "previous" the champion before it
 * (no write slipped between another writer's check and its write).
 */
class RegistryGuaranteeTest {

    static final int WORKERS = 4;
    static final int OPS = 50;

    @TempDir
    Path dir;

    private static TrainedModel model;

    /** One small model for both registry process tests (training is slow on a loaded machine). */
    static synchronized TrainedModel smallModel() {
        if (model == null) {
            model = new Trainer().train(SyntheticStones.generate(200, 3), TrainingConfig.quick(), TrainingMonitor.NONE)
                    .model();
        }
        return model;
    }

    static void seed(Path dir) throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        TrainedModel model = smallModel();
        for (String id : List.of("s1", "s2")) {
            registry.save(model, new Manifest(Manifest.FORMAT, id, Instant.now(), "challenger",
                    new Manifest.DataFingerprint("abc", 200, "synthetic"),
                    new Manifest.Training(TrainingConfig.quick(), 1, 1, 1), null, BuildInfo.libraries(), Map.of()));
        }
        registry.promote("s1", "test", "first", Map.of());
        registry.promote("s2", "test", "second", Map.of());
    }

    static Process start(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                RegistryWorker.class.getName(), dir.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void severalProcessesAndAKilledOneLeaveAParsableLogWithOneChampionAndEveryReportedSuccess() throws Exception {
        seed(dir);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        List<Process> processes = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        CountDownLatch victimWorking = new CountDownLatch(15);
        for (int w = 0; w <= WORKERS; w++) {
            boolean victim = w == WORKERS;
            Process p = start(dir, victim ? "victim" : "w" + w, victim ? "100000" : String.valueOf(OPS),
                    String.valueOf(100 + w));
            processes.add(p);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                        if (victim && line.startsWith("OK ")) {
                            victimWorking.countDown();
                        }
                    }
                } catch (java.io.IOException e) {
                    // the killed process's pipe closes mid-line: what was read counts
                }
            });
            reader.start();
            readers.add(reader);
        }
        assertTrue(victimWorking.await(60, TimeUnit.SECONDS), "the victim process did some work");
        processes.get(WORKERS).destroyForcibly().waitFor();
        for (int w = 0; w < WORKERS; w++) {
            assertTrue(processes.get(w).waitFor(120, TimeUnit.SECONDS), "worker " + w + " finished");
            assertEquals(0, processes.get(w).exitValue(), "worker " + w + " exit code");
        }
        for (Thread reader : readers) {
            reader.join(10_000);
        }
        List<String> reported = new ArrayList<>(lines);
        assertEquals(WORKERS, reported.stream().filter(l -> l.equals("END")).count(), "every worker ran to its end");

        FolderChampionLog log = new FolderChampionLog(dir, WriteHook.NONE);
        FolderChampionLog.Reading reading = log.read();
        assertEquals(List.of(), reading.skipped(), "no damaged line");
        ModelRegistry registry = new ModelRegistry(dir);
        List<RegistryEvent> events = reading.events();
        String champion = registry.champion().orElseThrow();
        assertEquals(1, registry.list().stream().filter(m -> m.status().equals("champion")).count(), "one champion");
        registry.load(champion);

        // every champion-changing or deciding line names the champion that held just before it
        String current = null;
        for (RegistryEvent e : events) {
            if (!e.action().equals(RegistryEvent.TRAINED)) {
                assertEquals(current, e.previous(), "previous champion of " + e);
            }
            if (e.changesChampion()) {
                current = e.id();
            }
        }
        assertEquals(champion, current);

        Map<String, Integer> counts = new TreeMap<>();
        for (String line : reported) {
            String kind = line.split(" ", 2)[0];
            if (kind.equals("OK")) {
                String[] f = line.split(" ");
                String action = f[1];
                String id = f[2];
                String actor = f[3];
                counts.merge("ok " + action, 1, Integer::sum);
                assertTrue(events.stream().anyMatch(e -> e.action().equals(action) && e.id().equals(id)
                                && (actor.equals("-") || Objects.equals(e.actor(), actor))),
                        "reported as done but not in the history: " + line);
            } else if (!kind.equals("END")) {
                counts.merge(kind.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
        }
        int ok = counts.entrySet().stream().filter(c -> c.getKey().startsWith("ok ")).mapToInt(Map.Entry::getValue)
                .sum();
        System.out.println("RegistryGuaranteeTest: " + (WORKERS + 1) + " processes (one killed), " + ok
                + " reported successes all in the history of " + events.size() + " log lines; " + counts);
        assertTrue(ok >= WORKERS * OPS / 2, "most operations succeeded: " + counts);
    }
}
