package com.carato.ml.registry;

import java.util.regex.Pattern;

/**
 * The strict shape of a model id, checked for every id that reaches the registry: from the command
 * line, a REST request or a log line. An id names a folder inside the registry, so it may hold
 * only letters, digits, '-' and '_' (no '.', no '/', no '\\'): {@code ../x} never leaves the
 * registry, and the registry's own names ({@code snapshots}, {@code .tmp-…}) are never ids.
 */
public final class ModelIds {

    /** Letters, digits, '-' and '_', starting with a letter or digit, at most 80 characters. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");

    private static final String RESERVED = "snapshots";

    private ModelIds() {
    }

    /** True when {@code id} is a well-formed model id. */
    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches() && !id.equals(RESERVED);
    }

    /**
     * Returns {@code id} when it is well formed.
     *
     * @param from where the id came from, for the message ("the command line", "registry.log line 4")
     * @throws BundleException naming the id, where it came from and what an id may hold
     */
    public static String check(String id, String from) throws BundleException {
        if (!isValid(id)) {
            throw new BundleException("not a model id: \"" + printable(id) + "\" (from " + from
                    + "); a model id has 1 to 80 letters, digits, '-' or '_' and starts with a letter or digit");
        }
        return id;
    }

    private static String printable(String id) {
        if (id == null) {
            return "";
        }
        String shown = id.length() > 100 ? id.substring(0, 100) + "…" : id;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
