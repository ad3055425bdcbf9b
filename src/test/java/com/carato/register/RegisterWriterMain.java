package com.carato.register;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A counter that records appraisals until it is killed: the child JVM of {@link RegisterKillTest}.
 * Prints {@code recorded <number> <key>} after each entry the database confirmed.
 * Arguments: JDBC URL (or {@code h2:<folder>}), user, password.
 */
public final class RegisterWriterMain {

    private RegisterWriterMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ShopDatabase db = args[0].startsWith("h2:")
                ? ShopDatabase.embedded(java.nio.file.Path.of(args[0].substring(3)))
                : ShopDatabase.open(args[0], args[1], args[2]);
        JdbcRegister register = new JdbcRegister(db);
        for (int i = 0; ; i++) {
            NewEntry entry = RegisterFixtures.entry("killed-writer", "k-" + i, 0.3 + (i % 100) / 50.0, 600 + i);
            RegisterEntry recorded = register.record(entry);
            out.println("recorded " + recorded.number() + " " + recorded.key());
        }
    }
}
