package com.carato.ml.registry;

import com.carato.domain.Message;
import com.carato.register.RegisterException;
import com.carato.register.ShopDatabase;
import com.fasterxml.jackson.core.type.TypeReference;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The champion log in the shop database (H2 or PostgreSQL): every workstation reads and writes the
 * same history. {@link #transact} runs in one database transaction that first locks the champion
 * row ({@code SELECT … FOR UPDATE}), so two managers promoting at once are serialised: the second
 * sees the first's promotion and, with {@code promoteIf}, is refused with a clear message. A
 * champion change writes its event and the champion row in the same transaction, so the one
 * champion and the history can never disagree; on PostgreSQL it also notifies the listening
 * workstations ({@code NOTIFY carato_champion}).
 */
public final class JdbcChampionLog implements ChampionLog {

    /** The PostgreSQL notification channel a champion change is announced on. */
    public static final String CHANNEL = "carato_champion";

    private static final TypeReference<Map<String, Double>> FIGURES = new TypeReference<>() { };
    private static final TypeReference<List<Message>> SAID = new TypeReference<>() { };

    private final ShopDatabase db;

    public JdbcChampionLog(ShopDatabase db) {
        this.db = db;
    }

    @Override
    public String location() {
        return db.describe();
    }

    @Override
    public List<RegistryEvent> history() throws IOException {
        try {
            return db.withConnection(JdbcChampionLog::read);
        } catch (RegisterException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> champion() throws IOException {
        try {
            return db.withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT model_id FROM model_champion WHERE id = 1")) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            });
        } catch (RegisterException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public <T> T transact(Work<T> work) throws IOException, BundleException {
        try {
            return db.withConnection(c -> {
                c.setAutoCommit(false);
                try {
                    lock(c);
                    List<RegistryEvent> history = new ArrayList<>(read(c));
                    Transaction tx = new Transaction() {
                        @Override
                        public List<RegistryEvent> history() {
                            return List.copyOf(history);
                        }

                        @Override
                        public RegistryEvent append(RegistryEvent event) throws IOException {
                            try {
                                insert(c, event);
                            } catch (SQLException e) {
                                throw new IOException("cannot write to the model registry in " + db.describe()
                                        + ": " + e.getMessage(), e);
                            }
                            history.add(event);
                            return event;
                        }
                    };
                    T result = work.run(tx);
                    c.commit();
                    return result;
                } catch (IOException | BundleException e) {
                    c.rollback();
                    throw new WorkFailed(e);
                } catch (ChampionRaced e) {
                    c.rollback();
                    throw new WorkFailed((ChampionChangedException) e.getCause());
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            });
        } catch (WorkFailed e) {
            if (e.getCause() instanceof BundleException b) {
                throw b;
            }
            throw (IOException) e.getCause();
        } catch (RegisterException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A champion change refused by the database's compare-and-set. */
    private static final class ChampionRaced extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChampionRaced(ChampionChangedException cause) {
            super(cause);
        }
    }

    /** Carries a checked failure of the work out of the connection callback. */
    private static final class WorkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkFailed(Exception cause) {
            super(cause);
        }
    }

    /**
     * Serialises writers: locks the champion row, or, before the first promotion, the table (a
     * row that does not exist cannot be locked).
     */
    private void lock(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT model_id FROM model_champion WHERE id = 1 FOR UPDATE")) {
            if (rs.next()) {
                return;
            }
        }
        if (db.kind() == ShopDatabase.Kind.POSTGRESQL) {
            c.createStatement().execute("LOCK TABLE model_champion IN EXCLUSIVE MODE");
        }
        // H2 (one workstation): two first promotions at once both insert row 1; the second fails on
        // the primary key and its whole transaction, event included, is rolled back
    }

    private void insert(Connection c, RegistryEvent e) throws SQLException, IOException {
        long seq;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO model_event (at, action, model_id, previous,"
                + " actor, reason, figures, said) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"seq"})) {
            insert.setObject(1, OffsetDateTime.ofInstant(e.time(), ZoneOffset.UTC));
            insert.setString(2, e.action());
            insert.setString(3, e.id());
            insert.setString(4, e.previous());
            insert.setString(5, e.actor());
            insert.setString(6, e.reason());
            insert.setString(7, e.figures() == null ? null : Json.MAPPER.writeValueAsString(e.figures()));
            insert.setString(8, e.said().isEmpty() ? null : Json.LINE.writeValueAsString(e.said()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                seq = keys.getLong(1);
            }
        }
        if (e.changesChampion()) {
            // compare-and-set in the database itself: the row changes only from the champion the
            // event names as previous, so a writer that raced past the lock cannot break the chain
            int updated;
            if (e.previous() == null) {
                try (PreparedStatement first = c.prepareStatement("INSERT INTO model_champion (id, model_id, since,"
                        + " event_seq) SELECT 1, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM model_champion WHERE id = 1)")) {
                    first.setString(1, e.id());
                    first.setObject(2, OffsetDateTime.ofInstant(e.time(), ZoneOffset.UTC));
                    first.setLong(3, seq);
                    updated = first.executeUpdate();
                } catch (SQLException duplicate) {
                    if (!"23505".equals(duplicate.getSQLState())) {
                        throw duplicate;
                    }
                    updated = 0;
                }
            } else {
                try (PreparedStatement update = c.prepareStatement("UPDATE model_champion SET model_id = ?, since = ?,"
                        + " event_seq = ? WHERE id = 1 AND model_id = ?")) {
                    update.setString(1, e.id());
                    update.setObject(2, OffsetDateTime.ofInstant(e.time(), ZoneOffset.UTC));
                    update.setLong(3, seq);
                    update.setString(4, e.previous());
                    updated = update.executeUpdate();
                }
            }
            if (updated == 0) {
                String actual;
                try (ResultSet rs = c.createStatement().executeQuery("SELECT model_id FROM model_champion WHERE id = 1")) {
                    actual = rs.next() ? rs.getString(1) : null;
                }
                throw new ChampionRaced(new ChampionChangedException(e.previous(), actual,
                        (RegistryEvent.PROMOTED.equals(e.action()) ? "promoting " : "rolling back to ") + e.id()));
            }
            if (db.kind() == ShopDatabase.Kind.POSTGRESQL) {
                try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, e.id());
                    notify.execute();
                }
            }
        }
    }

    private static List<RegistryEvent> read(Connection c) throws SQLException {
        List<RegistryEvent> events = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT at, action, model_id, previous, actor, reason, figures, said FROM model_event ORDER BY seq")) {
            while (rs.next()) {
                Map<String, Double> figures = null;
                String json = rs.getString(7);
                if (json != null) {
                    try {
                        figures = Json.MAPPER.readValue(json, FIGURES);
                    } catch (IOException e) {
                        figures = Map.of();
                    }
                }
                List<Message> said = List.of();
                String saidJson = rs.getString(8);
                if (saidJson != null) {
                    try {
                        said = Json.MAPPER.readValue(saidJson, SAID);
                    } catch (IOException e) {
                        said = List.of(); // the English reason stays
                    }
                }
                events.add(new RegistryEvent(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), figures, said));
            }
        }
        return events;
    }
}
