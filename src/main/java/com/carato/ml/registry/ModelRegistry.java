package com.carato.ml.registry;

import com.carato.data.DataSnapshots;
import com.carato.domain.HistoryReason;
import com.carato.domain.Message;
import com.carato.domain.ModelStatus;
import com.carato.ml.train.TrainedModel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The model registry: a {@link BundleStore} (the bundles, by id) and a {@link ChampionLog} (the
 * history that says which version is champion), behind one small facade. Every change that
 * depends on the champion (promotion, keep, rollback, registering a new bundle) checks and writes
 * in one {@link ChampionLog#transact} step, under the store's write lock, so that several
 * processes writing one registry cannot interleave between a check and its write.
 *
 * <p>Build one per registry per process ({@code service.RegistryServices}); correctness does not
 * depend on it (the lock is per folder, not per object), but one instance keeps one view.
 */
public final class ModelRegistry {

    public static final String MODEL_FILE = FolderBundleStore.MODEL_FILE;
    public static final String MANIFEST_FILE = FolderBundleStore.MANIFEST_FILE;
    public static final String LOG_FILE = FolderChampionLog.LOG_FILE;

    private final BundleStore store;
    private final ChampionLog log;
    private final Path root;

    /** The folder registry at {@code root}. */
    public ModelRegistry(Path root) {
        this(root, WriteHook.NONE);
    }

    /** The folder registry at {@code root}, calling {@code hook} between its writes (fault-injection tests). */
    public ModelRegistry(Path root, WriteHook hook) {
        this(root, new FolderBundleStore(root, hook), new FolderChampionLog(root, hook));
    }

    /** A registry over any store and log (the shop database puts its own beside the folder ones). */
    public ModelRegistry(Path root, BundleStore store, ChampionLog log) {
        this.root = root;
        this.store = store;
        this.log = log;
    }

    /** The registry's folder (snapshots, locks and reports live under it). */
    public Path root() {
        return root;
    }

    /** The registry's immutable data snapshots. */
    public DataSnapshots snapshots() {
        return store.snapshots();
    }

    /** Saves a new bundle and logs it as trained. */
    public Manifest save(TrainedModel model, Manifest manifest) throws IOException, BundleException {
        return save(model, manifest, Map.of());
    }

    /**
     * Saves a new bundle with extra files (each file's SHA-256 goes into the manifest) and logs it
     * as trained, under the lock: two writers never pick the same id. When the log line cannot be
     * written the bundle is taken back out.
     */
    public Manifest save(TrainedModel model, Manifest manifest, Map<String, byte[]> extraFiles)
            throws IOException, BundleException {
        String id = ModelIds.check(manifest.id(), "a new bundle's manifest");
        return log.transact(tx -> {
            Manifest complete = store.save(model, manifest, extraFiles);
            try {
                tx.append(RegistryEvent.said(Instant.now(), RegistryEvent.TRAINED, id, tx.champion().orElse(null),
                        actor(), List.of(HistoryReason.TRAINED.with()), Map.of()));
            } catch (IOException | RuntimeException e) {
                // not registered: take the bundle back out so that the registry is as it was
                store.delete(id);
                throw e;
            }
            return complete;
        });
    }

    /** True when a bundle (complete or not) holds {@code id}. */
    public boolean exists(String id) throws BundleException {
        return store.exists(id);
    }

    /** Every bundle's manifest, oldest first, with its status as the log says. */
    public List<Manifest> list() throws IOException {
        List<RegistryEvent> events = log.history();
        Optional<String> champion = ChampionLog.championOf(events);
        Set<String> everChampion = new HashSet<>();
        Set<String> logged = new HashSet<>();
        for (RegistryEvent e : events) {
            logged.add(e.id());
            if (e.changesChampion()) {
                everChampion.add(e.id());
            }
        }
        List<Manifest> manifests = new ArrayList<>();
        for (String id : store.ids()) {
            try {
                Manifest m = store.manifest(id);
                ModelStatus status = champion.filter(id::equals).isPresent() ? ModelStatus.CHAMPION
                        : everChampion.contains(id) ? ModelStatus.RETIRED
                        : logged.contains(id) ? ModelStatus.CHALLENGER : ModelStatus.UNLOGGED;
                manifests.add(m.withStatus(status));
            } catch (BundleException e) {
                // listed as unusable rather than hidden
                manifests.add(new Manifest(0, id, Instant.EPOCH, ModelStatus.UNREADABLE.code() + ": " + e.getMessage(),
                        null, null, null, Map.of(), Map.of()));
            }
        }
        manifests.sort(Comparator.comparing(Manifest::created).thenComparing(Manifest::id));
        return manifests;
    }

    /** Loads and verifies a bundle; never returns a half-loaded one. */
    public LoadedBundle load(String id) throws BundleException {
        return store.load(id);
    }

    /** An extra file of a bundle, verified against the manifest's SHA-256. */
    public byte[] readFile(String id, String name) throws BundleException {
        return store.readFile(id, name);
    }

    /** Every file of a bundle (the model's bytes included), verified: what a cache or another registry copies. */
    public Map<String, byte[]> files(String id) throws BundleException {
        return store.files(id);
    }

    /** The manifest of a bundle as it was stored (its status as when it was saved). */
    public Manifest storedManifest(String id) throws BundleException {
        return store.manifest(id);
    }

    /** The history's store (for a {@link ChampionWatcher}). */
    public ChampionLog championLog() {
        return log;
    }

    /** Where the bundles are, for messages: a folder or the shop database. */
    public String location() {
        return store.location();
    }

    /**
     * Copies every bundle of {@code source} (ids, manifests and bytes unchanged, with their data
     * snapshots) and its whole history into this registry, which must be empty: a folder registry
     * into the shop database, or back. All or nothing: when a step fails, the bundles copied so far
     * are taken back out and the history is not written.
     *
     * @return the number of bundles copied
     */
    public int copyFrom(ModelRegistry source) throws IOException, BundleException {
        List<RegistryEvent> events = source.events();
        List<String> ids = new ArrayList<>(source.store.ids());
        ids.sort(Comparator.naturalOrder());
        return log.transact(tx -> {
            if (!tx.history().isEmpty() || !store.ids().isEmpty()) {
                throw new BundleException(store.location() + " already holds models: a registry is copied only into"
                        + " an empty one (nothing was copied)");
            }
            List<String> copied = new ArrayList<>();
            try {
                for (String id : ids) {
                    Manifest manifest = source.store.manifest(id);
                    Map<String, byte[]> files = source.store.files(id);
                    if (manifest.data() != null && manifest.data().snapshot() != null) {
                        try {
                            snapshots().put(source.snapshots().bytes(manifest.data().sha256()));
                        } catch (com.carato.data.DataFileException e) {
                            throw new BundleException("model " + id + " in " + source.location() + ": its "
                                    + e.getMessage(), e);
                        }
                    }
                    store.saveVerified(manifest, files);
                    copied.add(id);
                }
                for (RegistryEvent e : events) {
                    tx.append(e);
                }
            } catch (IOException | BundleException | RuntimeException e) {
                for (String id : copied) {
                    store.delete(id);
                }
                throw e;
            }
            return copied.size();
        });
    }

    /** The champion's id, as the log says. */
    public Optional<String> champion() throws IOException {
        return log.champion();
    }

    /** The log, oldest first (a torn last line and damaged lines skipped). */
    public List<RegistryEvent> events() throws IOException {
        return log.history();
    }

    /** Makes {@code id} the champion, whoever the champion is now; logs who, why and the figures. */
    public RegistryEvent promote(String id, String actor, String reason, Map<String, Double> figures)
            throws IOException, BundleException {
        return promote(id, null, false, actor, words(reason), figures);
    }

    /** As {@link #promote(String, String, String, Map)}, saying why in codes (shown in any language). */
    public RegistryEvent promote(String id, String actor, List<Message> said, Map<String, Double> figures)
            throws IOException, BundleException {
        return promote(id, null, false, actor, codes(said), figures);
    }

    /**
     * Makes {@code id} the champion only if {@code expectedChampion} still is (null: no champion);
     * the check and the log line are one step under the lock.
     *
     * @throws ChampionChangedException when the champion is another one now; nothing is written
     */
    public RegistryEvent promoteIf(String id, String expectedChampion, String actor, String reason,
                                   Map<String, Double> figures) throws IOException, BundleException {
        return promote(id, expectedChampion, true, actor, words(reason), figures);
    }

    /** As {@link #promoteIf(String, String, String, String, Map)}, saying why in codes. */
    public RegistryEvent promoteIf(String id, String expectedChampion, String actor, List<Message> said,
                                   Map<String, Double> figures) throws IOException, BundleException {
        return promote(id, expectedChampion, true, actor, codes(said), figures);
    }

    private RegistryEvent promote(String id, String expected, boolean check, String actor, Why why,
                                  Map<String, Double> figures) throws IOException, BundleException {
        ModelIds.check(id, "a promotion");
        return log.transact(tx -> {
            String current = tx.champion().orElse(null);
            if (check && !Objects.equals(current, expected)) {
                throw new ChampionChangedException(expected, current, "promoting " + id);
            }
            store.load(id); // only a whole, verified bundle becomes champion
            if (tx.history().stream().noneMatch(e -> e.id().equals(id))) {
                throw new BundleException("model " + id + " in " + store.location() + " is not in the registry log "
                        + "(a bundle left by an interrupted save): it cannot be promoted; train again");
            }
            return tx.append(why.event(RegistryEvent.PROMOTED, id, current, actor, figures));
        });
    }

    /** Logs that a challenger was kept out, with the verdict and figures. */
    public RegistryEvent keep(String id, String actor, String reason, Map<String, Double> figures)
            throws IOException, BundleException {
        ModelIds.check(id, "a decision to keep the champion");
        return log.transact(tx -> tx.append(words(reason).event(RegistryEvent.KEPT, id,
                tx.champion().orElse(null), actor, figures)));
    }

    /**
     * Logs that a challenger was kept out, only if {@code expectedChampion} still is the champion.
     *
     * @throws ChampionChangedException when the champion is another one now; nothing is written
     */
    public RegistryEvent keepIf(String id, String expectedChampion, String actor, String reason,
                                Map<String, Double> figures) throws IOException, BundleException {
        return keepIf(id, expectedChampion, actor, words(reason), figures);
    }

    /** As {@link #keepIf(String, String, String, String, Map)}, saying why in codes. */
    public RegistryEvent keepIf(String id, String expectedChampion, String actor, List<Message> said,
                                Map<String, Double> figures) throws IOException, BundleException {
        return keepIf(id, expectedChampion, actor, codes(said), figures);
    }

    private RegistryEvent keepIf(String id, String expectedChampion, String actor, Why why,
                                 Map<String, Double> figures) throws IOException, BundleException {
        ModelIds.check(id, "a decision to keep the champion");
        return log.transact(tx -> {
            String current = tx.champion().orElse(null);
            if (!Objects.equals(current, expectedChampion)) {
                throw new ChampionChangedException(expectedChampion, current, "keeping " + id + " out");
            }
            return tx.append(why.event(RegistryEvent.KEPT, id, current, actor, figures));
        });
    }

    /**
     * Makes an earlier champion the champion again: {@code id}, or without one the champion before
     * the current one. Only a bundle that was champion before qualifies (not a challenger the rule
     * kept out, not a bundle the log never mentioned).
     */
    public RegistryEvent rollback(String id, String actor) throws IOException, BundleException {
        if (id != null) {
            ModelIds.check(id, "a rollback");
        }
        return log.transact(tx -> {
            String current = tx.champion().orElse(null);
            Set<String> former = new LinkedHashSet<>();
            for (RegistryEvent e : tx.history()) {
                if (e.changesChampion()) {
                    former.remove(e.id());
                    former.add(e.id()); // in order of their last time as champion
                }
            }
            former.remove(current);
            String target = id;
            if (target == null) {
                List<String> earlier = new ArrayList<>(former);
                if (earlier.isEmpty()) {
                    throw new BundleException("nothing to roll back to: no earlier champion in " + log.location());
                }
                target = earlier.get(earlier.size() - 1);
            } else if (target.equals(current)) {
                throw new BundleException(target + " is the champion already; nothing to roll back");
            } else if (!former.contains(target)) {
                throw new BundleException("cannot roll back to " + target + ": it was never champion in "
                        + log.location() + " (rollback goes back to an earlier champion; promote a challenger with "
                        + "carato models promote)");
            }
            store.load(target);
            return tx.append(RegistryEvent.said(Instant.now(), RegistryEvent.ROLLED_BACK, target, current, actor,
                    List.of(HistoryReason.ROLLED_BACK.with()), Map.of()));
        });
    }

    /** Why an event happened: words only (a person's text, a test), or codes with their English. */
    private record Why(String reason, List<Message> said) {
        RegistryEvent event(String action, String id, String previous, String actor, Map<String, Double> figures) {
            return said.isEmpty()
                    ? new RegistryEvent(Instant.now(), action, id, previous, actor, reason, figures)
                    : RegistryEvent.said(Instant.now(), action, id, previous, actor, said, figures);
        }
    }

    private static Why words(String reason) {
        return new Why(reason, List.of());
    }

    private static Why codes(List<Message> said) {
        if (said.isEmpty()) {
            throw new IllegalArgumentException("say why: no reason given");
        }
        return new Why(null, List.copyOf(said));
    }

    private static String actor() {
        return System.getProperty("user.name", "unknown");
    }
}
