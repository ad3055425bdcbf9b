package com.carato.ml.registry;

import com.carato.data.AtomicFiles;
import com.carato.data.DataSnapshots;
import com.carato.data.Hashes;
import com.carato.ml.Features;
import com.carato.ml.train.TrainedModel;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bundles as folders: {@code <root>/<id>/} with {@code manifest.json}, {@code model.ser} and
 * extra files. A bundle is written into a hidden {@code .tmp-<id>/} folder, each file forced to
 * disk, then moved into place in one atomic step and the root folder forced to disk, all through
 * {@link AtomicFiles}; a crash leaves either the whole bundle or a temporary folder that is
 * ignored and cleaned by the next save of that id.
 */
public final class FolderBundleStore implements BundleStore {

    public static final String MODEL_FILE = "model.ser";
    public static final String MANIFEST_FILE = "manifest.json";
    private static final String TEMP_PREFIX = ".tmp-";

    private final Path root;
    private final WriteHook hook;

    public FolderBundleStore(Path root, WriteHook hook) {
        this.root = root;
        this.hook = hook;
    }

    public Path root() {
        return root;
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public DataSnapshots snapshots() {
        return new DataSnapshots(root.resolve(DataSnapshots.FOLDER));
    }

    private Path dir(String id, String from) throws BundleException {
        return root.resolve(ModelIds.check(id, from));
    }

    @Override
    public Manifest save(TrainedModel model, Manifest manifest, Map<String, byte[]> extraFiles)
            throws IOException, BundleException {
        Path target = dir(manifest.id(), "a new bundle's manifest");
        Files.createDirectories(root);
        if (Files.exists(target)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString(), null,
                    "a bundle " + manifest.id() + " already exists in " + root);
        }
        for (String name : extraFiles.keySet()) {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || name.equals(MANIFEST_FILE) || name.equals(MODEL_FILE)) {
                throw new IllegalArgumentException("not a bundle file name: " + name);
            }
        }
        Path temp = root.resolve(TEMP_PREFIX + manifest.id());
        deleteRecursively(temp);
        Files.createDirectories(temp);
        try {
            byte[] bytes = serialize(model);
            AtomicFiles.writeNew(temp.resolve(MODEL_FILE), bytes);
            hook.reached("model-written");
            Map<String, String> hashes = new TreeMap<>();
            hashes.put(MODEL_FILE, Hashes.sha256(bytes));
            for (Map.Entry<String, byte[]> extra : extraFiles.entrySet()) {
                AtomicFiles.writeNew(temp.resolve(extra.getKey()), extra.getValue());
                hashes.put(extra.getKey(), Hashes.sha256(extra.getValue()));
            }
            hook.reached("extra-files-written");
            Manifest complete = manifest.withFiles(hashes);
            AtomicFiles.writeNew(temp.resolve(MANIFEST_FILE), Json.MAPPER.writeValueAsBytes(complete));
            AtomicFiles.syncDirectory(temp);
            hook.reached("manifest-written");
            AtomicFiles.move(temp, target);
            try {
                hook.reached("bundle-moved");
            } catch (IOException | RuntimeException e) {
                delete(manifest.id());
                throw e;
            }
            return complete;
        } finally {
            deleteRecursively(temp);
        }
    }

    @Override
    public List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return ids;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path dir : dirs) {
                String name = dir.getFileName().toString();
                if (ModelIds.isValid(name) && Files.isRegularFile(dir.resolve(MANIFEST_FILE))) {
                    ids.add(name);
                }
            }
        }
        return ids;
    }

    @Override
    public boolean exists(String id) throws BundleException {
        return Files.isDirectory(dir(id, "a request"));
    }

    @Override
    public Manifest manifest(String id) throws BundleException {
        return readManifest(dir(id, "a request"));
    }

    @Override
    public LoadedBundle load(String id) throws BundleException {
        Path dir = dir(id, "a request");
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
        if (!Hashes.sha256(bytes).equals(expected)) {
            throw new BundleException(modelFile + ": corrupt (its SHA-256 does not match the manifest)");
        }
        TrainedModel model = deserialize(modelFile, bytes);
        if (model.featureVersion() != Features.VERSION) {
            throw new BundleException(modelFile + ": feature encoding version " + model.featureVersion()
                    + " is not this version's " + Features.VERSION + ": retrain the model");
        }
        return new LoadedBundle(manifest, model);
    }

    @Override
    public byte[] readFile(String id, String name) throws BundleException {
        Path dir = dir(id, "a request");
        Manifest manifest = readManifest(dir);
        String expected = manifest.files() == null ? null : manifest.files().get(name);
        if (expected == null) {
            throw new BundleException(dir.resolve(name) + ": not part of bundle " + id);
        }
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            if (!Hashes.sha256(bytes).equals(expected)) {
                throw new BundleException(dir.resolve(name) + ": corrupt (its SHA-256 does not match the manifest)");
            }
            return bytes;
        } catch (IOException e) {
            throw new BundleException(dir.resolve(name) + ": cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String id) throws IOException, BundleException {
        Path dir = dir(id, "a bundle to remove");
        // moved aside in one step first, so that a crash mid-delete leaves no half bundle under its id
        if (Files.isDirectory(dir)) {
            Path aside = root.resolve(TEMP_PREFIX + "deleted-" + id);
            deleteRecursively(aside);
            AtomicFiles.move(dir, aside);
            deleteRecursively(aside);
        }
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
}
