package com.carato.ml.registry;

import com.carato.data.DataSnapshots;
import com.carato.ml.Features;
import com.carato.ml.train.TrainedModel;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model registry: one folder per model version under a root folder, and an append-only log
 * ({@code registry.log}, one JSON event per line) that says which version was champion when.
 *
 * <p>Writes are atomic: a bundle is written into a hidden temporary folder and moved into place in
 * one step, so a crash leaves either the whole bundle or none (a leftover temporary folder is
 * ignored and cleaned). The log is appended and forced to disk before a manifest's status is
 * updated; the log wins if the two disagree.
 */
public final class ModelRegistry {

    public static final String MODEL_FILE = "model.ser";
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String LOG_FILE = "registry.log";
    private static final String TEMP_PREFIX = ".tmp-";

    /** Status of a complete bundle that the log does not mention (a crash between its move and its log line). */
    public static final String UNLOGGED = "unlogged";

    private final Path root;
    private final WriteHook hook;

    public ModelRegistry(Path root) {
        this(root, WriteHook.NONE);
    }

    /** A registry that calls {@code hook} between its writes (for fault-injection tests). */
    public ModelRegistry(Path root, WriteHook hook) {
        this.root = root;
        this.hook = hook;
    }

    public Path root() {
        return root;
    }

    /** The registry's immutable data snapshots ({@code snapshots/} inside the root). */
    public DataSnapshots snapshots() {
        return new DataSnapshots(root.resolve(DataSnapshots.FOLDER));
    }

    /** Saves a new bundle atomically and logs it as trained; returns its manifest with file hashes. */
    public synchronized Manifest save(TrainedModel model, Manifest manifest) throws IOException {
        return save(model, manifest, Map.of());
    }

    /**
     * Saves a new bundle with extra files (e.g. the held-out evaluation) atomically; each file's
     * SHA-256 goes into the manifest.
     */
    public synchronized Manifest save(TrainedModel model, Manifest manifest, Map<String, byte[]> extraFiles)
            throws IOException {
        Files.createDirectories(root);
        Path target = root.resolve(manifest.id());
        if (Files.exists(target)) {
            throw new IOException("a bundle " + manifest.id() + " already exists in " + root);
        }
        Path temp = root.resolve(TEMP_PREFIX + manifest.id());
        deleteRecursively(temp);
        Files.createDirectories(temp);
        try {
            byte[] bytes = serialize(model);
            writeDurably(temp.resolve(MODEL_FILE), bytes);
            Map<String, String> hashes = new java.util.TreeMap<>();
            hashes.put(MODEL_FILE, sha256(bytes));
            for (Map.Entry<String, byte[]> extra : extraFiles.entrySet()) {
                if (extra.getKey().contains("/") || extra.getKey().equals(MANIFEST_FILE)) {
                    throw new IllegalArgumentException("not a bundle file name: " + extra.getKey());
                }
                writeDurably(temp.resolve(extra.getKey()), extra.getValue());
                hashes.put(extra.getKey(), sha256(extra.getValue()));
            }
            Manifest complete = manifest.withFiles(hashes);
            writeDurably(temp.resolve(MANIFEST_FILE), Json.MAPPER.writeValueAsBytes(complete));
            moveAtomically(temp, target);
            try {
                hook.reached("bundle-moved");
                append(new RegistryEvent(Instant.now(), RegistryEvent.TRAINED, manifest.id(),
                        champion().orElse(null), actor(), "trained", Map.of()));
            } catch (IOException | RuntimeException e) {
                // not registered: take the bundle back out so that the registry is as it was
                deleteRecursively(target);
                throw e;
            }
            return complete;
        } finally {
            deleteRecursively(temp);
        }
    }

