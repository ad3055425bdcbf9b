package com.carato.data;

import java.nio.file.Path;

/**
 * An immutable data snapshot: the training stones in canonical CSV form, named by their content.
 *
 * @param sha256 SHA-256 of the file's bytes, which is also {@link Fingerprint#of} of its stones
 * @param rows   number of stones
 * @param file   where it is stored
 */
public record Snapshot(String sha256, int rows, Path file) {
}
