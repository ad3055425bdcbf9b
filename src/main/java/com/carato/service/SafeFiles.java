package com.carato.service;

import com.carato.data.AtomicFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Whole-or-nothing file writes for the interfaces (PNG and CSV exports of the app): the one
 * {@link AtomicFiles} helper behind the service API, so that no screen writes a file its own way.
 */
public final class SafeFiles {

    /** Writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    /** Writes {@code content} to {@code target} atomically (temporary file, fsync, atomic move, fsync of the folder). */
    public static void write(Path target, Content content) throws IOException {
        AtomicFiles.write(target, content::writeTo);
    }
}
