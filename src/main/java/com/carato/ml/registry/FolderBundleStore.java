package com.carato.ml.registry;

import com.carato.data.AtomicFiles;
import com.carato.data.DataSnapshots;

import java.io.IOException;
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
 * ignored and cleaned by the next save of that id. The bytes are encoded and verified by
 * {@link BundleCodec}, as in every store.
 */
public final class FolderBundleStore implements BundleStore {

    public static final String MODEL_FILE = BundleCodec.MODEL_FILE;
    public static final String MANIFEST_FILE = BundleCodec.MANIFEST_FILE;
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
    public void saveVerified(Manifest manifest, Map<String, byte[]> files) throws IOException, BundleException {
        BundleCodec.verifyAll(root.resolve(String.valueOf(manifest.id())).toString(), manifest, files);
        write(manifest, files);
    }

    private void write(Manifest complete, Map<String, byte[]> files) throws IOException, BundleException {
        Path target = dir(complete.id(), "a new bundle's manifest");
        BundleCodec.checkExtraNames(files.keySet().stream().filter(n -> !n.equals(MODEL_FILE)).toList());
        Files.createDirectories(root);
        if (Files.exists(target)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString(), null,
                    "a bundle " + complete.id() + " already exists in " + root);
        }
        Path temp = root.resolve(TEMP_PREFIX + complete.id());
        deleteRecursively(temp);
        Files.createDirectories(temp);
        try {
            AtomicFiles.writeNew(temp.resolve(MODEL_FILE), files.get(MODEL_FILE));
            hook.reached("model-written");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (!file.getKey().equals(MODEL_FILE)) {
                    AtomicFiles.writeNew(temp.resolve(file.getKey()), file.getValue());
                }
            }
            hook.reached("extra-files-written");
            AtomicFiles.writeNew(temp.resolve(MANIFEST_FILE), BundleCodec.manifestBytes(complete));
            AtomicFiles.syncDirectory(temp);
            hook.reached("manifest-written");
            AtomicFiles.move(temp, target);
            try {
                hook.reached("bundle-moved");
            } catch (IOException | RuntimeException e) {
                delete(complete.id());
                throw e;
            }
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
        BundleCodec.checkCompatible(dir.resolve(MANIFEST_FILE).toString(), manifest);
        Path modelFile = dir.resolve(MODEL_FILE);
        return BundleCodec.load(dir.resolve(MANIFEST_FILE).toString(), modelFile.toString(), manifest,
                read(modelFile));
    }

    @Override
    public byte[] readFile(String id, String name) throws BundleException {
        Path dir = dir(id, "a request");
        Manifest manifest = readManifest(dir);
        if (manifest.files() == null || !manifest.files().containsKey(name)) {
            throw new BundleException(dir.resolve(name) + ": not part of bundle " + id);
        }
        return BundleCodec.verify(dir.resolve(name).toString(), manifest, name, read(dir.resolve(name)));
    }

    @Override
    public Map<String, byte[]> files(String id) throws BundleException {
        Path dir = dir(id, "a request");
        Manifest manifest = readManifest(dir);
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : manifest.files() == null ? List.<String>of() : manifest.files().keySet()) {
            if (!BundleCodec.isFileName(name)) {
                throw new BundleException(dir.resolve(MANIFEST_FILE) + ": lists a file that is not a plain name");
            }
            files.put(name, BundleCodec.verify(dir.resolve(name).toString(), manifest, name, read(dir.resolve(name))));
        }
        return files;
    }

    /** The file's bytes; null when it is missing (the codec calls that a partial bundle). */
    private static byte[] read(Path file) throws BundleException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new BundleException(file + ": cannot be read: " + e.getMessage(), e);
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BundleException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return BundleCodec.readManifest(file.toString(), bytes);
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
