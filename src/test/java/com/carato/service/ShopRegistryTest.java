package com.carato.service;

import com.carato.ml.registry.BundleException;
import com.carato.ml.registry.Manifest;
import com.carato.ml.registry.ModelRegistry;
import com.carato.ml.registry.RegistryEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model registry in the shop database (JdbcBundleStore + JdbcChampionLog), on H2 and on a real
 * PostgreSQL: a folder registry imported keeps its ids, manifests, bytes and history and exports
 * back to the same bundles; a bundle changed in the database is refused; snapshots a workstation
 * lacks come from the database.
 */
class ShopRegistryTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void roundTrip(String kind) throws Exception {
        String url = ShopFixture.url(kind);
        ModelRegistry folder = new ModelRegistry(ShopFixture.twoModels(tmp.resolve("folder")));
        try (RegistryServices shop = RegistryServices.openShop(ShopFixture.connection(tmp, url), tmp.resolve("ws1"));
             RegistryServices other = RegistryServices.openShop(ShopFixture.connection(tmp, url), tmp.resolve("ws2"))) {
            ModelRegistry db = shop.registry();
            assertEquals(2, db.copyFrom(folder));
            List<String> ids = ShopFixture.ids();
            assertEquals(ids.stream().sorted().toList(), other.registry().list().stream().map(Manifest::id).sorted().toList());
            assertEquals(folder.champion(), other.registry().champion(), "the champion came along");
            for (String id : ids) {
                assertEquals(folder.storedManifest(id), other.registry().storedManifest(id), "manifest of " + id);
                Map<String, byte[]> a = folder.files(id);
                Map<String, byte[]> b = other.registry().files(id);
                assertEquals(a.keySet(), b.keySet());
                for (String name : a.keySet()) {
                    assertArrayEquals(a.get(name), b.get(name), id + "/" + name);
                }
                assertEquals(id, other.registry().load(id).manifest().id());
            }
            assertEquals(summary(folder.events()), summary(other.registry().events()), "the history came along");

            // a second import is refused: the database holds models already
            BundleException twice = assertThrows(BundleException.class, () -> db.copyFrom(folder));
            assertTrue(twice.getMessage().contains("already holds models"), twice.getMessage());

            // the snapshot is in the database: a workstation without it fetches it
            String sha = folder.storedManifest(ids.get(0)).data().sha256();
            assertFalse(Files.exists(tmp.resolve("ws2/snapshots")));
            assertEquals(4986, other.registry().snapshots().read(sha).size());
            assertTrue(Files.list(tmp.resolve("ws2/snapshots")).findAny().isPresent(), "kept locally");

            // export: the database back into an empty folder, the same bundles and history
            ModelRegistry exported = new ModelRegistry(tmp.resolve("exported"));
            assertEquals(2, exported.copyFrom(other.registry()));
            for (String id : ids) {
                assertEquals(RegistryFixture.listing(tmp.resolve("folder").resolve(id)),
                        RegistryFixture.listing(tmp.resolve("exported").resolve(id)), "bundle " + id);
            }
            assertEquals(summary(folder.events()), summary(exported.events()));
            assertEquals(folder.champion(), exported.champion());

            // a byte changed in the database is refused, naming the bundle and the file
            String id = ids.get(1);
            shop.shop().database().withConnection(c -> {
                byte[] bytes;
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT content FROM model_bundle_file WHERE model_id = ? AND name = 'model.ser'")) {
                    s.setString(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        bytes = rs.getBytes(1);
                    }
                }
                bytes = Arrays.copyOf(bytes, bytes.length);
                bytes[bytes.length / 2] ^= 1;
                try (PreparedStatement u = c.prepareStatement(
                        "UPDATE model_bundle_file SET content = ? WHERE model_id = ? AND name = 'model.ser'")) {
                    u.setBytes(1, bytes);
                    u.setString(2, id);
                    return u.executeUpdate();
                }
            });
            BundleException corrupt = assertThrows(BundleException.class, () -> other.registry().load(id));
            assertTrue(corrupt.getMessage().contains("model " + id) && corrupt.getMessage().contains("model.ser")
                    && corrupt.getMessage().contains("corrupt"), corrupt.getMessage());
            assertThrows(BundleException.class, () -> other.registry().files(id));
            assertThrows(BundleException.class, () -> other.registry().promote(id, "manager", "test", Map.of()),
                    "a corrupt bundle never becomes champion");
            assertEquals(folder.champion(), other.registry().champion());
        }
    }

    /** The events without sub-millisecond time (PostgreSQL keeps microseconds). */
    private static List<String> summary(List<RegistryEvent> events) {
        return events.stream().map(e -> e.time() + " " + e.action() + " " + e.id()
                + " " + e.previous() + " " + e.actor() + " " + e.reason() + " " + e.figures() + " " + e.said()).toList();
    }
}
