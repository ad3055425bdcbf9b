package com.carato.service;

import com.carato.ml.registry.BundleException;
import com.carato.ml.registry.ChampionCache;
import com.carato.ml.registry.ChampionWatcher;
import com.carato.ml.registry.LoadedBundle;
import com.carato.ml.registry.ModelRegistry;
import com.carato.ml.registry.RegistryEvent;
import com.carato.register.ShopDatabase;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps a workstation's {@link ActiveModel} on the shop's champion. {@link #start()} loads the
 * champion from the registry, or, when the database cannot be reached, the last champion cached on
 * this workstation; then a {@link ChampionWatcher} follows it: PostgreSQL LISTEN/NOTIFY (a promotion
 * or rollback anywhere reaches it at once) with polling every {@code poll} as the safety net, and
 * polling alone on H2 or a folder registry. Each new champion is loaded, verified, put in use with
 * one atomic swap and cached. The database may go away and come back: the status says so and the
 * workstation keeps pricing with the model it has.
 *
 * <p>Listeners hear every change of {@link #status()} on the follower's thread (the first one on
 * the thread that calls {@link #start()}); a user interface hands them to its own thread.
 */
public final class ChampionFollower implements AutoCloseable {

    /** How often the champion is re-read anyway (and the only way on H2). */
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(ChampionFollower.class.getName());

    private final ModelRegistry registry;
    private final ActiveModel active;
    private final ShopDatabase listenOn;
    private final ChampionCache cache;
    private final Duration poll;
    private final List<Consumer<ChampionStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile ChampionStatus status = new ChampionStatus(null, null, false, false, null);
    private volatile ChampionWatcher watcher;

    /**
     * @param listenOn the PostgreSQL database to LISTEN on (null, or H2: polling only)
     * @param cache    where the last champion is kept (null: no cache, a folder registry)
     */
    ChampionFollower(ModelRegistry registry, ActiveModel active, ShopDatabase listenOn, ChampionCache cache,
                     Duration poll) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.active = Objects.requireNonNull(active, "active");
        this.listenOn = listenOn;
        this.cache = cache;
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("the poll period must be positive, got " + poll);
        }
        this.poll = poll;
    }

    /** The champion in use and whether the database answers. */
    public ChampionStatus status() {
        return status;
    }

    /** Hears each change of the status (on the follower's thread). */
    public void addListener(Consumer<ChampionStatus> listener) {
        listeners.add(listener);
    }

    /**
     * Puts the champion in use (from the registry, else from the cache) and starts following it.
     *
     * @return the status after the first load
     */
    public synchronized ChampionStatus start() {
        if (watcher != null) {
            throw new IllegalStateException("the champion follower is started already");
        }
        boolean reachable;
        try {
            Optional<String> champion = registry.champion();
            if (champion.isPresent()) {
                adopt(champion.get());
            } else {
                publish(new ChampionStatus(null, null, false, true, null));
            }
            reachable = true;
        } catch (IOException | BundleException | RuntimeException e) {
            reachable = false;
            startFromCache(message(e));
        }
        // assigned before it runs: its first report may need lastProblem()
        watcher = new ChampionWatcher(registry.championLog(), listenOn, poll, this::adopt, this::reachable);
        watcher.start(status.modelId(), reachable);
        return status;
    }

    private void startFromCache(String problem) {
        LOG.log(System.Logger.Level.WARNING, "the model registry " + registry.location() + " cannot be read: " + problem);
        Optional<LoadedBundle> cached = Optional.empty();
        String cacheProblem = null;
        if (cache != null) {
            try {
                cached = cache.load();
            } catch (BundleException e) {
                cacheProblem = e.getMessage();
            }
        }
        if (cached.isPresent()) {
            active.switchTo(cached.get());
            // since when it is the shop's champion is in the database, which cannot be read now
            publish(new ChampionStatus(cached.get().manifest().id(), null, true, false, problem));
        } else {
            publish(new ChampionStatus(null, null, false, false,
                    cacheProblem == null ? problem : problem + "; the cached champion cannot be used: " + cacheProblem));
        }
    }

    /** Loads the champion {@code id}, puts it in use and caches it; throws when it cannot be read now. */
    private void adopt(String id) throws IOException, BundleException {
        LoadedBundle bundle = active.current().filter(b -> b.manifest().id().equals(id)).orElse(null);
        if (bundle == null) {
            bundle = registry.load(id);
            active.switchTo(bundle);
        }
        Instant since = since(id);
        String problem = null;
        if (cache != null) {
            try {
                cache.keep(registry.storedManifest(id), registry.files(id));
            } catch (IOException | BundleException e) {
                problem = "the champion could not be cached in " + cache.dir() + ": " + e.getMessage();
                LOG.log(System.Logger.Level.WARNING, problem);
            }
        }
        publish(new ChampionStatus(id, since, false, true, problem));
    }

    /** When {@code id} last became the champion, as the history says; now when the history has no such event. */
    private Instant since(String id) throws IOException {
        Instant since = Instant.now();
        for (RegistryEvent e : registry.events()) {
            if (e.changesChampion() && e.id().equals(id)) {
                since = e.time();
            }
        }
        return since;
    }

    private void reachable(boolean reachable) {
        ChampionStatus s = status;
        if (reachable) {
            // the watcher read the champion and it is the one in use: confirmed by the database,
            // which also says since when (a champion taken from the cache did not know)
            Instant since = s.since();
            if (s.fromCache() && s.modelId() != null) {
                try {
                    since = since(s.modelId());
                } catch (IOException e) {
                    since = s.since();
                }
            }
            publish(new ChampionStatus(s.modelId(), since, false, true, null));
        } else {
            publish(new ChampionStatus(s.modelId(), s.since(), s.fromCache(), false, watcher == null ? s.problem()
                    : watcher.lastProblem()));
        }
    }

    private void publish(ChampionStatus next) {
        synchronized (listeners) {
            if (next.equals(status)) {
                return;
            }
            status = next;
        }
        for (Consumer<ChampionStatus> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a champion status listener failed", e);
            }
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
