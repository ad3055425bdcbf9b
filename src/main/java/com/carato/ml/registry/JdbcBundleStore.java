package com.carato.ml.registry;

import com.carato.data.DataFileException;
import com.carato.data.DataSnapshots;
import com.carato.register.RegisterException;
import com.carato.register.ShopDatabase;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bundles in the shop database (tables {@code model_bundle}, {@code model_bundle_file},
 * {@code data_snapshot}, migration V4), so that every workstation reads the bundles the manager
 * trained. A bundle — its manifest row, every file and the data snapshot its manifest points to —
 * is written in one transaction: whole or not at all. Reading verifies every byte against the
 * manifest's SHA-256 ({@link BundleCodec}, as the folder store), so a row changed behind Carato's
 * back is refused, naming the database, the bundle and the file.
 *
 * <p>Snapshots are also kept in {@code <localFolder>/snapshots} (training reads files): a retrain
 * writes its snapshot there first, the save copies it into the database, and a snapshot this
 * workstation lacks is fetched from the database when first read.
 */
public final class JdbcBundleStore implements BundleStore {

    private final ShopDatabase db;
    private final Path localFolder;

    /**
     * @param db          the shop database (migrated)
     * @param localFolder this workstation's folder for local copies of the data snapshots
     */
    public JdbcBundleStore(ShopDatabase db, Path localFolder) {
        this.db = db;
        this.localFolder = localFolder;
    }

    @Override
    public String location() {
        return db.describe();
    }

    @Override
    public DataSnapshots snapshots() {
        return new DataSnapshots(localFolder.resolve(DataSnapshots.FOLDER), this::snapshot);
    }

    private String where(String id) {
        return db.describe() + " model " + id;
    }

    @Override
    public void saveVerified(Manifest manifest, Map<String, byte[]> files) throws IOException, BundleException {
        ModelIds.check(manifest.id(), "a bundle to store");
        BundleCodec.verifyAll(where(manifest.id()), manifest, files);
        insert(manifest, files);
    }

