package com.carato.service;

import com.carato.data.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A folder where files of new appraisals are dropped. A CSV file is ready once its size and
 * modification time have not changed between two looks (so a file still being copied is left
 * alone); hidden files and {@code .part}/{@code .tmp} files are ignored. After a retrain the file
 * moves to {@code processed/}, or to {@code rejected/} with a {@code .reason.txt} beside it.
 */
public final class Inbox {

    public static final String PROCESSED = "processed";
    public static final String REJECTED = "rejected";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private record Seen(long size, long modified) {
    }

    private final Path dir;
    private final Map<Path, Seen> lastLook = new HashMap<>();

    public Inbox(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Looks at the folder and returns the CSV files that are unchanged since the previous look,
     * oldest first. The first look only remembers what it saw.
     */
    public List<Path> ready() throws IOException {
        Files.createDirectories(dir);
        Map<Path, Seen> now = new HashMap<>();
        List<Path> ready = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, Files::isRegularFile)) {
            for (Path file : files) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.startsWith(".") || !name.endsWith(".csv")) {
                    continue;
                }
                Seen seen = new Seen(Files.size(file), Files.getLastModifiedTime(file).toMillis());
                now.put(file, seen);
                if (seen.equals(lastLook.get(file))) {
                    ready.add(file);
                }
            }
        }
        lastLook.clear();
        lastLook.putAll(now);
        ready.sort((a, b) -> Long.compare(now.get(a).modified(), now.get(b).modified()));
        return ready;
    }

    /** Moves a retrained file to {@code processed/}; returns where it went. */
    public Path processed(Path file) throws IOException {
        return moveTo(PROCESSED, file);
    }

    /** Moves a refused file to {@code rejected/} and writes why beside it; returns where it went. */
    public Path rejected(Path file, String reason) throws IOException {
        Path target = moveTo(REJECTED, file);
        AtomicFiles.write(target.resolveSibling(target.getFileName() + ".reason.txt"),
                (reason + "\n").getBytes(StandardCharsets.UTF_8));
        return target;
    }

    private Path moveTo(String folder, Path file) throws IOException {
        Path targetDir = Files.createDirectories(dir.resolve(folder));
        Path target = targetDir.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = targetDir.resolve(STAMP.format(Instant.now()) + "-" + file.getFileName());
        }
        com.carato.data.AtomicFiles.move(file, target);
        lastLook.remove(file);
        return target;
    }
}
