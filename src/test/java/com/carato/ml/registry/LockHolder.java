package com.carato.ml.registry;

import java.nio.file.Path;

/** A separate process for {@link RetrainLockTest}: takes the lock, says so, then waits to be killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        RetrainLock lock = RetrainLock.tryAcquire(Path.of(args[0]), "other process").orElseThrow();
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        lock.close();
    }
}