    /** Every bundle's manifest, oldest first, with its status as the log says. */
    public List<Manifest> list() throws IOException {
        List<Manifest> manifests = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return manifests;
        }
        Optional<String> champion = champion();
        List<RegistryEvent> events = events();
        List<String> everChampion = events.stream().filter(RegistryEvent::changesChampion)
                .map(RegistryEvent::id).toList();
        java.util.Set<String> logged = new java.util.HashSet<>(events.stream().map(RegistryEvent::id).toList());
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path dir : dirs) {
                String name = dir.getFileName().toString();
                if (name.startsWith(".") || name.equals(DataSnapshots.FOLDER)
                        || !Files.isRegularFile(dir.resolve(MANIFEST_FILE))) {
                    continue;
                }
                try {
                    Manifest m = readManifest(dir);
                    String status = champion.filter(name::equals).isPresent() ? "champion"
                            : everChampion.contains(name) ? "retired"
                            : logged.contains(name) ? "challenger" : UNLOGGED;
                    manifests.add(m.withStatus(status));
                } catch (BundleException e) {
                    // listed as unusable rather than hidden
                    manifests.add(new Manifest(0, name, Instant.EPOCH, "unreadable: " + e.getMessage(),
                            null, null, null, Map.of(), Map.of()));
                }
            }
        }
        manifests.sort(Comparator.comparing(Manifest::created).thenComparing(Manifest::id));
        return manifests;
    }

    /** Loads and verifies a bundle; never returns a half-loaded one. */
    public LoadedBundle load(String id) throws BundleException {
        Path dir = root.resolve(id);
        if (!Files.isDirectory(dir)) {
            throw new BundleException("no model " + id + " in " + root);
        }
        Manifest manifest = readManifest(dir);
        if (manifest.format() != Manifest.FORMAT) {
            throw new BundleException(dir.resolve(MANIFEST_FILE) + ": bundle format " + manifest.format()
                    + " is not supported (this version reads format " + Manifest.FORMAT + ")");
        }
        String smile = manifest.libraries() == null ? null : manifest.libraries().get("smile");
        if (!BuildInfo.smileVersion().equals(smile)) {
            throw new BundleException(dir.resolve(MANIFEST_FILE) + ": trained with Smile " + smile
                    + ", but this is Smile " + BuildInfo.smileVersion() + ": retrain the model");
        }
        Path modelFile = dir.resolve(MODEL_FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(modelFile);
        } catch (NoSuchFileException e) {
            throw new BundleException(modelFile + ": missing (partial bundle)");
        } catch (IOException e) {
            throw new BundleException(modelFile + ": cannot be read: " + e.getMessage(), e);
        }
        String expected = manifest.files() == null ? null : manifest.files().get(MODEL_FILE);
        if (!sha256(bytes).equals(expected)) {
            throw new BundleException(modelFile + ": corrupt (its SHA-256 does not match the manifest)");
        }
        TrainedModel model = deserialize(modelFile, bytes);
        if (model.featureVersion() != Features.VERSION) {
            throw new BundleException(modelFile + ": feature encoding version " + model.featureVersion()
                    + " is not this version's " + Features.VERSION + ": retrain the model");
        }
        return new LoadedBundle(manifest, model);
    }

    /** An extra file of a bundle, verified against the manifest's SHA-256. */
    public byte[] readFile(String id, String name) throws BundleException {
        Path dir = root.resolve(id);
        Manifest manifest = readManifest(dir);
        String expected = manifest.files() == null ? null : manifest.files().get(name);
        if (expected == null) {
            throw new BundleException(dir.resolve(name) + ": not part of bundle " + id);
        }
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            if (!sha256(bytes).equals(expected)) {
                throw new BundleException(dir.resolve(name) + ": corrupt (its SHA-256 does not match the manifest)");
            }
            return bytes;
        } catch (IOException e) {
            throw new BundleException(dir.resolve(name) + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The champion's id, as the log says. */
    public Optional<String> champion() throws IOException {
        String current = null;
        for (RegistryEvent event : events()) {
            if (event.changesChampion()) {
                current = event.id();
            }
        }
        return Optional.ofNullable(current);
    }

    /** Makes {@code id} the champion; logs who, why and the figures. */
    public synchronized RegistryEvent promote(String id, String actor, String reason, Map<String, Double> figures)
            throws IOException, BundleException {
        load(id);
        RegistryEvent event = new RegistryEvent(Instant.now(), RegistryEvent.PROMOTED, id, champion().orElse(null),
                actor, reason, figures);
        append(event);
        return event;
    }

    /** Logs that a challenger was kept out, with the verdict and figures. */
    public synchronized RegistryEvent keep(String id, String actor, String reason, Map<String, Double> figures)
            throws IOException {
        RegistryEvent event = new RegistryEvent(Instant.now(), RegistryEvent.KEPT, id, champion().orElse(null),
                actor, reason, figures);
        append(event);
        return event;
    }

    /**
     * Makes an earlier bundle the champion again. Without an id, goes back to the champion before
     * the current one.
     */
    public synchronized RegistryEvent rollback(String id, String actor) throws IOException, BundleException {
        Optional<String> current = champion();
        String target = id;
        if (target == null) {
            List<String> champions = new ArrayList<>();
            for (RegistryEvent event : events()) {
                if (event.changesChampion()) {
                    champions.add(event.id());
                }
            }
            // walk back past the current champion to the one before it
            for (int i = champions.size() - 1; i >= 0 && target == null; i--) {
                if (!champions.get(i).equals(current.orElse(null))) {
                    target = champions.get(i);
                }
            }
            if (target == null) {
                throw new BundleException("nothing to roll back to: no earlier champion in " + root.resolve(LOG_FILE));
            }
        }
        load(target);
        RegistryEvent event = new RegistryEvent(Instant.now(), RegistryEvent.ROLLED_BACK, target,
                current.orElse(null), actor, "rollback", Map.of());
        append(event);
        return event;
    }

    /** The log, oldest first. A torn last line (a crash mid-append) is ignored. */
    public List<RegistryEvent> events() throws IOException {
        Path log = root.resolve(LOG_FILE);
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        List<RegistryEvent> events = new ArrayList<>();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(Json.MAPPER.readValue(line, RegistryEvent.class));
            } catch (JsonProcessingException e) {
                if (i < lines.size() - 1) {
                    throw new IOException(log + ": line " + (i + 1) + " is not a registry event: " + e.getOriginalMessage());
                }
            }
        }
        return events;
    }

    private void append(RegistryEvent event) throws IOException {
        Files.createDirectories(root);
        byte[] line = (Json.LINE.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(root.resolve(LOG_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // a crash mid-append leaves a torn last line, which events() ignores; cut it off first so
            // that this event starts on a line of its own and is not lost with it
            channel.truncate(endOfLastCompleteLine(channel));
            channel.position(channel.size());
            channel.write(java.nio.ByteBuffer.wrap(line));
            channel.force(true);
        }
    }

    /** Size of the log up to and including its last line break (0 when it has none). */
    private static long endOfLastCompleteLine(FileChannel channel) throws IOException {
        long size = channel.size();
        java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
        for (long at = size - 1; at >= 0; at--) {
            one.clear();
            channel.read(one, at);
            if (one.get(0) == '\n') {
                return at + 1;
            }
        }
        return 0;
    }

    private static Manifest readManifest(Path dir) throws BundleException {
        Path file = dir.resolve(MANIFEST_FILE);
        try {
            return Json.MAPPER.readValue(file.toFile(), Manifest.class);
        } catch (JsonProcessingException e) {
            throw new BundleException(file + ": not a valid manifest: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BundleException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] serialize(TrainedModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        return bytes.toByteArray();
    }

    /** Only the model's own classes, Smile's and the JDK's basics may be deserialized. */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "com.carato.**;smile.**;java.lang.*;java.util.*;java.time.*;[*;!*");

    private static TrainedModel deserialize(Path file, byte[] bytes) throws BundleException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(FILTER);
            Object object = in.readObject();
            if (!(object instanceof TrainedModel model)) {
                throw new BundleException(file + ": holds a " + object.getClass().getName() + ", not a model");
            }
            return model;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new BundleException(file + ": cannot be read as a model (" + e + ")", e);
        }
    }

    static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            out.write(bytes);
            out.flush();
            channel.force(true);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot move " + from + " to " + to + " atomically on this file system", e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static String actor() {
        return System.getProperty("user.name", "unknown");
    }
}
