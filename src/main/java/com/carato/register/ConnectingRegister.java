package com.carato.register;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The register of a workstation whose shop database may not be reachable when the app starts or
 * later: the database is opened (and migrated) on first use, and opened again on the next use
 * after a failure to open it. While it cannot be opened every call throws
 * {@link RegisterException.Problem#UNREACHABLE}, which {@link CounterRegister} answers by keeping
 * the entry in the outbox. The app, never blocked by it, calls it off the UI thread.
 */
public final class ConnectingRegister implements AppraisalRegister, AutoCloseable {

    private final Supplier<ShopDatabase> opener;
    private final String location;
    private ShopDatabase db;
    private JdbcRegister register;
    private boolean closed;

    /**
     * @param opener   opens and migrates the database (throws {@link RegisterException} when it cannot)
     * @param location where the register is, for messages (never a password)
     */
    public ConnectingRegister(Supplier<ShopDatabase> opener, String location) {
        this.opener = opener;
        this.location = location;
    }

    /** The register of a {@link ShopConnection}. */
    public static ConnectingRegister of(ShopConnection connection) {
        return new ConnectingRegister(connection::open, connection.describe());
    }

    /** The open register, opening the database first when needed. */
    public synchronized JdbcRegister open() {
        if (closed) {
            throw new IllegalStateException("the register " + location + " is closed");
        }
        if (register == null) {
            db = opener.get();
            register = new JdbcRegister(db);
        }
        return register;
    }

    /** The open database (for the registry beside the register), opening it first when needed. */
    public synchronized ShopDatabase database() {
        open();
        return db;
    }

    /** Where the register is, for people. */
    public String location() {
        return location;
    }

    @Override
    public RegisterEntry record(NewEntry entry) {
        return open().record(entry);
    }

    @Override
    public Optional<RegisterEntry> find(long number) {
        return open().find(number);
    }

    @Override
    public RegisterPage search(RegisterQuery query) {
        return open().search(query);
    }

    @Override
    public RegisterEntry voidEntry(long number, String by, String reason) {
        return open().voidEntry(number, by, reason);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (db != null) {
            db.close();
        }
    }
}
