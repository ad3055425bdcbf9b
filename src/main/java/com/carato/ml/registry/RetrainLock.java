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

    private final FileChannel channel;
    private final FileLock lock;

    private RetrainLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns empty when another retrain (in any process) holds it. */
    public static Optional<RetrainLock> tryAcquire(Path root, String holder) throws IOException {
        Files.createDirectories(root);
        FileChannel channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder + ", process " + ManagementFactory.getRuntimeMXBean().getPid()
                + ", since " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        return Optional.of(new RetrainLock(channel, lock));
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
            channel.close();
        }
    }
}
