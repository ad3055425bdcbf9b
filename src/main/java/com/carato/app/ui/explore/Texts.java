package com.carato.app.ui.explore;

import com.carato.app.ui.common.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Explore screen's own texts (bundle {@code com.carato.app.ui.explore.explore}) and formats. */
final class Texts {

    static final String BUNDLE = "com.carato.app.ui.explore.explore";

    private final Messages messages;
    private final Formats formats;

    Texts(Locale locale) {
        this.messages = new Messages(BUNDLE, locale);
        this.formats = new Formats(locale);
    }

    ResourceBundle bundle() {
        return messages.bundle();
    }

    Formats formats() {
        return formats;
    }

    String get(String key) {
        return messages.get(key);
    }

    /** {@code key}'s text with {@code {0}}-style arguments formatted for the locale. */
    String format(String key, Object... args) {
        return messages.format(key, args);
    }

    String grading(Grading grading) {
        return get("explore.grading." + grading.name().toLowerCase(Locale.ROOT));
    }
}
