package com.carato.register;

import com.carato.data.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Entries waiting for the shop database, one file each in a folder of the workstation: written
 * whole (atomic write, forced to disk) before the counter is told the appraisal is kept, so closing
 * or killing the app loses none. Files are named by a sequence number, so they are sent in the
 * order they were recorded.
 */
final class Outbox {

    private static final Pattern NAME = Pattern.compile("(\\d{12})-([0-9a-f-]{36})\\.json");

    private final Path folder;

    Outbox(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Keeps an entry until it is sent. */
    synchronized void add(NewEntry entry) {
        try {
            Files.createDirectories(folder);
            List<Path> waiting = waiting();
            long next = waiting.isEmpty() ? 1 : sequence(waiting.get(waiting.size() - 1)) + 1;
            AtomicFiles.write(folder.resolve(String.format("%012d-%s.json", next, entry.key())),
                    AppraisalJson.writeEntry(entry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the appraisal in the outbox " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    /** The waiting entries' files, oldest first. */
    synchronized List<Path> waiting() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outbox " + folder + ": " + e.getMessage(), e);
        }
    }

    NewEntry read(Path file) {
        try {
            return AppraisalJson.readEntry(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read outbox entry " + file + ": " + e.getMessage(), e);
        }
    }

    /** Forgets an entry the database has confirmed. */
    synchronized void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove sent outbox entry " + file + ": " + e.getMessage(), e);
        }
    }

    int size() {
        return waiting().size();
    }

    private static long sequence(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        return Long.parseLong(m.group(1));
    }
}
