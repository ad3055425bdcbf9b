package com.carato.app.ui.register;

import com.carato.app.ui.common.Formats;
import com.carato.register.RegisterQuery;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The register search's filters as the user typed them, and what is wrong with each: a number
 * that is not one, a minimum above its maximum, a start after the end. Numbers are read as people
 * type them ({@link Formats#parse}: "1,01" or "1.01").
 */
public final class SearchForm {

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty salesperson = new SimpleStringProperty("");
    private final StringProperty client = new SimpleStringProperty("");
    private final StringProperty modelId = new SimpleStringProperty("");
    private final Map<SearchField, StringProperty> numbers = new EnumMap<>(SearchField.class);
    private final Map<SearchField, ReadOnlyObjectWrapper<RegisterNotice>> errors = new EnumMap<>(SearchField.class);
    /** Dates typed that the date picker could not read, by field (null when readable). */
    private final Map<SearchField, String> unreadableDates = new EnumMap<>(SearchField.class);

    public SearchForm() {
        for (SearchField field : SearchField.values()) {
            errors.put(field, new ReadOnlyObjectWrapper<>());
            if (field != SearchField.FROM && field != SearchField.TO) {
                numbers.put(field, new SimpleStringProperty(""));
            }
        }
    }

    /**
     * The query of the filters (first page of {@code pageSize}), or empty when a field is wrong;
     * each field's problem is set, or cleared when it is right.
     */
    public Optional<RegisterQuery> query(int pageSize) {
        errors.values().forEach(e -> e.set(null));
        for (Map.Entry<SearchField, String> typed : unreadableDates.entrySet()) {
            if (typed.getValue() != null) {
                errors.get(typed.getKey()).set(RegisterNotice.of(RegisterNotice.Kind.NOT_A_DATE, typed.getValue()));
            }
        }
        Double minCarat = number(SearchField.MIN_CARAT);
        Double maxCarat = number(SearchField.MAX_CARAT);
        Double minPrice = number(SearchField.MIN_PRICE);
        Double maxPrice = number(SearchField.MAX_PRICE);
        range(SearchField.MAX_CARAT, minCarat, maxCarat);
        range(SearchField.MAX_PRICE, minPrice, maxPrice);
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())
                && errors.get(SearchField.TO).get() == null) {
            errors.get(SearchField.TO).set(RegisterNotice.of(RegisterNotice.Kind.FROM_AFTER_TO, from.get(), to.get()));
        }
        if (errors.values().stream().anyMatch(e -> e.get() != null)) {
            return Optional.empty();
        }
        return Optional.of(new RegisterQuery(from.get(), to.get(), null, salesperson.get(), client.get(), minCarat,
                maxCarat, minPrice, maxPrice, modelId.get(), null, 1, pageSize));
    }

    /** The date picker of {@code field} could not read {@code text} (null: it could). */
    public void dateTyped(SearchField field, String text) {
        if (field != SearchField.FROM && field != SearchField.TO) {
            throw new IllegalArgumentException(field + " is not a date");
        }
        unreadableDates.put(field, text);
    }

    private Double number(SearchField field) {
        String text = numbers.get(field).get();
        if (text == null || text.isBlank()) {
            return null;
        }
        OptionalDouble value = Formats.parse(text);
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
            errors.get(field).set(RegisterNotice.of(RegisterNotice.Kind.NOT_A_NUMBER, text.strip()));
            return null;
        }
        if (value.getAsDouble() < 0) {
            errors.get(field).set(RegisterNotice.of(RegisterNotice.Kind.NEGATIVE, value.getAsDouble()));
            return null;
        }
        return value.getAsDouble();
    }

    private void range(SearchField maxField, Double min, Double max) {
        if (min != null && max != null && min > max) {
            errors.get(maxField).set(RegisterNotice.of(RegisterNotice.Kind.MIN_ABOVE_MAX, min, max));
        }
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty salespersonProperty() {
        return salesperson;
    }

    public StringProperty clientProperty() {
        return client;
    }

    public StringProperty modelIdProperty() {
        return modelId;
    }

    /** The text of a number field ({@code MIN_CARAT}, {@code MAX_CARAT}, {@code MIN_PRICE}, {@code MAX_PRICE}). */
    public StringProperty numberProperty(SearchField field) {
        StringProperty p = numbers.get(field);
        if (p == null) {
            throw new IllegalArgumentException(field + " is not a number field");
        }
        return p;
    }

    /** What is wrong with {@code field} after the last search, null when nothing. */
    public ReadOnlyObjectProperty<RegisterNotice> errorProperty(SearchField field) {
        return errors.get(field).getReadOnlyProperty();
    }
}
