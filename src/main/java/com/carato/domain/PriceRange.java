package com.carato.domain;

/**
 * An interval the true price is expected to fall in, with the share of stones it covers.
 *
 * @param low      lower end, USD
 * @param high     upper end, USD
 * @param coverage nominal coverage, e.g. 0.9 for a 90 % range
 */
public record PriceRange(double low, double high, double coverage) {
    public PriceRange {
        if (!(low <= high)) {
            throw new IllegalArgumentException("range low " + low + " above high " + high);
        }
        if (!(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("coverage must be in (0, 1), got " + coverage);
        }
    }

    public boolean contains(double price) {
        return price >= low && price <= high;
    }

    public double width() {
        return high - low;
    }
}
