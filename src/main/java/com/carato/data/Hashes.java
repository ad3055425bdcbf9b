package com.carato.data;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one SHA-256 helper: lower-case hex digests of bytes, or of parts fed in order. */
public final class Hashes {

    private Hashes() {
    }

    /** SHA-256 of {@code bytes}, as 64 lower-case hex digits. */
    public static String sha256(byte[] bytes) {
        Sha256 digest = new Sha256();
        digest.update(bytes);
        return digest.hex();
    }

    /** A SHA-256 fed in parts (a file's lines), for content too large to hold as one array. */
    public static final class Sha256 {
        private final MessageDigest digest;

        public Sha256() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 missing from the JDK", e);
            }
        }

        public Sha256 update(byte[] bytes) {
            digest.update(bytes);
            return this;
        }

        /** The digest of everything fed so far, as 64 lower-case hex digits. */
        public String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
