package com.carato.app.ui.shop;

import com.carato.app.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.BiPredicate;

/**
 * Settings → Counter…: who appraises at this counter and the workstation's name, both recorded with
 * every appraisal in the register. Blank means the default (the login name, the computer's name).
 */
public final class CounterViewModel {

    static final int MAX_TEXT = 200;

    private final BiPredicate<String, String> store;
    private final Messages messages;
    private final StringProperty salesperson = new SimpleStringProperty("");
    private final StringProperty workstation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param store keeps salesperson and workstation; false when the settings could not be saved
     */
    public CounterViewModel(String currentSalesperson, String currentWorkstation, BiPredicate<String, String> store,
                            Messages messages) {
        this.store = store;
        this.messages = messages;
        salesperson.set(currentSalesperson);
        workstation.set(currentWorkstation);
    }

    /** Checks and keeps the names; false with the reason in {@link #errorProperty()}. */
    public boolean save() {
        String who = salesperson.get() == null ? "" : salesperson.get().strip();
        String where = workstation.get() == null ? "" : workstation.get().strip();
        if (who.length() > MAX_TEXT || where.length() > MAX_TEXT) {
            error.set(messages.format("counter.error.long", MAX_TEXT));
            return false;
        }
        if (!store.test(who, where)) {
            error.set(messages.get("counter.error.save"));
            return false;
        }
        error.set("");
        return true;
    }

    public StringProperty salespersonProperty() {
        return salesperson;
    }

    public StringProperty workstationProperty() {
        return workstation;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
