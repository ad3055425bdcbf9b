package com.carato.register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

/**
 * Where a workstation's register lives: the embedded H2 file in its data folder, or a shop's
 * PostgreSQL server given by JDBC URL. The server's user and password come from the environment
 * ({@code CARATO_DB_USER}, {@code CARATO_DB_PASSWORD}) or from a password file readable by its owner
 * alone; a password is never taken from the command line, where other users can see it.
 *
 * @param dataFolder the workstation's data folder (embedded register, outbox)
 * @param url        the shop database's JDBC URL, or null for the embedded register
 */
public record ShopConnection(Path dataFolder, String url, String user, String password) {

    public static final String USER_VARIABLE = "CARATO_DB_USER";
    public static final String PASSWORD_VARIABLE = "CARATO_DB_PASSWORD";

    /** The embedded register of the data folder. */
    public static ShopConnection embedded(Path dataFolder) {
        return new ShopConnection(dataFolder, null, null, null);
    }

    /**
     * A shop database: the user from the environment, the password from {@code passwordFile} when
     * given (else from the environment).
     */
    public static ShopConnection shop(Path dataFolder, String url, Path passwordFile, Map<String, String> env) {
        String user = env.get(USER_VARIABLE);
        String password = passwordFile != null ? readPasswordFile(passwordFile) : env.get(PASSWORD_VARIABLE);
        return new ShopConnection(dataFolder, url, user, password);
    }

    /**
     * A shop database as the app's settings keep it: the user given, the password from the
     * workstation's password file (none when the file does not exist).
     */
    public static ShopConnection withPasswordFile(Path dataFolder, String url, String user, Path passwordFile) {
        String password = Files.exists(passwordFile) ? readPasswordFile(passwordFile) : null;
        return new ShopConnection(dataFolder, url, user == null || user.isBlank() ? null : user.strip(), password);
    }

    /**
     * Keeps a password in a file only its owner can read or write (the shared atomic writer creates
     * it owner-only, forces it to disk and moves it into place). An empty password removes the file.
     */
    public static void writePasswordFile(Path file, String password) {
        try {
            if (password == null || password.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            com.carato.data.AtomicFiles.writePrivate(file, (password + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RegisterException(RegisterException.Problem.BAD_INPUT,
                    "the password file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    public boolean isEmbedded() {
        return url == null;
    }

    /** Opens (and migrates) the database. */
    public ShopDatabase open() {
        return isEmbedded() ? ShopDatabase.embedded(dataFolder.resolve("register")) : ShopDatabase.open(url, user, password);
    }

    /**
     * The database without opening or migrating it yet (done at its first use, and again at the next
     * use after a failure): a workstation starts while the shop database is away, and the app never
     * opens the embedded file on its UI thread.
     */
    public ShopDatabase connect() {
        return isEmbedded() ? ShopDatabase.connectEmbedded(dataFolder.resolve("register"))
                : ShopDatabase.connect(url, user, password);
    }

    /** The workstation's outbox folder, for entries waiting for the shop database. */
    public Path outbox() {
        return dataFolder.resolve("outbox");
    }

    /** Where the register is, for people: never the password. */
    public String describe() {
        return isEmbedded() ? dataFolder.resolve("register") + " (this workstation)" : ShopDatabase.redact(url);
    }

    @Override
    public String toString() {
        return "ShopConnection[" + describe() + (user == null ? "" : ", user " + user) + "]";
    }

    /** The first line of a password file that only its owner can read. */
    public static String readPasswordFile(Path file) {
        try {
            try {
                Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
                if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                    throw new RegisterException(RegisterException.Problem.BAD_INPUT, "password file " + file
                            + ": other users can read it; make it readable by you alone (chmod 600 " + file + ")");
                }
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file's ACL is the user's business
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String line = text.lines().findFirst().orElse("").strip();
            if (line.isEmpty()) {
                throw new RegisterException(RegisterException.Problem.BAD_INPUT, "password file " + file + ": it is empty");
            }
            return line;
        } catch (IOException e) {
            throw new RegisterException(RegisterException.Problem.BAD_INPUT,
                    "password file " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
