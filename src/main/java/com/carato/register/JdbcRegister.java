package com.carato.register;

import com.carato.domain.Appraisal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The register in a SQL database (H2 or PostgreSQL, one schema). An entry is one row written by
 * one INSERT, so it is either wholly there or not at all; the number comes from the database's
 * identity column, unique across every workstation; the idempotency key is a unique constraint,
 * so a resent entry is recorded once. Voids go to their own table: nothing is updated or deleted.
 */
public final class JdbcRegister implements AppraisalRegister {

    /** SQLState of a unique or primary-key violation, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String COLUMNS = "e.number, e.entry_key, e.recorded_at, e.workstation, e.salesperson,"
            + " e.client, e.language, e.sheet_number, e.appraisal, v.voided_at, v.voided_by, v.reason";

    private static final String FROM = " FROM register_entry e LEFT JOIN register_void v ON v.number = e.number";

    /** The columns an entry is written to, in {@link #bind}'s order. */
    static final String ENTRY_COLUMNS = "entry_key, recorded_at, workstation, salesperson, client, client_key, carat,"
            + " cut, color, clarity, price, price_low, price_high, model_id, language, sheet_number, appraisal";
    static final String ENTRY_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private final ShopDatabase db;

    public JdbcRegister(ShopDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public RegisterEntry record(NewEntry entry) {
        Appraisal a = entry.appraisal();
        String json = AppraisalJson.write(a);
        try {
            return db.withConnection(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO register_entry (" + ENTRY_COLUMNS
                        + ") VALUES (" + ENTRY_VALUES + ")", new String[] {"number"})) {
                    bind(insert, 1, entry.key(), entry.at(), entry.workstation(), entry.salesperson(), entry.client(),
                            entry.language(), entry.sheetNumber(), a, json);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        long number = keys.getLong(1);
                        return new RegisterEntry(number, entry.key(), entry.at(), entry.workstation(),
                                entry.salesperson(), entry.client(), entry.language(), entry.sheetNumber(), a, null);
                    }
                }
            });
        } catch (RegisterException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return findByKey(entry.key()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** The entry recorded with this idempotency key. */
    public Optional<RegisterEntry> findByKey(UUID key) {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE e.entry_key = ?")) {
                q.setString(1, key.toString());
                return one(q);
            }
        });
    }

    @Override
    public Optional<RegisterEntry> find(long number) {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE e.number = ?")) {
                q.setLong(1, number);
                return one(q);
            }
        });
    }

    @Override
    public RegisterPage search(RegisterQuery query) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (query.from() != null) {
            where.append(" AND e.recorded_at >= ?");
            args.add(query.from().atStartOfDay(query.zone()).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.append(" AND e.recorded_at < ?");
            args.add(query.to().plusDays(1).atStartOfDay(query.zone()).toOffsetDateTime());
        }
        if (query.salesperson() != null) {
            where.append(" AND e.salesperson = ?");
            args.add(query.salesperson());
        }
        if (query.client() != null) {
            where.append(" AND e.client_key LIKE ? ESCAPE '!'");
            args.add(escapeLike(RegisterQuery.clientKey(query.client())) + "%");
        }
        if (query.minCarat() != null) {
            where.append(" AND e.carat >= ?");
            args.add(query.minCarat());
        }
        if (query.maxCarat() != null) {
            where.append(" AND e.carat <= ?");
            args.add(query.maxCarat());
        }
        if (query.minPrice() != null) {
            where.append(" AND e.price >= ?");
            args.add(query.minPrice());
        }
        if (query.maxPrice() != null) {
            where.append(" AND e.price <= ?");
            args.add(query.maxPrice());
        }
        if (query.modelId() != null) {
            where.append(" AND e.model_id = ?");
            args.add(query.modelId());
        }
        if (query.below() != null) {
            where.append(" AND e.number < ?");
            args.add(query.below());
        }
        String sql = "SELECT " + COLUMNS + FROM + (where.length() == 0 ? "" : " WHERE" + where.substring(4))
                + " ORDER BY e.number DESC LIMIT ? OFFSET ?";
        int size = query.pageSize();
        long offset = (long) (query.page() - 1) * size;
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                int i = 0;
                for (Object arg : args) {
                    q.setObject(++i, arg);
                }
                q.setInt(++i, size + 1);
                q.setLong(++i, offset);
                List<RegisterEntry> entries = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        entries.add(read(rs));
                    }
                }
                boolean more = entries.size() > size;
                return new RegisterPage(more ? entries.subList(0, size) : entries, query.page(), size, more);
            }
        });
    }

    /**
     * Restores entries from a backup with their own numbers, keys and voids; an entry whose key is
     * already here is skipped (a restore can be run again). The numbering then continues after the
     * highest number. Returns how many entries were added.
     */
    public int restore(java.util.Iterator<RegisterEntry> entries) {
        return db.withConnection(c -> {
            int added = 0;
            c.setAutoCommit(false);
            try (PreparedStatement exists = c.prepareStatement(
                         "SELECT entry_key FROM register_entry WHERE number = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO register_entry (number, "
                         + ENTRY_COLUMNS + ") VALUES (?, " + ENTRY_VALUES + ")");
                 PreparedStatement voids = c.prepareStatement(
                         "INSERT INTO register_void (number, voided_at, voided_by, reason) VALUES (?, ?, ?, ?)")) {
                while (entries.hasNext()) {
                    RegisterEntry e = entries.next();
                    exists.setLong(1, e.number());
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            if (!rs.getString(1).equals(e.key().toString())) {
                                throw new RegisterException(RegisterException.Problem.BAD_INPUT, "backup entry "
                                        + e.number() + ": that number belongs to another entry in this register");
                            }
                            continue;
                        }
                    }
                    insert.setLong(1, e.number());
                    bind(insert, 2, e.key(), e.at(), e.workstation(), e.salesperson(), e.client(), e.language(),
                            e.sheetNumber(), e.appraisal(), AppraisalJson.write(e.appraisal()));
                    insert.executeUpdate();
                    if (e.voiding() != null) {
                        voids.setLong(1, e.number());
                        voids.setObject(2, OffsetDateTime.ofInstant(e.voiding().at(), ZoneOffset.UTC));
                        voids.setString(3, e.voiding().by());
                        voids.setString(4, e.voiding().reason());
                        voids.executeUpdate();
                    }
                    added++;
                }
                long max;
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(number), 0) FROM register_entry")) {
                    rs.next();
                    max = rs.getLong(1);
                }
                if (db.kind() == ShopDatabase.Kind.POSTGRESQL) {
                    c.createStatement().execute("SELECT setval(pg_get_serial_sequence('register_entry', 'number'), "
                            + Math.max(1, max) + ", " + (max > 0) + ")");
                } else {
                    c.createStatement().execute("ALTER TABLE register_entry ALTER COLUMN number RESTART WITH " + (max + 1));
                }
                c.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        });
    }

    /** Every entry, oldest first, streamed (a million entries are not held in memory). */
    public void forEach(java.util.function.Consumer<RegisterEntry> action) {
        db.withConnection(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + FROM + " ORDER BY e.number")) {
                q.setFetchSize(500);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        action.accept(read(rs));
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    @Override
    public RegisterEntry voidEntry(long number, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RegisterException(RegisterException.Problem.NO_REASON,
                    "void of entry " + number + ": a reason is required");
        }
        if (by == null || by.isBlank()) {
            throw new RegisterException(RegisterException.Problem.NO_REASON,
                    "void of entry " + number + ": who voids it is required");
        }
        if (reason.strip().length() > 1000) {
            throw new RegisterException(RegisterException.Problem.BAD_INPUT,
                    "void of entry " + number + ": the reason is longer than 1000 characters");
        }
        RegisterEntry entry = get(number);
        if (entry.voided()) {
            throw alreadyVoided(entry);
        }
        Instant at = Instant.now();
        try {
            db.withConnection(c -> {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO register_void (number, voided_at, voided_by, reason) VALUES (?, ?, ?, ?)")) {
                    insert.setLong(1, number);
                    insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    insert.setString(3, by.strip());
                    insert.setString(4, reason.strip());
                    return insert.executeUpdate();
                }
            });
        } catch (RegisterException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw alreadyVoided(get(number));
            }
            throw e;
        }
        return get(number);
    }

    /** Binds an entry to {@link #ENTRY_COLUMNS} from parameter {@code first} on. */
    static void bind(PreparedStatement insert, int first, UUID key, Instant at, String workstation, String salesperson,
                     String client, Locale language, String sheetNumber, Appraisal a, String json) throws SQLException {
        int i = first - 1;
        insert.setString(++i, key.toString());
        insert.setObject(++i, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        insert.setString(++i, workstation);
        insert.setString(++i, salesperson);
        insert.setString(++i, client);
        insert.setString(++i, RegisterQuery.clientKey(client));
        insert.setDouble(++i, a.diamond().carat());
        insert.setString(++i, a.diamond().cut().name());
        insert.setString(++i, a.diamond().color().name());
        insert.setString(++i, a.diamond().clarity().name());
        insert.setDouble(++i, a.price());
        insert.setDouble(++i, a.range().low());
        insert.setDouble(++i, a.range().high());
        insert.setString(++i, a.model().id());
        insert.setString(++i, language.toLanguageTag());
        insert.setString(++i, sheetNumber);
        insert.setString(++i, json);
    }

    private static RegisterException alreadyVoided(RegisterEntry entry) {
        Voiding v = entry.voiding();
        return new RegisterException(RegisterException.Problem.ALREADY_VOIDED, "entry " + entry.number()
                + " was already voided on " + v.at() + " by " + v.by() + ": " + v.reason());
    }

    private static Optional<RegisterEntry> one(PreparedStatement q) throws SQLException {
        try (ResultSet rs = q.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
    }

    private static RegisterEntry read(ResultSet rs) throws SQLException {
        long number = rs.getLong(1);
        UUID key = UUID.fromString(rs.getString(2));
        Instant at = rs.getObject(3, OffsetDateTime.class).toInstant();
        String workstation = rs.getString(4);
        String salesperson = rs.getString(5);
        String client = rs.getString(6);
        Locale language = Locale.forLanguageTag(rs.getString(7));
        String sheet = rs.getString(8);
        Appraisal appraisal = AppraisalJson.read(number, rs.getString(9));
        OffsetDateTime voidedAt = rs.getObject(10, OffsetDateTime.class);
        Voiding voiding = voidedAt == null ? null : new Voiding(voidedAt.toInstant(), rs.getString(11), rs.getString(12));
        return new RegisterEntry(number, key, at, workstation, salesperson, client, language, sheet, appraisal, voiding);
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
