package com.carato.app.ui.shop;

import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.TaskRunner;
import com.carato.register.RegisterException;
import com.carato.register.ShopDatabase;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;

/**
 * Settings → Shop database…: points this workstation at the shop's PostgreSQL server, or back at its
 * own register. The connection is tested (in the background, without changing the database) before
 * it can be saved; any change to the address, user or password asks for a new test. The password
 * goes to a file only the user can read, never into the settings, a message or the log.
 */
public final class ShopDatabaseViewModel {

    /** Where the dialog stands. */
    public enum Check { UNTESTED, TESTING, PASSED, FAILED, SAVED }

    /** Tries a database without changing it. */
    @FunctionalInterface
    public interface Tester {
        ShopDatabase.Probe probe(String url, String user, String password);
    }

    /** Keeps the choice: a shop database with its password, or null for this workstation's own register. */
    @FunctionalInterface
    public interface Store {
        void save(String url, String user, String password);
    }

    private final Tester tester;
    private final Store store;
    private final TaskRunner tasks;
    private final TaskRunner.Lane checks;
    private final Messages messages;
    private final boolean passwordKept;
    private final String keptPassword;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Check> check = new ReadOnlyObjectWrapper<>(Check.UNTESTED);
    /** The values the last passed test was for. */
    private Tested testedFor;

    /** What a test was run with. */
    private record Tested(String url, String user, String password) {
    }

    /**
     * @param currentUrl   the shop database in use, or null for this workstation's own register
     * @param passwordKept whether a password is already kept (an empty password field then keeps it)
     * @param keptPassword the kept password, used for a test when the field is left empty (never shown)
     */
    public ShopDatabaseViewModel(String currentUrl, String currentUser, boolean passwordKept, String keptPassword,
                                 Tester tester, Store store, TaskRunner tasks, Messages messages) {
        this.tester = Objects.requireNonNull(tester);
        this.store = Objects.requireNonNull(store);
        this.tasks = tasks;
        this.checks = tasks.lane();
        this.messages = messages;
        this.passwordKept = passwordKept;
        this.keptPassword = keptPassword;
        url.set(currentUrl == null ? "" : currentUrl);
        user.set(currentUser == null ? "" : currentUser);
        url.addListener((obs, old, now) -> changed());
        user.addListener((obs, old, now) -> changed());
        password.addListener((obs, old, now) -> changed());
        message.set(messages.get(currentUrl == null ? "database.current.local" : "database.current.shop"));
    }

    private void changed() {
        if (check.get() != Check.TESTING) {
            check.set(Check.UNTESTED);
            message.set("");
        }
    }

    /** Tests the connection in the background; the outcome is said in {@link #messageProperty()}. */
    public void test() {
        String u = url.get() == null ? "" : url.get().strip();
        if (u.isEmpty()) {
            check.set(Check.FAILED);
            message.set(messages.get("database.error.noUrl"));
            return;
        }
        String name = blankToNull(user.get());
        String secret = effectivePassword();
        Tested values = tested();
        check.set(Check.TESTING);
        message.set(messages.get("database.testing"));
        tasks.task("testing the shop database", context -> tester.probe(u, name, secret))
                .onSuccess(probe -> {
                    testedFor = values;
                    check.set(Check.PASSED);
                    message.set(probe.schemaVersion() == null
                            ? messages.format("database.passed.new", probe.server())
                            : messages.format("database.passed", probe.server(), probe.schemaVersion()));
                })
                .onFailure(RegisterException.class, e -> {
                    check.set(Check.FAILED);
                    message.set(messages.format("database.failed", e.getMessage()));
                })
                .in(checks).start();
    }

    /**
     * Saves the tested shop database; false (with the reason in {@link #messageProperty()}) when the
     * values in the dialog have not passed a test.
     */
    public boolean save() {
        if (check.get() != Check.PASSED || !tested().equals(testedFor)) {
            message.set(messages.get("database.error.untested"));
            return false;
        }
        try {
            store.save(url.get().strip(), blankToNull(user.get()), effectivePassword());
        } catch (RuntimeException e) {
            check.set(Check.FAILED);
            message.set(messages.format("database.error.save", e.getMessage()));
            return false;
        }
        check.set(Check.SAVED);
        message.set(messages.get("database.saved"));
        return true;
    }

    /** Goes back to this workstation's own register (no test needed). */
    public boolean useThisWorkstation() {
        try {
            store.save(null, null, null);
        } catch (RuntimeException e) {
            message.set(messages.format("database.error.save", e.getMessage()));
            return false;
        }
        check.set(Check.SAVED);
        message.set(messages.get("database.saved.local"));
        return true;
    }

    private String effectivePassword() {
        String typed = password.get();
        return (typed == null || typed.isEmpty()) && passwordKept ? keptPassword : typed;
    }

    /** The values in the dialog, as a test would use them. */
    private Tested tested() {
        return new Tested(url.get(), user.get(), effectivePassword());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether an empty password field keeps the saved password. */
    public boolean passwordKept() {
        return passwordKept;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Check> checkProperty() {
        return check.getReadOnlyProperty();
    }
}
