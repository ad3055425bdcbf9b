package com.carato.app.ui.shop;

import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.TaskRunner;
import com.carato.register.ShopConnection;
import com.carato.register.ShopDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings → Shop database…: a database is tested (without being changed) before it can be saved;
 * the password goes to an owner-only file, never into a message.
 */
class ShopDatabaseViewModelTest {

    /** A port nothing listens on: the connection is refused at once. */
    private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/carato";

    @TempDir
    Path dir;

    private final List<String[]> saved = new ArrayList<>();

    private ShopDatabaseViewModel vm(Locale locale, boolean kept, String keptPassword) {
        return new ShopDatabaseViewModel(null, null, kept, keptPassword, ShopDatabase::probe,
                (url, user, password) -> saved.add(new String[] {url, user, password}),
                TaskRunner.of(Runnable::run, Runnable::run), new Messages(locale));
    }

    private String h2(String name) {
        return "jdbc:h2:file:" + dir.resolve(name);
    }

    /** An empty H2 database whose user is carato with this password (H2 creates it on first connection). */
    private String database(String name, String password) throws Exception {
        String url = h2(name);
        DriverManager.getConnection(url, "carato", password).close();
        return url;
    }

    @Test
    void onlyATestedDatabaseIsSavedAndAnyChangeAsksForANewTest() throws Exception {
        String url = database("fresh", "s3cret");
        ShopDatabaseViewModel vm = vm(Locale.ENGLISH, false, null);
        assertEquals("This workstation keeps its own register and models.", vm.messageProperty().get());
        assertFalse(vm.save());
        assertEquals("Test the connection first: only a tested database can be saved.", vm.messageProperty().get());

        vm.urlProperty().set(url);
        vm.userProperty().set("carato");
        vm.passwordProperty().set("wrong");
        vm.test();
        assertEquals(ShopDatabaseViewModel.Check.FAILED, vm.checkProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("The connection failed: the database " + url
                + " cannot be reached: Wrong user name or password"), vm.messageProperty().get());
        assertFalse(vm.save());

        vm.passwordProperty().set("s3cret");
        assertEquals(ShopDatabaseViewModel.Check.UNTESTED, vm.checkProperty().get(), "changed after the test");
        vm.test();
        assertEquals(ShopDatabaseViewModel.Check.PASSED, vm.checkProperty().get(), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Connected to H2 "), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().endsWith("Carato has not used this database yet and will create its"
                + " tables. You can save."), vm.messageProperty().get());

        vm.passwordProperty().set("s3cret2");
        assertFalse(vm.save(), "the password changed after the test");
        vm.passwordProperty().set("s3cret");
        vm.test();
        assertTrue(vm.save(), vm.messageProperty().get());
        assertEquals(ShopDatabaseViewModel.Check.SAVED, vm.checkProperty().get());
        assertEquals(List.of(url, "carato", "s3cret"), Arrays.asList(saved.get(0)));
        assertEquals("Saved. Start Carato again to use the shop database.", vm.messageProperty().get());
    }

    @Test
    void aTestChangesNothingAndReadsTheSchemaVersionCaratoLeft() throws Exception {
        String url = h2("used");
        ShopDatabaseViewModel vm = vm(Locale.ENGLISH, false, null);
        vm.urlProperty().set(url);
        vm.test();
        try (var c = DriverManager.getConnection(url);
             var tables = c.getMetaData().getTables(null, null, "carato_schema_history", null)) {
            assertFalse(tables.next(), "the test created no table");
        }
        try (ShopDatabase db = ShopDatabase.open(url, null, null)) {
            assertEquals(ShopDatabase.Kind.H2, db.kind());
        }
        vm.urlProperty().set(url + ";IFEXISTS=TRUE");
        vm.test();
        assertTrue(vm.messageProperty().get().contains("Carato's tables are at version "), vm.messageProperty().get());
    }

    @Test
    void anUnreachableServerIsSaidInTheUsersLanguageAndCannotBeSaved() {
        ShopDatabaseViewModel vm = vm(Locale.ITALIAN, false, null);
        vm.urlProperty().set(NOWHERE);
        vm.userProperty().set("carato");
        vm.passwordProperty().set("s3cret");
        vm.test();
        assertEquals(ShopDatabaseViewModel.Check.FAILED, vm.checkProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("La connessione non è riuscita: the database"
                + " jdbc:postgresql://127.0.0.1:1/carato cannot be reached"), vm.messageProperty().get());
        assertFalse(vm.messageProperty().get().contains("s3cret"), "never the password");
        assertFalse(vm.save());
        assertTrue(saved.isEmpty());

        vm.urlProperty().set("");
        vm.test();
        assertEquals("Inserire l'indirizzo del database, p. es. jdbc:postgresql://server-negozio:5432/carato.",
                vm.messageProperty().get());
    }

    @Test
    void anEmptyPasswordFieldKeepsTheSavedPasswordAndTheWorkstationCanGoBackToItsOwnRegister() throws Exception {
        String url = database("kept", "kept-one");
        ShopDatabaseViewModel vm = vm(Locale.ENGLISH, true, "kept-one");
        vm.urlProperty().set(url);
        vm.userProperty().set("carato");
        vm.test();
        assertTrue(vm.save(), vm.messageProperty().get());
        assertEquals("kept-one", saved.get(0)[2]);
        assertTrue(vm.useThisWorkstation());
        assertNull(saved.get(1)[0]);
        assertEquals("Saved. Start Carato again to use this workstation's own register.", vm.messageProperty().get());
    }

    @Test
    void thePasswordFileIsReadableByItsOwnerAloneAndReadBackAsItWasWritten() throws Exception {
        Path file = dir.resolve("shop-db.password");
        ShopConnection.writePasswordFile(file, "s3cret with spaces");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        ShopConnection c = ShopConnection.withPasswordFile(dir, "jdbc:postgresql://shop/carato", "carato", file);
        assertEquals("s3cret with spaces", c.password());
        assertFalse(c.toString().contains("s3cret"), c.toString());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        ShopConnection.writePasswordFile(file, "");
        assertFalse(Files.exists(file), "an empty password removes the file");
    }
}
