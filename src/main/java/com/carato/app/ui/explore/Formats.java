package com.carato.app.ui.explore;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Numbers and US-dollar amounts formatted for the user's locale. */
public final class Formats {

    private final Locale locale;
    private final NumberFormat money;
    private final NumberFormat integer;

    public Formats(Locale locale) {
        this.locale = locale;
        this.money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance("USD"));
        money.setMaximumFractionDigits(0);
        money.setMinimumFractionDigits(0);
        this.integer = NumberFormat.getIntegerInstance(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** Whole dollars, e.g. "$4,733" (English) or "4.733 USD" (Italian). */
    public String money(double dollars) {
        return Double.isNaN(dollars) ? "–" : money.format(dollars);
    }

    /** Dollars in short form for axis ticks: "$500", "$12k". */
    public String moneyShort(double dollars) {
        if (Math.abs(dollars) >= 1000) {
            return "$" + decimal(dollars / 1000, dollars % 1000 == 0 ? 0 : 1) + "k";
        }
        return "$" + decimal(dollars, 0);
    }

    public String count(long n) {
        return integer.format(n);
    }

    public String decimal(double value, int digits) {
        if (Double.isNaN(value)) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** A weight, "1.02 ct". */
    public String carat(double carat) {
        return decimal(carat, 2) + " ct";
    }
}
