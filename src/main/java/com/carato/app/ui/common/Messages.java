package com.carato.app.ui.common;

import com.carato.domain.EngineTexts;
import com.carato.domain.Message;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts in the chosen language from one resource bundle: the app's shared bundle
 * ({@code com.carato.app.messages}) by default, or a screen's own.
 */
public final class Messages {

    public static final String BUNDLE = "com.carato.app.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this(BUNDLE, locale);
    }

    public Messages(String bundleName, Locale locale) {
        this.bundle = ResourceBundle.getBundle(bundleName, locale);
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** {@code key}'s text, or {@code fallback} when the bundle has none. */
    public String getOr(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /**
     * An engine text (progress stage, row reason, retrain problem, verdict reason, …) in this
     * language: the one place where the app turns the engine's codes into words.
     */
    public String engine(Message message) {
        return EngineTexts.of(locale).render(message);
    }

    /**
     * A model's data as its manifest says it, in this language: a retrained model's "data of
     * CHAMPION + files" is re-said ({@code models.data.retrained}); a file name stays as it is.
     */
    public String dataSource(String source) {
        String prefix = "data of ";
        if (source != null && source.startsWith(prefix)) {
            return format("models.data.retrained", source.substring(prefix.length()));
        }
        return source == null ? "" : source;
    }

    /**
     * Why a history entry happened, in this language; an entry logged before the codes existed
     * shows its English words as they were written.
     */
    public String why(com.carato.service.ModelEvent event) {
        if (event.said().isEmpty()) {
            return event.reason() == null ? "" : event.reason();
        }
        return String.join("; ", event.said().stream().map(this::engine).toList());
    }

    /**
     * What the engine said about a field in this language: "field: reason" with the field's label
     * ({@code field.<name>}), only the reason for what concerns a whole row (field {@code row}).
     */
    public String engine(com.carato.domain.FieldError error) {
        String reason = engine(error.problem());
        return error.field().equals("row") ? reason : getOr("field." + error.field(), error.field()) + ": " + reason;
    }

    /** Everything said about a row in this language, joined for one-line display. */
    public String engine(java.util.List<com.carato.domain.FieldError> said) {
        return String.join("; ", said.stream().map(this::engine).toList());
    }

    /** The text of {@code key} with {@code {0}}-style arguments formatted for the locale. */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
