package com.carato.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The API keys a server accepts. Only SHA-256 digests are kept; a presented key is hashed and
 * compared with every digest with {@link MessageDigest#isEqual} (constant time, equal lengths),
 * without stopping at the first match, so timing tells nothing about the keys.
 */
public final class ApiKeys {

    /** Shortest key accepted: shorter ones are guessable. */
    public static final int MIN_LENGTH = 16;

    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = List.copyOf(digests);
    }

    public static ApiKeys none() {
        return new ApiKeys(List.of());
    }

    /** Keys given in code (tests, the app's settings). */
    public static ApiKeys of(Collection<String> keys) {
        List<byte[]> digests = new ArrayList<>();
        for (String key : keys) {
            String k = key.strip();
            if (k.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("an API key must have at least " + MIN_LENGTH
                        + " characters, got one of " + k.length());
            }
            digests.add(sha256(k));
        }
        return new ApiKeys(digests);
    }

    /**
     * Reads keys from a file: one key a line, UTF-8; blank lines and lines starting with '#' are skipped.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it holds no key or a key is too short (with the line number)
     */
    public static ApiKeys read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.length() < MIN_LENGTH) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + ": an API key must have at least "
                        + MIN_LENGTH + " characters");
            }
            keys.add(line);
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(file + ": no API key in the file (one key a line, # for comments)");
        }
        return of(keys);
    }

    /** The environment variable that may hold the server's keys (containers: from a secret store). */
    public static final String ENVIRONMENT_VARIABLE = "CARATO_API_KEYS";

    /**
     * Reads keys from the value of an environment variable: keys separated by commas or white space.
     *
     * @throws IllegalArgumentException when it holds no key or a key is too short (naming the variable
     *                                  and the key's position, never the key)
     */
    public static ApiKeys parse(String variable, String value) {
        List<String> keys = new ArrayList<>();
        for (String part : value.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.length() < MIN_LENGTH) {
                throw new IllegalArgumentException(variable + ": key " + (keys.size() + 1) + " is shorter than "
                        + MIN_LENGTH + " characters");
            }
            keys.add(part);
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(variable + ": no API key (keys separated by commas or spaces)");
        }
        return of(keys);
    }

    /**
     * The server's keys: from {@code file} when given, else from the environment variable's value
     * when set, else none. Both at once is refused, so a forgotten variable never widens access.
     */
    public static ApiKeys resolve(Path file, String environmentValue) throws IOException {
        boolean fromEnvironment = environmentValue != null && !environmentValue.isBlank();
        if (file != null && fromEnvironment) {
            throw new IllegalArgumentException("API keys given twice: --api-keys " + file + " and "
                    + ENVIRONMENT_VARIABLE + "; use one");
        }
        if (file != null) {
            return read(file);
        }
        return fromEnvironment ? parse(ENVIRONMENT_VARIABLE, environmentValue) : none();
    }

    /** True when keys are required. */
    public boolean enabled() {
        return !digests.isEmpty();
    }

    public int size() {
        return digests.size();
    }

    /** True when {@code presented} is one of the keys; null or blank is never accepted. */
    public boolean accepts(String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        byte[] digest = sha256(presented.strip());
        boolean match = false;
        for (byte[] known : digests) {
            match |= MessageDigest.isEqual(known, digest);
        }
        return match;
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeys[" + digests.size() + " keys]";
    }
}
