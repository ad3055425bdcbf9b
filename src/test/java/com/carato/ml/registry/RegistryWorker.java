package com.carato.ml.registry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A separate process writing one registry, for {@link RegistryGuaranteeTest} and
 * {@link RegistryCrashTest}.
 *
 * <p>{@code RegistryWorker DIR NAME OPS SEED} does OPS random operations (promote, rollback, a
 * retrain-like save then promoteIf/keepIf) and prints one line per operation the registry reported
 * as done: {@code OK <action> <id> <actor>}. {@code RegistryWorker DIR crash K} runs a fixed
 * sequence of writes (save, promoteIf, rollback) and halts the JVM (no clean-up, as kill -9) at the K-th write step; it prints
 * {@code DONE <steps>} when K is beyond the last step.
 */
public final class RegistryWorker {

    private RegistryWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        if (args[1].equals("crash")) {
            crash(dir, Integer.parseInt(args[2]));
            return;
        }
        String name = args[1];
        int ops = Integer.parseInt(args[2]);
        Random random = new Random(Long.parseLong(args[3]));
        ModelRegistry registry = new ModelRegistry(dir);
        LoadedBundle seed = registry.load("s1");
        for (int i = 0; i < ops; i++) {
            String actor = name + "#" + i;
            int kind = random.nextInt(3);
            try {
                if (kind == 0) {
                    List<String> candidates = registry.list().stream()
                            .filter(m -> m.status().equals("challenger") || m.status().equals("retired"))
                            .map(Manifest::id).toList();
                    if (candidates.isEmpty()) {
                        continue;
                    }
                    String id = candidates.get(random.nextInt(candidates.size()));
                    report(registry.promote(id, actor, "stress", Map.of()));
                } else if (kind == 1) {
                    report(registry.rollback(null, actor));
                } else {
                    String expected = registry.champion().orElse(null);
                    String id = name + "-" + i;
                    registry.save(seed.model(), copy(seed.manifest(), id));
                    System.out.println("OK trained " + id + " -");
                    if (random.nextBoolean()) {
                        report(registry.promoteIf(id, expected, actor, "retrain", Map.of()));
                    } else {
                        report(registry.keepIf(id, expected, actor, "retrain", Map.of()));
                    }
                }
            } catch (ChampionChangedException e) {
                System.out.println("CHANGED " + e.getMessage());
            } catch (BundleException e) {
                System.out.println("REFUSED " + e.getMessage());
            }
            System.out.flush();
        }
        System.out.println("END");
    }

    private static void report(RegistryEvent e) {
        System.out.println("OK " + e.action() + " " + e.id() + " " + e.actor());
        System.out.flush();
    }

    static Manifest copy(Manifest m, String id) {
        return new Manifest(Manifest.FORMAT, id, Instant.now(), "challenger", m.data(), m.training(), m.evaluation(),
                m.libraries(), Map.of());
    }

    /** The fixed sequence: save + promoteIf, then a rollback; halts at the K-th write step. */
    private static void crash(Path dir, int k) throws Exception {
        int[] steps = {0};
        ModelRegistry registry = new ModelRegistry(dir, point -> {
            if (++steps[0] == k) {
                Runtime.getRuntime().halt(42);
            }
        });
        LoadedBundle seed = registry.load("s1");
        String expected = registry.champion().orElse(null);
        String id = "c" + k;
        registry.save(seed.model(), copy(seed.manifest(), id));
        registry.promoteIf(id, expected, "crash#" + k, "crash test", Map.of());
        registry.rollback(null, "crash#" + k);
        System.out.println("DONE " + steps[0]);
    }
}