    private void insert(Manifest manifest, Map<String, byte[]> files) throws IOException, BundleException {
        String id = manifest.id();
        byte[] manifestBytes = BundleCodec.manifestBytes(manifest);
        String sha = manifest.data() == null || manifest.data().snapshot() == null ? null : manifest.data().sha256();
        byte[] snapshot = null;
        if (sha != null) {
            try {
                snapshot = snapshots().bytes(sha);
            } catch (DataFileException e) {
                throw new BundleException("model " + id + " cannot be stored in " + db.describe() + ": its "
                        + e.getMessage(), e);
            }
        }
        byte[] snapshotBytes = snapshot;
        boolean stored = call(c -> {
            c.setAutoCommit(false);
            try {
                if (exists(c, id)) {
                    c.rollback();
                    return false;
                }
                try (PreparedStatement bundle = c.prepareStatement(
                        "INSERT INTO model_bundle (model_id, created, stored_at, manifest) VALUES (?, ?, ?, ?)")) {
                    bundle.setString(1, id);
                    bundle.setObject(2, OffsetDateTime.ofInstant(manifest.created(), ZoneOffset.UTC));
                    bundle.setObject(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                    bundle.setString(4, new String(manifestBytes, java.nio.charset.StandardCharsets.UTF_8));
                    bundle.executeUpdate();
                }
                try (PreparedStatement file = c.prepareStatement(
                        "INSERT INTO model_bundle_file (model_id, name, sha256, content) VALUES (?, ?, ?, ?)")) {
                    for (Map.Entry<String, String> hash : manifest.files().entrySet()) {
                        file.setString(1, id);
                        file.setString(2, hash.getKey());
                        file.setString(3, hash.getValue());
                        file.setBytes(4, files.get(hash.getKey()));
                        file.addBatch();
                    }
                    file.executeBatch();
                }
                if (snapshotBytes != null) {
                    insertSnapshot(c, sha, snapshotBytes, manifest.data().rows());
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                if ("23505".equals(e instanceof SQLException s ? s.getSQLState() : null)) {
                    return false; // another workstation stored this id in between
                }
                throw e;
            }
        });
        if (!stored) {
            throw new FileAlreadyExistsException(where(id), null, "a bundle " + id + " already exists in "
                    + db.describe());
        }
    }

    private static void insertSnapshot(Connection c, String sha, byte[] bytes, int rows) throws SQLException {
        try (PreparedStatement present = c.prepareStatement("SELECT 1 FROM data_snapshot WHERE sha256 = ?")) {
            present.setString(1, sha);
            try (ResultSet rs = present.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        Savepoint before = c.setSavepoint();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO data_snapshot (sha256, stone_rows, content) VALUES (?, ?, ?)")) {
            insert.setString(1, sha);
            insert.setInt(2, rows);
            insert.setBytes(3, bytes);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(before); // the same stones, stored by another workstation meanwhile
        }
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM model_bundle WHERE model_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public List<String> ids() throws IOException {
        try {
            return db.withConnection(c -> {
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT model_id FROM model_bundle")) {
                    while (rs.next()) {
                        if (ModelIds.isValid(rs.getString(1))) {
                            ids.add(rs.getString(1));
                        }
                    }
                }
                return ids;
            });
        } catch (RegisterException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String id) throws BundleException {
        ModelIds.check(id, "a request");
        return read(c -> exists(c, id));
    }

    @Override
    public Manifest manifest(String id) throws BundleException {
        ModelIds.check(id, "a request");
        String json = read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT manifest FROM model_bundle WHERE model_id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (json == null) {
            throw new BundleException("no model " + id + " in " + db.describe());
        }
        return BundleCodec.readManifest(where(id) + " manifest",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public LoadedBundle load(String id) throws BundleException {
        Manifest manifest = manifest(id);
        BundleCodec.checkCompatible(where(id) + " manifest", manifest);
        return BundleCodec.load(where(id) + " manifest", where(id) + " file " + BundleCodec.MODEL_FILE, manifest,
                content(id, BundleCodec.MODEL_FILE));
    }

    @Override
    public byte[] readFile(String id, String name) throws BundleException {
        Manifest manifest = manifest(id);
        String where = where(id) + " file " + name;
        if (manifest.files() == null || !manifest.files().containsKey(name)) {
            throw new BundleException(where + ": not part of bundle " + id);
        }
        return BundleCodec.verify(where, manifest, name, content(id, name));
    }

    @Override
    public Map<String, byte[]> files(String id) throws BundleException {
        Manifest manifest = manifest(id);
        Map<String, byte[]> files = read(c -> {
            Map<String, byte[]> all = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, content FROM model_bundle_file WHERE model_id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        all.put(rs.getString(1), rs.getBytes(2));
                    }
                }
            }
            return all;
        });
        BundleCodec.verifyAll(where(id), manifest, files);
        return files;
    }

    private byte[] content(String id, String name) throws BundleException {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT content FROM model_bundle_file WHERE model_id = ? AND name = ?")) {
                s.setString(1, id);
                s.setString(2, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            }
        });
    }

    /** The bytes of a data snapshot stored in the database, or null. */
    private byte[] snapshot(String sha256) throws IOException {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT content FROM data_snapshot WHERE sha256 = ?")) {
                    s.setString(1, sha256);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? rs.getBytes(1) : null;
                    }
                }
            });
        } catch (RegisterException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void delete(String id) throws IOException, BundleException {
        ModelIds.check(id, "a bundle to remove");
        call(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement files = c.prepareStatement("DELETE FROM model_bundle_file WHERE model_id = ?");
                 PreparedStatement bundle = c.prepareStatement("DELETE FROM model_bundle WHERE model_id = ?")) {
                files.setString(1, id);
                files.executeUpdate();
                bundle.setString(1, id);
                bundle.executeUpdate();
                c.commit();
                return null;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        });
    }

    /** A read: a database that cannot answer is a bundle that cannot be used, and the message says why. */
    private <T> T read(ShopDatabase.SqlWork<T> work) throws BundleException {
        try {
            return db.withConnection(work);
        } catch (RegisterException e) {
            throw new BundleException(e.getMessage(), e);
        }
    }

    /** A write: the database's refusal or absence is an I/O failure naming the database. */
    private <T> T call(ShopDatabase.SqlWork<T> work) throws IOException {
        try {
            return db.withConnection(work);
        } catch (RegisterException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
