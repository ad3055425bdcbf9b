package com.carato.app.ui.explore;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Explore screen's own texts (bundle {@code com.carato.app.ui.explore.explore}) and formats. */
final class Texts {

    static final String BUNDLE = "com.carato.app.ui.explore.explore";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Formats formats;

    Texts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = locale;
        this.formats = new Formats(locale);
    }

    ResourceBundle bundle() {
        return bundle;
    }

    Formats formats() {
        return formats;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** {@code key}'s text with {@code {0}}-style arguments formatted for the locale. */
    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    String grading(Grading grading) {
        return get("explore.grading." + grading.name().toLowerCase(Locale.ROOT));
    }
}
