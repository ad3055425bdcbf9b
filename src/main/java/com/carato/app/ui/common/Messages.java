package com.carato.app.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The app's texts in the chosen language (resource bundle {@code com.carato.app.messages}). */
public final class Messages {

    public static final String BUNDLE = "com.carato.app.messages";

    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code key} with {@code {0}}-style arguments formatted for the locale. */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale()).format(args);
    }
}
