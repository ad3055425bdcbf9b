package com.carato.app.sheet;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The shop on the sheet's letterhead: its name, its address (one or more lines), its logo (a copy
 * in the app's data folder) and how many days an appraisal stays valid.
 *
 * @param logo the logo image (PNG or JPEG), or null for none
 */
public record ShopDetails(String name, String address, Path logo, int validityDays) {

    public static final int DEFAULT_VALIDITY_DAYS = 30;
    public static final int MAX_VALIDITY_DAYS = 3650;
    public static final ShopDetails NONE = new ShopDetails("", "", null, DEFAULT_VALIDITY_DAYS);

    public ShopDetails {
        name = name == null ? "" : name.strip();
        address = address == null ? "" : address.strip();
        if (validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
            throw new IllegalArgumentException("validity must be 1 to " + MAX_VALIDITY_DAYS + " days, got "
                    + validityDays);
        }
    }

    public Optional<Path> logoFile() {
        return Optional.ofNullable(logo);
    }

    /** The address's lines, blank ones left out. */
    public java.util.List<String> addressLines() {
        return address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
