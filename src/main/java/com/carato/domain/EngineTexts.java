package com.carato.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s in one language from the {@code com.carato.domain.engine} bundles
 * ({@code engine.properties} in English, {@code engine_it.properties} in Italian): the pattern is
 * looked up by the message's code, falls back to the code's English default, and numbers are
 * formatted for the locale (4,988 in English, 4.988 in Italian). Arguments that are messages are
 * rendered in the same language.
 */
public final class EngineTexts {

    public static final String BUNDLE = "com.carato.domain.engine";

    /** English, as the CLI, REST and logs show it. */
    public static final EngineTexts ENGLISH = new EngineTexts(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private EngineTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static EngineTexts of(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? ENGLISH : new EngineTexts(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** True when the bundle for this language has a pattern for {@code code}. */
    public boolean has(MessageCode code) {
        return bundle.containsKey(code.code());
    }

    /** The pattern of {@code code} in this language, or its English default. */
    public String pattern(MessageCode code) {
        try {
            return bundle.getString(code.code());
        } catch (MissingResourceException e) {
            return code.english();
        }
    }

    public String render(Message message) {
        Object[] args = message.args().stream()
                .map(a -> a instanceof Message m ? render(m) : a)
                .toArray();
        return new MessageFormat(pattern(message.code()), locale).format(args);
    }
}
