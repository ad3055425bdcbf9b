package com.carato.service;

import com.carato.data.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A registry with a champion trained on the reference data (quick configuration), trained once
 * per test run and copied for each test, plus a listing of a registry's content to compare.
 */
public final class RegistryFixture {

    private static Path base;

    private RegistryFixture() {
    }

    /** A fresh copy of the reference champion's registry in {@code target}. */
    public static synchronized Path championRegistry(Path target) throws Exception {
        if (base == null) {
            Path dir = Files.createTempDirectory("carato-champion");
            ModelService.quick(dir, new ActiveModel()).train(Fixtures.referenceData(), Progress.NONE);
            base = dir;
        }
        copy(base, target);
        return target;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
    }

    /** Every file under the registry with the SHA-256 of its content (the retrain lock file aside). */
    public static Map<String, String> listing(Path root) throws IOException {
        Map<String, String> listing = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString();
                if (!name.equals(".retrain.lock")) {
                    listing.put(name, sha(p));
                }
            }
        }
        return listing;
    }

    private static String sha(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException(p + ": " + e.getMessage(), e));
        }
    }
}
