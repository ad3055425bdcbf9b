package com.carato.ml.registry;

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
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes of a bundle, whatever holds them (a folder, the shop database, the champion cache): the
 * model's serialisation with its class filter, the manifest's JSON, the files' SHA-256 and the
 * checks a bundle passes before it is used (format, Smile version, every file's hash, feature
 * version). Every {@link BundleStore} goes through here, so a bundle is verified the same way
 * wherever it was read from. {@code where} names the bundle or file in messages.
 */
public final class BundleCodec {

    public static final String MODEL_FILE = "model.ser";
    public static final String MANIFEST_FILE = "manifest.json";

    /** Only the model's own classes, Smile's and the JDK's basics may be deserialized. */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "com.carato.**;smile.**;java.lang.*;java.util.*;java.time.*;[*;!*");

    private BundleCodec() {
    }

    /** Refuses an extra file name that is not a plain name or that takes the model's or manifest's place. */
    public static void checkExtraNames(Iterable<String> names) {
        for (String name : names) {
            if (!isFileName(name) || name.equals(MANIFEST_FILE) || name.equals(MODEL_FILE)) {
                throw new IllegalArgumentException("not a bundle file name: " + name);
            }
        }
    }

    /** True for a plain file name a bundle may hold (letters, digits, '.', '_', '-'). */
    public static boolean isFileName(String name) {
        return name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    }

    /** The model's bytes and the extra files by name: the files of a new bundle. */
    public static Map<String, byte[]> files(TrainedModel model, Map<String, byte[]> extraFiles) throws IOException {
        checkExtraNames(extraFiles.keySet());
        Map<String, byte[]> files = new TreeMap<>(extraFiles);
        files.put(MODEL_FILE, serialize(model));
        return files;
    }

    /** The SHA-256 of each file, by name, for the manifest. */
    public static Map<String, String> hashes(Map<String, byte[]> files) {
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((name, bytes) -> hashes.put(name, Hashes.sha256(bytes)));
        return hashes;
    }

    public static byte[] manifestBytes(Manifest manifest) throws IOException {
        return Json.MAPPER.writeValueAsBytes(manifest);
    }

    public static Manifest readManifest(String where, byte[] bytes) throws BundleException {
        try {
            return Json.MAPPER.readValue(bytes, Manifest.class);
        } catch (JsonProcessingException e) {
            throw new BundleException(where + ": not a valid manifest: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BundleException(where + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Refuses a manifest of another bundle format or Smile version; {@code where} names the manifest. */
    public static void checkCompatible(String where, Manifest manifest) throws BundleException {
        if (manifest.format() != Manifest.FORMAT) {
            throw new BundleException(where + ": bundle format " + manifest.format()
                    + " is not supported (this version reads format " + Manifest.FORMAT + ")");
        }
        String smile = manifest.libraries() == null ? null : manifest.libraries().get("smile");
        if (!BuildInfo.smileVersion().equals(smile)) {
            throw new BundleException(where + ": trained with Smile " + smile
                    + ", but this is Smile " + BuildInfo.smileVersion() + ": retrain the model");
        }
    }

    /**
     * Returns {@code bytes} when they are the file {@code name} the manifest lists, with its hash.
     *
     * @param where the file, for messages (a path, or the database and bundle)
     */
    public static byte[] verify(String where, Manifest manifest, String name, byte[] bytes) throws BundleException {
        String expected = manifest.files() == null ? null : manifest.files().get(name);
        if (expected == null) {
            throw new BundleException(where + ": not part of bundle " + manifest.id());
        }
        if (bytes == null) {
            throw new BundleException(where + ": missing (partial bundle)");
        }
        if (!Hashes.sha256(bytes).equals(expected)) {
            throw new BundleException(where + ": corrupt (its SHA-256 does not match the manifest)");
        }
        return bytes;
    }

    /**
     * Checks a whole bundle's files against its manifest: exactly the files it lists, each with its
     * hash. {@code where} names the bundle.
     */
    public static void verifyAll(String where, Manifest manifest, Map<String, byte[]> files) throws BundleException {
        if (manifest.files() == null || !manifest.files().keySet().equals(files.keySet())) {
            throw new BundleException(where + ": its files " + files.keySet() + " are not the ones its manifest lists "
                    + (manifest.files() == null ? "(none)" : manifest.files().keySet()));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            verify(where + "/" + file.getKey(), manifest, file.getKey(), file.getValue());
        }
    }

    /**
     * The verified, compatible model of a bundle.
     *
     * @param manifestWhere the manifest, for messages
     * @param modelWhere    the model file, for messages
     */
    public static LoadedBundle load(String manifestWhere, String modelWhere, Manifest manifest, byte[] modelBytes)
            throws BundleException {
        checkCompatible(manifestWhere, manifest);
        verify(modelWhere, manifest, MODEL_FILE, modelBytes);
        TrainedModel model = deserialize(modelWhere, modelBytes);
        if (model.featureVersion() != Features.VERSION) {
            throw new BundleException(modelWhere + ": feature encoding version " + model.featureVersion()
                    + " is not this version's " + Features.VERSION + ": retrain the model");
        }
        return new LoadedBundle(manifest, model);
    }

    static byte[] serialize(TrainedModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        return bytes.toByteArray();
    }

    static TrainedModel deserialize(String where, byte[] bytes) throws BundleException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(FILTER);
            Object object = in.readObject();
            if (!(object instanceof TrainedModel model)) {
                throw new BundleException(where + ": holds a " + object.getClass().getName() + ", not a model");
            }
            return model;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new BundleException(where + ": cannot be read as a model (" + e + ")", e);
        }
    }
}
