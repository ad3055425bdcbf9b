package com.carato.ml.registry;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The one-retrain-at-a-time lock of a registry: an operating-system lock on
 * {@code .retrain.lock} in the registry folder ({@link FileChannel#tryLock}). The operating system
 * releases it when the process ends, however it ends, so a crash never leaves a stale lock. The
 * file itself stays (deleting a lock file races with the next locker); it only says who holds it.
 */
public final class RetrainLock implements AutoCloseable {

    public static final String FILE = ".retrain.lock";

    /**
     * Registries locked by this process. Checked before opening the lock file: on Linux, closing any
     * channel to a locked file drops the process's lock, so a second attempt from this process must
     * never open (and close) one.
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final FileChannel channel;
    private final FileLock lock;
    private final Path key;

    private RetrainLock(FileChannel channel, FileLock lock, Path key) {
        this.channel = channel;
        this.lock = lock;
        this.key = key;
    }

    /** Takes the lock, or returns empty when another retrain (in any process) holds it. */
    public static Optional<RetrainLock> tryAcquire(Path root, String holder) throws IOException {
        Files.createDirectories(root);
        Path key = root.toRealPath();
        if (!HELD.add(key)) {
            return Optional.empty(); // held by this very process
        }
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            HELD.remove(key);
            throw e;
        }
        if (lock == null) {
            channel.close();
            HELD.remove(key);
            return Optional.empty();
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + ", process " + ManagementFactory.getRuntimeMXBean().getPid()
                    + ", since " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException | RuntimeException e) {
            // locked but unusable: let go, or the lock would be held for the life of the process
            try {
                lock.release();
                channel.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            } finally {
                HELD.remove(key);
            }
            throw e;
        }
        return Optional.of(new RetrainLock(channel, lock, key));
    }

    /** Who holds (or last held) the lock, as written in the lock file; empty when unknown. */
    public static String holder(Path root) {
        try {
            return Files.readString(root.resolve(FILE), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(key);
            }
        }
    }
}
