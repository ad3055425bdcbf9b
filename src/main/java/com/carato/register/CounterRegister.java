package com.carato.register;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The register as a counter uses it: each appraisal goes straight to the shop database, or, when
 * the database cannot be reached, into the workstation's {@link Outbox}; {@link #flush()} sends the
 * waiting entries in order, each exactly once (the database keeps one entry per key, so an entry
 * sent again after a crash between sending and forgetting it is not doubled). While entries wait,
 * new ones queue behind them, so the register's order is the counter's order.
 */
public final class CounterRegister {

    private final AppraisalRegister database;
    private final Outbox outbox;
    private final List<java.util.function.Consumer<Receipt>> sentListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public CounterRegister(AppraisalRegister database, Path outboxFolder) {
        this.database = Objects.requireNonNull(database, "database");
        this.outbox = new Outbox(outboxFolder);
    }

    /**
     * Records an appraisal: the entry is safe on return, in the database (with its number) or in
     * the outbox (pending).
     */
    public synchronized Receipt record(NewEntry entry) {
        if (flush().waiting() == 0) {
            try {
                return Receipt.recorded(database.record(entry));
            } catch (RegisterException e) {
                if (e.problem() != RegisterException.Problem.UNREACHABLE) {
                    throw e;
                }
            }
        }
        outbox.add(entry);
        return Receipt.pending(entry);
    }

    /** Sends what waits, oldest first, until the database refuses; says how many went and how many wait. */
    public synchronized FlushResult flush() {
        List<Path> waiting = outbox.waiting();
        int sent = 0;
        RegisterException failure = null;
        for (Path file : waiting) {
            NewEntry entry = outbox.read(file);
            RegisterEntry recorded;
            try {
                recorded = database.record(entry);
            } catch (RegisterException e) {
                failure = e;
                break;
            }
            outbox.remove(file);
            sent++;
            Receipt receipt = Receipt.recorded(recorded);
            sentListeners.forEach(listener -> listener.accept(receipt));
        }
        return new FlushResult(sent, waiting.size() - sent, failure == null ? null : failure.getMessage());
    }

    /**
     * Sends what waits and asks the database whether it answers (a one-entry search): what the
     * status bar says about the register. Called in the background, e.g. every few seconds.
     */
    public synchronized CounterStatus check() {
        FlushResult flushed = flush();
        if (flushed.problem() != null) {
            return new CounterStatus(false, flushed.waiting(), flushed.problem());
        }
        try {
            database.search(RegisterQuery.all().page(1, 1));
            return new CounterStatus(true, flushed.waiting(), null);
        } catch (RegisterException e) {
            return new CounterStatus(e.problem() != RegisterException.Problem.UNREACHABLE, outbox.size(),
                    e.getMessage());
        }
    }

    /**
     * What the counter's register is like now.
     *
     * @param reachable whether the shop database answered
     * @param waiting   entries waiting in this workstation's outbox
     * @param problem   why the database did not answer (or refused), or null
     */
    public record CounterStatus(boolean reachable, int waiting, String problem) {
    }

    /**
     * Hears each entry that waited in the outbox once the database has recorded it (with its
     * register number), on the thread that sent it.
     */
    public void onSent(java.util.function.Consumer<Receipt> listener) {
        sentListeners.add(listener);
    }

    /** How many entries wait in the outbox. */
    public int waiting() {
        return outbox.size();
    }

    public AppraisalRegister database() {
        return database;
    }

    /**
     * The outcome of a flush.
     *
     * @param problem why sending stopped, or null when everything went
     */
    public record FlushResult(int sent, int waiting, String problem) {
    }
}
