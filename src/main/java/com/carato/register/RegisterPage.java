package com.carato.register;

import java.util.List;

/**
 * One page of a register search, newest first.
 *
 * @param hasMore whether a next page exists (the register does not count a million rows to say so)
 */
public record RegisterPage(List<RegisterEntry> entries, int page, int pageSize, boolean hasMore) {
    public RegisterPage {
        entries = List.copyOf(entries);
    }
}
