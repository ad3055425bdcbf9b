package com.carato.ml.registry;

import java.nio.file.Path;

/**
 * A separate process for {@link RetrainLockTest}. {@code LockHolder DIR} takes the lock, says so,
 * then waits to be killed; {@code LockHolder DIR probe} tries once and prints "acquired" or "refused".
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("probe")) {
            var lock = RetrainLock.tryAcquire(Path.of(args[0]), "probe");
            System.out.println(lock.isPresent() ? "acquired" : "refused");
            if (lock.isPresent()) {
                lock.get().close();
            }
            return;
        }
        RetrainLock lock = RetrainLock.tryAcquire(Path.of(args[0]), "other process").orElseThrow();
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        lock.close();
    }
}
