package com.carato.ml.registry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The write lock of a registry folder, held across check-and-write: an operating-system lock
 * ({@link FileChannel#lock()}) on {@code .registry.lock} for other processes, and an in-process
 * lock for other threads, because a {@link FileLock} belongs to the whole JVM (a second
 * {@code lock()} from the same process throws instead of waiting, and closing any channel of the
 * file drops it). The in-process lock is shared by every object of this process that writes the
 * same folder. Reentrant within a thread; the OS lock is taken by the outermost holder only. The
 * operating system releases the lock when the process dies, however it dies.
 */
public final class FolderLock {

    public static final String FILE = ".registry.lock";

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** A piece of work done under the lock. */
    @FunctionalInterface
    public interface Locked<T> {
        T run() throws IOException, BundleException;
    }

    private final Path root;

    public FolderLock(Path root) {
        this.root = root;
    }

    /** Runs {@code work} holding both locks; waits for other holders (threads or processes). */
    public <T> T call(Locked<T> work) throws IOException, BundleException {
        Files.createDirectories(root);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(root.toRealPath(), k -> new ReentrantLock());
        local.lock();
        try {
            if (local.getHoldCount() > 1) {
                return work.run(); // this thread already holds the OS lock
            }
            try (FileChannel channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return work.run();
            }
        } finally {
            local.unlock();
        }
    }

    /** True when the current thread holds this folder's lock. */
    public boolean isHeldByCurrentThread() throws IOException {
        if (!Files.isDirectory(root)) {
            return false;
        }
        ReentrantLock local = IN_PROCESS.get(root.toRealPath());
        return local != null && local.isHeldByCurrentThread();
    }
}
