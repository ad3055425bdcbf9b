package com.carato.register;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Properties;

/**
 * The shop's database: an embedded H2 file in the user's data folder (nothing to set up) or a
 * PostgreSQL server shared by the shop's workstations. Opening migrates the schema with Flyway (the
 * same scripts for both) and refuses a database a newer Carato has migrated. Holds a few open
 * connections for reuse; the password is kept only in memory and never appears in messages.
 */
public final class ShopDatabase implements AutoCloseable {

    /** Which kind of server answers. */
    public enum Kind { H2, POSTGRESQL }

    /** The H2 database's user; the file is the user's own, protected by the file system. */
    static final String H2_USER = "carato";

    private static final int MAX_IDLE = 4;

    private final String url;
    private final Kind kind;
    private final Properties credentials;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final Object migration = new Object();
    private volatile boolean migrated;
    private boolean closed;

    private ShopDatabase(String url, Kind kind, Properties credentials) {
        this.url = url;
        this.kind = kind;
        this.credentials = credentials;
    }

    /** The embedded register of one workstation: {@code <folder>/register.mv.db}, created and migrated now. */
    public static ShopDatabase embedded(Path folder) {
        ShopDatabase db = connectEmbedded(folder);
        db.ensureMigrated();
        return db;
    }

    /**
     * The embedded register of one workstation, opened (created, migrated) at its first use rather
     * than now: the app starts without touching the file on its UI thread.
     */
    public static ShopDatabase connectEmbedded(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new RegisterException(RegisterException.Problem.UNREACHABLE,
                    "cannot create the register folder " + dir + ": " + e.getMessage(), e);
        }
        // WRITE_DELAY=0: each commit is written to the file before the INSERT returns. H2's default
        // (a background write every half second) lost confirmed entries when the JVM was killed
        // (RegisterKillTest).
        return connect("jdbc:h2:file:" + dir.resolve("register") + ";WRITE_DELAY=0", H2_USER, "");
    }

    /**
     * A database by JDBC URL ({@code jdbc:postgresql://host/db} or {@code jdbc:h2:...}), migrated to
     * this Carato's schema.
     */
    public static ShopDatabase open(String url, String user, String password) {
        ShopDatabase db = connect(url, user, password);
        db.ensureMigrated();
        return db;
    }

    /**
     * A database by JDBC URL that is migrated on its first use rather than now: a workstation can
     * start while the shop database is away (and price from its cache) and use the database when it
     * comes back. A bad URL is refused at once; a database newer than this Carato at first use.
     */
    public static ShopDatabase connect(String url, String user, String password) {
        return new ShopDatabase(url, kindOf(url), credentials(user, password));
    }

    /** Which server a JDBC URL names; any other URL is refused, never shown with its password. */
    private static Kind kindOf(String url) {
        Objects.requireNonNull(url, "url");
        if (url.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        if (url.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        throw new RegisterException(RegisterException.Problem.BAD_INPUT,
                "database URL: expected jdbc:postgresql://host:port/database or jdbc:h2:..., got " + redact(url));
    }

    private static Properties credentials(String user, String password) {
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        return credentials;
    }

    private static Flyway flyway(String url, String user, String password) {
        return Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .table("carato_schema_history").load();
    }

    /** The newest migration a newer Carato applied to this database, when there is one. */
    private static java.util.Optional<MigrationInfo> newerSchema(MigrationInfoService info) {
        MigrationInfo newest = null;
        for (MigrationInfo m : info.all()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                newest = m;
            }
        }
        return java.util.Optional.ofNullable(newest);
    }

    /** Migrates the schema unless done already in this process (Flyway, the same scripts for H2 and PostgreSQL). */
    public void ensureMigrated() {
        if (migrated) {
            return;
        }
        synchronized (migration) {
            if (!migrated) {
                migrate(credentials.getProperty("user"), credentials.getProperty("password"));
                migrated = true;
            }
        }
    }

    /**
     * Tries a shop database without changing it (Settings → Shop database… tests before saving):
     * connects, reads the server's version and the schema version Carato left there, and refuses a
     * schema a newer Carato made. Nothing is created or migrated.
     *
     * @throws RegisterException UNREACHABLE (wrong address, user or password, server down),
     *                           BAD_INPUT (not a JDBC URL Carato knows) or SCHEMA_TOO_NEW
     */
    public static Probe probe(String url, String user, String password) {
        kindOf(url);
        String server;
        try (Connection c = DriverManager.getConnection(url, credentials(user, password))) {
            var meta = c.getMetaData();
            server = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new RegisterException(RegisterException.Problem.UNREACHABLE,
                    "the database " + redact(url) + " cannot be reached: " + e.getMessage(), e);
        }
        try {
            MigrationInfoService info = flyway(url, user, password).info();
            MigrationInfo current = info.current();
            java.util.Optional<MigrationInfo> newer = newerSchema(info);
            if (newer.isPresent()) {
                throw new RegisterException(RegisterException.Problem.SCHEMA_TOO_NEW, "the database " + redact(url)
                        + " has schema version " + newer.get().getVersion() + ", made by a newer Carato; update"
                        + " Carato on this workstation first");
            }
            return new Probe(server, current == null ? null : current.getVersion().toString(), info.pending().length);
        } catch (FlywayException e) {
            throw new RegisterException(RegisterException.Problem.UNREACHABLE,
                    "the database " + redact(url) + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * What a probe found.
     *
     * @param server        the server's name and version
     * @param schemaVersion Carato's schema version there, or null for a database Carato never used
     * @param pending       migrations this Carato will apply when it first opens it
     */
    public record Probe(String server, String schemaVersion, int pending) {
    }

    public Kind kind() {
        return kind;
    }

    /** The URL without any password in it, for messages and the status bar. */
    public String describe() {
        return redact(url);
    }

    /** Runs work on a pooled connection (auto-commit unless the work changes it back and forth). */
    public <T> T withConnection(SqlWork<T> work) {
        Connection c = borrow();
        boolean healthy = false;
        try {
            T result = work.run(c);
            healthy = true;
            return result;
        } catch (SQLException e) {
            healthy = !isConnectionFailure(e);
            throw translate(e);
        } finally {
            giveBack(c, healthy);
        }
    }

    /** Work on a connection that may throw SQLException. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * A connection of its own, outside the pool, for long waits (PostgreSQL LISTEN); the caller
     * closes it.
     */
    public Connection dedicated() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    RegisterException translate(SQLException e) {
        if (isConnectionFailure(e)) {
            return new RegisterException(RegisterException.Problem.UNREACHABLE,
                    "the register database " + describe() + " cannot be reached: " + e.getMessage(), e);
        }
        return new RegisterException(RegisterException.Problem.DATABASE_ERROR,
                "the register database " + describe() + " refused the request: " + e.getMessage(), e);
    }

    static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("90020")
                || state.equals("90098") || state.equals("90121"));
    }

    private Connection borrow() {
        ensureMigrated();
        synchronized (idle) {
            if (closed) {
                throw new IllegalStateException("the register database is closed");
            }
            Connection c = idle.pollFirst();
            if (c != null) {
                return c;
            }
        }
        try {
            Connection c = DriverManager.getConnection(url, credentials);
            c.setAutoCommit(true);
            return c;
        } catch (SQLException e) {
            throw new RegisterException(RegisterException.Problem.UNREACHABLE, opening(e), e);
        }
    }

    private String opening(SQLException e) {
        String message = e.getMessage();
        if (kind == Kind.H2 && message != null && message.contains("already in use")) {
            return "the register file of " + describe() + " is open in another Carato program on this computer;"
                    + " close that program, or share a PostgreSQL shop database between programs";
        }
        return "the register database " + describe() + " cannot be reached: " + message;
    }

    private void giveBack(Connection c, boolean healthy) {
        synchronized (idle) {
            if (healthy && !closed && idle.size() < MAX_IDLE) {
                try {
                    if (!c.getAutoCommit()) {
                        c.rollback();
                        c.setAutoCommit(true);
                    }
                    idle.addFirst(c);
                    return;
                } catch (SQLException e) {
                    // fall through: a connection that cannot be reset is closed
                }
            }
        }
        closeQuietly(c);
    }

    private void migrate(String user, String password) {
        Flyway flyway = flyway(url, user, password);
        try {
            MigrationInfoService info = flyway.info();
            java.util.Optional<MigrationInfo> newer = newerSchema(info);
            if (newer.isPresent()) {
                MigrationInfo newest = newer.get();
                String ours = java.util.Arrays.stream(info.all())
                        .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                        .map(MigrationInfo::getVersion)
                        .max(Comparable::compareTo)
                        .map(String::valueOf)
                        .orElse("none");
                throw new RegisterException(RegisterException.Problem.SCHEMA_TOO_NEW,
                        "the register database " + describe() + " has schema version " + newest.getVersion()
                                + ", made by a newer Carato; this Carato knows up to version " + ours
                                + ". Update Carato on this workstation.");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && isConnectionFailure(sql)) {
                    // the one line that says why, not Flyway's report around it
                    throw new RegisterException(RegisterException.Problem.UNREACHABLE,
                            "the register database " + describe() + " cannot be reached: " + sql.getMessage(), e);
                }
            }
            throw new RegisterException(RegisterException.Problem.UNREACHABLE,
                    "the register database " + describe() + " cannot be prepared: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(ShopDatabase::closeQuietly);
            idle.clear();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing to keep
        }
    }

    /** A JDBC URL with any password parameter masked. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "ShopDatabase[" + kind + " " + describe() + "]";
    }
}
