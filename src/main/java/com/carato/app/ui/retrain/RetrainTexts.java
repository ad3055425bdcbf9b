package com.carato.app.ui.retrain;

import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Messages;

import java.util.Locale;
import java.util.ResourceBundle;

/** The wizard's and the history window's own texts (bundle {@code com.carato.app.ui.retrain.retrain}). */
final class RetrainTexts {

    static final String BUNDLE = "com.carato.app.ui.retrain.retrain";

    private final Messages messages;
    private final Locale locale;
    /** The app's own bundle, for the names of the data's columns. */
    private final Messages appTexts;
    private final Formats formats;

    RetrainTexts(Locale locale) {
        this.messages = new Messages(BUNDLE, locale);
        this.appTexts = new Messages(locale);
        this.locale = locale;
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

    /** A model's data source as the app says it ("data of …" re-said in this language). */
    String dataSource(String source) {
        return appTexts.dataSource(source);
    }

    /** A column's name as the app's forms and tables call it (the app's bundle, {@code field.<name>}). */
    String field(String name) {
        return appTexts.getOr("field." + name, name);
    }

    /** {@code key}'s text, or {@code fallback} when there is none (a status the texts do not know yet). */
    String getOr(String key, String fallback) {
        return messages.getOr(key, fallback);
    }

    /** {@code key}'s text with {@code {0}}-style arguments formatted for the locale. */
    String format(String key, Object... args) {
        return messages.format(key, args);
    }

    /** Why a history entry happened, in this language. */
    String why(com.carato.service.ModelEvent event) {
        return messages.why(event);
    }

    /** An engine text (progress stage, problem, verdict reason) in this language. */
    String engine(com.carato.domain.Message message) {
        return messages.engine(message);
    }

    /** A failure in plain words: the sentence for its kind, then the service's detail. */
    String failure(Failure failure) {
        String sentence = get("error." + failure.kind().name().toLowerCase(Locale.ROOT));
        return failure.detail() == null || failure.detail().isBlank() || failure.kind() == Failure.Kind.UNEXPECTED
                ? sentence : sentence + "\n" + failure.detail();
    }

    /** A date and time, short enough for a table column ("11/29/26, 7:35:05 AM"). */
    String dateTime(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                java.time.format.FormatStyle.SHORT, java.time.format.FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(java.time.ZoneId.systemDefault()));
    }

    /** A percentage given in points ("12.34 %"). */
    String points(double value) {
        return Double.isFinite(value) ? formats.number(value, 2) + " %" : "–";
    }

    /** A signed change in points ("+0.12" / "−1.30"). */
    String change(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        return (value < 0 ? "−" : "+") + formats.number(Math.abs(value), 2);
    }
}
