package com.carato.app.ui.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers, money and dates for one locale. Prices are US dollars, as in the data, with the
 * locale's grouping ("$4,691" in English, "$ 4.691" in Italian).
 */
public final class Formats {

    private final Locale locale;
    private final DecimalFormat money;
    private final NumberFormat decimal;

    public Formats(Locale locale) {
        this.locale = locale;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.money = new DecimalFormat(locale.getLanguage().equals("en") ? "$#,##0" : "$ #,##0", symbols);
        this.decimal = NumberFormat.getNumberInstance(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String money(double dollars) {
        return Double.isFinite(dollars) ? money.format(Math.round(dollars)) : "–";
    }

    /** A signed amount for contributions: "+$1,234" or "−$87". */
    public String signedMoney(double dollars) {
        String text = money(Math.abs(dollars));
        return (dollars < 0 ? "−" : "+") + text;
    }

    public String number(double value, int decimals) {
        NumberFormat f = (NumberFormat) decimal.clone();
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String percent(double fraction) {
        return number(fraction * 100, 1) + " %";
    }

    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(ZoneId.systemDefault()));
    }

    /**
     * Reads a number as a person types it: "1.01", "1,01" (decimal comma) or with blanks. Empty
     * when it is not a number.
     */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = text.strip().replace(" ", "");
        if (t.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        ParsePosition pos = new ParsePosition(0);
        Number n = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).parse(t, pos);
        if (n == null || pos.getIndex() != t.length()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n.doubleValue());
    }
}
