package com.carato.register;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A register search: every filter is optional; dates are whole days in the shop's time zone, both
 * ends included; the client reference matches from its start, ignoring case; pages count from 1.
 * {@code below} (optional) keeps only entries numbered below it: reading page after page by the last
 * number seen (keyset paging) costs the same for the thousandth page as for the first, and an entry
 * recorded meanwhile does not shift the pages (no entry read twice).
 */
public record RegisterQuery(LocalDate from, LocalDate to, ZoneId zone, String salesperson, String client,
                            Double minCarat, Double maxCarat, Double minPrice, Double maxPrice,
                            String modelId, Long below, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 1_000;

    public RegisterQuery {
        zone = zone == null ? ZoneId.systemDefault() : zone;
        salesperson = blankToNull(salesperson);
        client = blankToNull(client);
        modelId = blankToNull(modelId);
        if (from != null && to != null && from.isAfter(to)) {
            throw bad("from: " + from + " is after to: " + to);
        }
        range("carat", minCarat, maxCarat);
        range("price", minPrice, maxPrice);
        if (below != null && below < 1) {
            throw bad("below: must be 1 or more, got " + below);
        }
        if (page < 1) {
            throw bad("page: must be 1 or more, got " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw bad("pageSize: must be between 1 and " + MAX_PAGE_SIZE + ", got " + pageSize);
        }
    }

    /** Everything, newest first, first page. */
    public static RegisterQuery all() {
        return new RegisterQuery(null, null, null, null, null, null, null, null, null, null, null, 1,
                DEFAULT_PAGE_SIZE);
    }

    public RegisterQuery between(LocalDate newFrom, LocalDate newTo) {
        return new RegisterQuery(newFrom, newTo, zone, salesperson, client, minCarat, maxCarat, minPrice, maxPrice,
                modelId, below, page, pageSize);
    }

    public RegisterQuery bySalesperson(String name) {
        return new RegisterQuery(from, to, zone, name, client, minCarat, maxCarat, minPrice, maxPrice, modelId, below,
                page, pageSize);
    }

    public RegisterQuery byClient(String reference) {
        return new RegisterQuery(from, to, zone, salesperson, reference, minCarat, maxCarat, minPrice, maxPrice,
                modelId, below, page, pageSize);
    }

    public RegisterQuery carats(Double min, Double max) {
        return new RegisterQuery(from, to, zone, salesperson, client, min, max, minPrice, maxPrice, modelId, below, page,
                pageSize);
    }

    public RegisterQuery prices(Double min, Double max) {
        return new RegisterQuery(from, to, zone, salesperson, client, minCarat, maxCarat, min, max, modelId, below, page,
                pageSize);
    }

    public RegisterQuery byModel(String id) {
        return new RegisterQuery(from, to, zone, salesperson, client, minCarat, maxCarat, minPrice, maxPrice, id, below,
                page, pageSize);
    }

    public RegisterQuery page(int newPage, int newPageSize) {
        return new RegisterQuery(from, to, zone, salesperson, client, minCarat, maxCarat, minPrice, maxPrice,
                modelId, below, newPage, newPageSize);
    }

    /** The same search among the entries numbered below {@code number} (keyset paging). */
    public RegisterQuery belowNumber(long number) {
        return new RegisterQuery(from, to, zone, salesperson, client, minCarat, maxCarat, minPrice, maxPrice,
                modelId, number, page, pageSize);
    }

    public RegisterQuery inZone(ZoneId newZone) {
        return new RegisterQuery(from, to, newZone, salesperson, client, minCarat, maxCarat, minPrice, maxPrice,
                modelId, below, page, pageSize);
    }

    /** The key the register matches client references on. */
    static String clientKey(String reference) {
        return reference == null ? null : reference.strip().toLowerCase(Locale.ROOT);
    }

    private static void range(String field, Double min, Double max) {
        if (min != null && (!Double.isFinite(min) || min < 0)) {
            throw bad("min " + field + ": must be a number of 0 or more, got " + min);
        }
        if (max != null && (!Double.isFinite(max) || max < 0)) {
            throw bad("max " + field + ": must be a number of 0 or more, got " + max);
        }
        if (min != null && max != null && min > max) {
            throw bad(field + ": min " + min + " is above max " + max);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static RegisterException bad(String message) {
        return new RegisterException(RegisterException.Problem.BAD_INPUT, message);
    }
}
