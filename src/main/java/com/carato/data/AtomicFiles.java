package com.carato.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The one way Carato writes a file: whole or not at all. The bytes go to a hidden temporary file
 * in the same folder, the file is forced to disk, moved into place in one atomic step, and the
 * folder is forced to disk so that the new name survives a power cut. A crash leaves at most a
 * {@code .tmp-} file, never a half-written target. There is no non-atomic fallback: a file system
 * that cannot move atomically gets an error naming the file.
 */
public final class AtomicFiles {

    /** Prefix of the temporary files; readers ignore names starting with it. */
    public static final String TEMP_PREFIX = ".tmp-";

    /** Writes the content of a file to a stream (PDF, PNG and other library writers). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target}, replacing it atomically if it exists. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code content} produces to {@code target}, replacing it atomically if it exists. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * Writes {@code bytes} to {@code target}, replacing it atomically, readable and writable by its
     * owner alone from the moment it is created (a secret: never readable by others, not even while
     * being written). Where the file system has no POSIX rights (Windows), the folder's ACL applies.
     */
    public static void writePrivate(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), true);
    }

    private static void write(Path target, Content content, boolean ownerOnly) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || Files.isDirectory(absolute)) {
            throw new IOException("not a file to write: " + target);
        }
        Files.createDirectories(dir);
        Path temp = dir.resolve(TEMP_PREFIX + absolute.getFileName() + "-" + UUID.randomUUID());
        try {
            writeNew(temp, content, ownerOnly);
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates {@code file} (which must not exist) with {@code bytes} and forces it to disk; the step
     * inside a folder that is moved into place as a whole.
     */
    public static void writeNew(Path file, byte[] bytes) throws IOException {
        writeNew(file, out -> out.write(bytes), false);
    }

    private static void writeNew(Path file, Content content, boolean ownerOnly) throws IOException {
        java.util.Set<StandardOpenOption> options = java.util.EnumSet.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        java.nio.file.attribute.FileAttribute<?>[] rights = ownerOnly && posix
                ? new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions
                        .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))}
                : new java.nio.file.attribute.FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(file, options, rights)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /**
     * Moves a file or folder to {@code target} in one atomic step (replacing a file there) and
     * forces both folders to disk.
     */
    public static void move(Path from, Path target) throws IOException {
        try {
            Files.move(from, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot move " + from + " to " + target + " atomically on this file system", e);
        }
        Path toDir = target.toAbsolutePath().getParent();
        Path fromDir = from.toAbsolutePath().getParent();
        syncDirectory(toDir);
        if (fromDir != null && !fromDir.equals(toDir)) {
            syncDirectory(fromDir);
        }
    }

    /**
     * Forces a folder's entries (names created, moved or removed in it) to disk. Where the platform
     * cannot open a folder for this (Windows), the file system's own journal is relied on.
     */
    public static void syncDirectory(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            if (System.getProperty("os.name", "").startsWith("Windows")) {
                return; // folders cannot be opened there; NTFS journals its metadata
            }
            throw new IOException(dir + ": the folder cannot be forced to disk: " + e.getMessage(), e);
        }
        try (channel) {
            channel.force(true);
        }
    }
}
