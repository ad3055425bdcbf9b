package com.carato.ml.registry;

import com.carato.data.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The last champion a workstation priced with, kept in {@code <local folder>/champion-cache} so
 * that it keeps pricing when the shop database cannot be reached (at start or later). The bundle is
 * stored as a folder bundle ({@link FolderBundleStore}: written aside, moved into place
 * atomically) and then named in the file {@code champion}, replaced atomically; a crash leaves the
 * previous champion in use. Loading verifies every byte, as from any store.
 */
public final class ChampionCache {

    /** The cache's folder inside a workstation's local folder. */
    public static final String FOLDER = "champion-cache";
    private static final String POINTER = "champion";

    private final Path dir;
    private final FolderBundleStore store;

    public ChampionCache(Path localFolder) {
        this.dir = localFolder.resolve(FOLDER);
        this.store = new FolderBundleStore(dir, WriteHook.NONE);
    }

    public Path dir() {
        return dir;
    }

    /** Keeps this bundle (its manifest and verified files) as the cached champion; drops older ones. */
    public synchronized void keep(Manifest manifest, Map<String, byte[]> files) throws IOException, BundleException {
        String id = ModelIds.check(manifest.id(), "the champion to cache");
        if (!store.exists(id)) {
            store.saveVerified(manifest, files);
        }
        AtomicFiles.write(dir.resolve(POINTER), id.getBytes(StandardCharsets.UTF_8));
        for (String other : store.ids()) {
            if (!other.equals(id)) {
                store.delete(other);
            }
        }
    }

    /** The cached champion's id, if any. */
    public Optional<String> championId() throws BundleException {
        try {
            String id = Files.readString(dir.resolve(POINTER), StandardCharsets.UTF_8).strip();
            return Optional.of(ModelIds.check(id, dir.resolve(POINTER).toString()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BundleException(dir.resolve(POINTER) + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The cached champion, verified; empty when nothing was cached yet. */
    public synchronized Optional<LoadedBundle> load() throws BundleException {
        Optional<String> id = championId();
        return id.isEmpty() ? Optional.empty() : Optional.of(store.load(id.get()));
    }
}
