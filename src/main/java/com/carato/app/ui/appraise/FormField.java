package com.carato.app.ui.appraise;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One numeric input of the form: the text as typed and what is wrong with it (empty when fine). */
public final class FormField {

    private final String name;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    FormField(String name) {
        this.name = name;
    }

    /** The data set's column name ("carat", "depth", ...). */
    public String name() {
        return name;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String message) {
        error.set(message == null ? "" : message);
    }

    public String text() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }
}
