package com.carato.register;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void theEmbeddedRegisterIsCreatedAndMigratedOnFirstUse() {
        Path dir = folder.resolve("data").resolve("register");
        try (ShopDatabase db = ShopDatabase.embedded(dir)) {
            assertEquals(ShopDatabase.Kind.H2, db.kind());
            assertEquals(0, new JdbcRegister(db).search(RegisterQuery.all()).entries().size());
        }
        assertTrue(Files.exists(dir.resolve("register.mv.db")));
    }

    @Test
    void aDatabaseMigratedByANewerCaratoIsRefused() {
        Path dir = folder.resolve("register");
        ShopDatabase.embedded(dir).close();
        Flyway.configure()
                .dataSource("jdbc:h2:file:" + dir.toAbsolutePath().resolve("register"), ShopDatabase.H2_USER, "")
                .locations("classpath:db/migration", "classpath:db/future")
                .table("carato_schema_history")
                .load()
                .migrate();

        RegisterException e = assertThrows(RegisterException.class, () -> ShopDatabase.embedded(dir));

        assertEquals(RegisterException.Problem.SCHEMA_TOO_NEW, e.problem());
        assertTrue(e.getMessage().contains("schema version 99") && e.getMessage().contains("Update Carato"),
                e.getMessage());
        String known = e.getMessage().replaceAll(".*knows up to version (\\d+).*", "$1");
        assertTrue(Integer.parseInt(known) >= 2 && Integer.parseInt(known) < 99,
                "names the newest schema this Carato knows: " + e.getMessage());
    }

    @Test
    void anUnknownKindOfDatabaseIsNamedWithoutItsPassword() {
        RegisterException e = assertThrows(RegisterException.class,
                () -> ShopDatabase.open("jdbc:mysql://shop/carato?user=a&password=s3cret", "a", "s3cret"));
        assertTrue(e.getMessage().contains("expected jdbc:postgresql://"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void anUnreachableServerSaysSoWithoutThePassword() {
        RegisterException e = assertThrows(RegisterException.class,
                () -> ShopDatabase.open("jdbc:postgresql://127.0.0.1:1/carato?connectTimeout=2", "carato", "s3cret"));
        assertEquals(RegisterException.Problem.UNREACHABLE, e.problem());
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
}
