package com.carato.ml.registry;

import com.carato.register.ShopDatabase;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tells a workstation when another one changed the champion. On PostgreSQL it listens for the
 * {@link JdbcChampionLog#CHANNEL} notification that a promotion or rollback sends on commit, so the
 * news arrives at once; it also re-reads the champion every {@code poll} (a notification sent while
 * the connection was down is not replayed), and that polling is all it does on a folder registry
 * or H2. Runs on its own daemon thread until {@link #close()}.
 */
public final class ChampionWatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ChampionWatcher.class.getName());

    private final ChampionLog log;
    private final ShopDatabase listenOn;
    private final Duration poll;
    private final Change onChange;
    private final Consumer<Boolean> onReachable;
    private final Thread thread;
    private volatile boolean closed;
    private volatile String known;

    /**
     * @param log         the champion log to read
     * @param listenOn    the PostgreSQL database to LISTEN on, or null to poll only
     * @param poll        how often to re-read the champion anyway
     * @param onChange    called with the new champion's id (on the watcher's thread)
     * @param onReachable called with false when the log cannot be read, true when it can again
     */
    public ChampionWatcher(ChampionLog log, ShopDatabase listenOn, Duration poll, Change onChange,
                           Consumer<Boolean> onReachable) {
        this.log = Objects.requireNonNull(log, "log");
        this.listenOn = listenOn != null && listenOn.kind() == ShopDatabase.Kind.POSTGRESQL ? listenOn : null;
        this.poll = poll;
        this.onChange = onChange;
        this.onReachable = onReachable;
        this.thread = new Thread(this::run, "carato-champion-watch");
        this.thread.setDaemon(true);
    }

    /**
     * What to do with a new champion. When it throws (the bundle cannot be read now), the change
     * counts as not seen: the watcher reports the store unreachable and tries again at the next poll.
     */
    @FunctionalInterface
    public interface Change {
        void changed(String championId) throws Exception;
    }

    /** Starts watching; {@code current} is the champion this workstation prices with now. */
    public ChampionWatcher start(String current) {
        return start(current, true);
    }

    /**
     * Starts watching; {@code reachable} says whether the log could be read at start (false: the
     * first successful read is reported with {@code onReachable(true)}).
     */
    public ChampionWatcher start(String current, boolean reachable) {
        known = current;
        initiallyReachable = reachable;
        thread.start();
        return this;
    }

    private volatile boolean initiallyReachable = true;
    private volatile String problem;
    private volatile Connection listeningNow;

    /** Why the log could not be read the last time it could not (null: it always could). */
    public String lastProblem() {
        return problem;
    }

    private void run() {
        boolean reachable = initiallyReachable;
        while (!closed) {
            Connection listening = null;
            try {
                if (listenOn != null) {
                    listening = listenOn.dedicated();
                    listeningNow = listening;
                    if (closed) {
                        return;
                    }
                    try (Statement s = listening.createStatement()) {
                        s.execute("LISTEN " + JdbcChampionLog.CHANNEL);
                    }
                }
                while (!closed) {
                    check();
                    if (!reachable) {
                        reachable = true;
                        onReachable.accept(true);
                    }
                    if (listening != null) {
                        // returns at the first notification, or after the poll period
                        listening.unwrap(PGConnection.class).getNotifications((int) poll.toMillis());
                    } else {
                        Thread.sleep(poll.toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (closed) {
                    return; // closing cut the connection: nothing to report
                }
                problem = e.getMessage() == null ? e.toString() : e.getMessage();
                if (reachable) {
                    reachable = false;
                    LOG.log(System.Logger.Level.WARNING, "cannot read the champion from " + log.location() + ": "
                            + e.getMessage());
                    onReachable.accept(false);
                }
                sleepQuietly();
            } finally {
                listeningNow = null;
                closeQuietly(listening);
            }
        }
    }

    private void check() throws Exception {
        Optional<String> champion = log.champion();
        if (champion.isPresent() && !champion.get().equals(known)) {
            onChange.changed(champion.get());
            known = champion.get();
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // a broken listening connection: a new one is opened
            }
        }
    }

    /**
     * Stops watching and waits (up to 10 s) for the watcher's thread to end, so that no change is
     * handled after this returns; the listening connection is closed to end a wait for a notification.
     * The wait holds also when the closing thread is interrupted (a server stopped by an interrupt
     * closes its watcher on its way out); the interrupt is kept for the caller.
     */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        closeQuietly(listeningNow);
        if (Thread.currentThread() == thread) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (thread.isAlive()) {
            long left = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                break;
            }
            try {
                thread.join(left);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
