package com.carato.app.present;

import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Appraisal;
import com.carato.domain.AppraisalWarning;
import com.carato.domain.ComparableStone;
import com.carato.domain.Contribution;
import com.carato.domain.DecisionPath;
import com.carato.domain.Diamond;
import com.carato.domain.PathStep;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * An appraisal in the user's words, the one place that turns it into text: the stone's
 * description, the price and its range, the decision path in grading language, the waterfall rows
 * (dollar contributions), the warnings and the comparable stones. The appraisal desk and the PDF
 * sheet both show what this class says, so they never disagree. No JavaFX types.
 */
public final class AppraisalPresentation {

    /** One bar of the waterfall: a characteristic, the stone's value of it and its dollars. */
    public record WaterfallRow(String label, String value, double dollars, String amount, boolean total) {
    }

    /** One comparable stone as texts, in the order of {@link #comparableHeaders()}. */
    public record ComparableRow(String carat, String cut, String color, String clarity, String depth, String table,
                                String price) {

        public List<String> cells() {
            return List.of(carat, cut, color, clarity, depth, table, price);
        }
    }

    private final Messages messages;
    private final Formats formats;

    public AppraisalPresentation(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
    }

    public Locale locale() {
        return messages.locale();
    }

    public Formats formats() {
        return formats;
    }

    /** "1.01 ct, Ideal, colour G, clarity VS1". */
    public String description(Diamond d) {
        return messages.format("appraise.describe", formats.number(d.carat(), 2), d.cut().label(), d.color().label(),
                d.clarity().label());
    }

    /** "Depth 61.8 %, table 57.0 %, measurements 6.43 × 6.47 × 3.99 mm". */
    public String measurements(Diamond d) {
        return messages.format("sheet.measurements", formats.number(d.depth(), 1), formats.number(d.table(), 1),
                formats.number(d.x(), 2), formats.number(d.y(), 2), formats.number(d.z(), 2));
    }

    public String price(Appraisal a) {
        return formats.money(a.price());
    }

    /** "$4,500 – $5,100 (90 % range)". */
    public String range(Appraisal a) {
        return messages.format("appraise.range", formats.money(a.range().low()), formats.money(a.range().high()),
                Math.round(a.range().coverage() * 100));
    }

    /** The decision path's steps in grading language; empty when the appraisal was not explained. */
    public List<String> pathSteps(Appraisal a) {
        List<String> steps = new ArrayList<>();
        if (a.path() != null) {
            for (PathStep step : a.path().steps()) {
                steps.add(PathTexts.of(step, messages));
            }
        }
        return steps;
    }

    /** Where the path ends: how many stones, their prices and average (with {@code key}'s wording). */
    public Optional<String> pathLeaf(Appraisal a, String key) {
        DecisionPath path = a.path();
        if (path == null) {
            return Optional.empty();
        }
        return Optional.of(messages.format(key, path.leafSize(), formats.money(path.leafLow()),
                formats.money(path.leafHigh()), formats.money(path.leafPrice())));
    }

    /** The desk's wording of where the path ends. */
    public Optional<String> pathLeaf(Appraisal a) {
        return pathLeaf(a, "appraise.path.leaf");
    }

    /**
     * From a typical stone to this one: the baseline, one row per characteristic and the price.
     * Empty when the appraisal was not explained.
     */
    public List<WaterfallRow> waterfall(Appraisal a) {
        if (!a.explained()) {
            return List.of();
        }
        List<WaterfallRow> rows = new ArrayList<>();
        rows.add(new WaterfallRow(messages.get("appraise.baseline"), "", a.baseline(), formats.money(a.baseline()),
                true));
        for (Contribution c : a.contributions()) {
            rows.add(new WaterfallRow(messages.get("field." + c.characteristic()), valueOf(a.diamond(),
                    c.characteristic()), c.dollars(), formats.signedMoney(c.dollars()), false));
        }
        rows.add(new WaterfallRow(messages.get("appraise.thisStone"), "", a.price(), formats.money(a.price()), true));
        return rows;
    }

    /** The stone's value of a characteristic, in the user's notation. */
    public String valueOf(Diamond d, String characteristic) {
        return switch (characteristic) {
            case "carat" -> formats.number(d.carat(), 2) + " ct";
            case "cut" -> d.cut().label();
            case "color" -> d.color().label();
            case "clarity" -> d.clarity().label();
            case "depth" -> formats.number(d.depth(), 1) + " %";
            case "table" -> formats.number(d.table(), 1) + " %";
            default -> formats.number(d.x(), 2) + " \u00d7 " + formats.number(d.y(), 2) + " \u00d7 "
                    + formats.number(d.z(), 2) + " mm";
        };
    }

    /** The warnings in the user's language; one without a translation is shown as the engine says it. */
    public List<String> warnings(Appraisal a) {
        List<String> texts = new ArrayList<>();
        for (AppraisalWarning w : a.warnings()) {
            texts.add(warning(w));
        }
        return texts;
    }

    /**
     * A warning in the user's words: numbers in the locale's notation ("5,01" in Italian), a
     * characteristic's name translated.
     */
    public String warning(AppraisalWarning w) {
        try {
            List<Object> args = new ArrayList<>();
            for (String arg : w.args()) {
                args.add(PathTexts.localNumber(arg, formats));
            }
            if (w.code().equals("value-outside-range") && !args.isEmpty()) {
                args.set(0, messages.getOr("path.name." + w.args().get(0), w.args().get(0)));
            }
            return messages.format("warning." + w.code(), args.toArray());
        } catch (MissingResourceException | IllegalArgumentException e) {
            return w.message();
        }
    }

    /** Column headers of the comparable stones. */
    public List<String> comparableHeaders() {
        return List.of(messages.get("field.carat"), messages.get("field.cut"), messages.get("field.color"),
                messages.get("field.clarity"), messages.get("field.depth"), messages.get("field.table"),
                messages.get("appraise.comparables.price"));
    }

    public List<ComparableRow> comparables(Appraisal a) {
        List<ComparableRow> rows = new ArrayList<>();
        for (ComparableStone c : a.comparables()) {
            rows.add(comparable(c));
        }
        return rows;
    }

    public ComparableRow comparable(ComparableStone c) {
        Diamond d = c.stone().diamond();
        return new ComparableRow(formats.number(d.carat(), 2), d.cut().label(), d.color().label(), d.clarity().label(),
                formats.number(d.depth(), 1), formats.number(d.table(), 1), formats.money(c.stone().price()));
    }

    /** "Priced by model …, trained …" (for the desk, not for the client). */
    public String model(Appraisal a) {
        return messages.format("appraise.model", a.model().id(), formats.date(a.model().created()));
    }

    /** A day without the time: "Dec 1, 2026", "1 dic 2026". */
    public String day(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                .format(instant.atZone(ZoneId.systemDefault()));
    }
}
