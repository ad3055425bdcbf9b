package com.carato.ml.registry;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The registry's second job: the append-only history of what happened to the bundles (trained,
 * promoted, kept, rolled back), which is the one truth about the champion. The folder
 * implementation is {@link FolderChampionLog}; a shop database can implement the same contract.
 *
 * <p>Contract: {@link #transact} runs its work with the store's write lock held, so that what the
 * work reads (the history, the champion) is still true when it appends; every append is durable
 * before it returns; a reader never fails because of one damaged entry.
 */
public interface ChampionLog {

    /** The history, oldest first (damaged entries skipped with a warning, never thrown). */
    List<RegistryEvent> history() throws IOException;

    /** The champion's id, as the history says. */
    default Optional<String> champion() throws IOException {
        return championOf(history());
    }

    /** Appends one event under the lock. */
    default RegistryEvent append(RegistryEvent event) throws IOException {
        try {
            return transact(tx -> tx.append(event));
        } catch (BundleException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Runs check-and-write as one step: nobody else appends between {@code work}'s reads and writes. */
    <T> T transact(Work<T> work) throws IOException, BundleException;

    /** Where the log lives, for messages. */
    String location();

    /** The view of the log inside {@link #transact}. */
    interface Transaction {
        /** The history as it is now (under the lock). */
        List<RegistryEvent> history();

        default Optional<String> champion() {
            return championOf(history());
        }

        /** Appends and forces to disk; the history above includes it afterwards. */
        RegistryEvent append(RegistryEvent event) throws IOException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Transaction tx) throws IOException, BundleException;
    }

    /** The champion after these events: the last one that changed it. */
    static Optional<String> championOf(List<RegistryEvent> events) {
        String current = null;
        for (RegistryEvent event : events) {
            if (event.changesChampion()) {
                current = event.id();
            }
        }
        return Optional.ofNullable(current);
    }
}
