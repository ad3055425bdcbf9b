package com.carato.http;

import com.carato.data.Fixtures;
import com.carato.ml.registry.LoadedBundle;
import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import com.carato.service.Progress;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.carato.http.Http.STONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The champion changes while requests run (as after a retrain or a rollback): the server answers
 * every request, each with one model version, and picks up the new champion without a restart.
 */
class ModelSwitchTest {

    private static final int CLIENTS = 4;
    private static final int REQUESTS_PER_CLIENT = 120;

    @TempDir
    Path dir;

    @Test
    void switchingModelsUnderLoadFailsNoRequest() throws Exception {
        ActiveModel active = new ActiveModel();
        ModelService models = ModelService.quick(dir.resolve("models"), active);
        String first = models.train(Fixtures.referenceData(), Progress.NONE).model().id();
        Path part = dir.resolve("part.csv");
        Files.write(part, Files.readAllLines(Fixtures.referenceData()).subList(0, 1501));
        String second = models.train(part, Progress.NONE).model().id();
        models.promote(second, "test");
        LoadedBundle b = active.current().orElseThrow();
        models.promote(first, "test");
        LoadedBundle a = active.current().orElseThrow();

        CaratoServer server = CaratoServer.create(new Appraiser(active), models,
                ServerConfig.defaults().withPort(0)).start();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try {
            Http http = new Http(server.url());
            Thread switcher = new Thread(() -> {
                boolean toggle = false;
                while (running.get()) {
                    active.switchTo(toggle ? a : b);
                    toggle = !toggle;
                    java.util.concurrent.locks.LockSupport.parkNanos(100_000);
                }
            });
            switcher.start();
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                        request(http, i, failures, seen);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            running.set(false);
            switcher.join();
            assertEquals(List.of(), List.copyOf(failures), "no request failed while the model switched");
            assertEquals(Set.of(first, second), new HashSet<>(seen), "both versions answered");
            active.switchTo(b);
            assertEquals(second, http.get("/api/v1/model").json().get("id").asText(), "the new champion, no restart");
            assertEquals(second, http.postJson("/api/v1/appraisals", STONE).json().at("/model/id").asText());
        } finally {
            running.set(false);
            clients.shutdownNow();
            server.stop();
        }
    }

    private static void request(Http http, int i, ConcurrentLinkedQueue<String> failures, Set<String> seen) {
        try {
            Http.Response r = i % 4 == 3
                    ? http.postJson("/api/v1/appraisals/batch", "[" + STONE + "," + STONE + "," + STONE + "]")
                    : http.postJson("/api/v1/appraisals" + (i % 2 == 0 ? "" : "?explain=false"), STONE);
            if (r.status() != 200) {
                failures.add(r.status() + " " + r.body());
                return;
            }
            JsonNode body = r.json();
            if (body.has("appraisals")) {
                Set<String> ids = new HashSet<>();
                body.get("appraisals").forEach(item -> ids.add(item.at("/model/id").asText()));
                if (ids.size() != 1) {
                    failures.add("a batch mixed model versions: " + ids);
                }
                seen.addAll(ids);
            } else {
                seen.add(body.at("/model/id").asText());
                assertTrue(body.get("price").asDouble() > 0);
            }
        } catch (RuntimeException | AssertionError e) {
            failures.add(e.toString());
        }
    }
}
