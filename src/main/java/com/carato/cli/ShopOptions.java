package com.carato.cli;

import com.carato.service.UserDataFolder;
import com.carato.register.ShopConnection;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Where the register is: {@code --db JDBC-URL} for a shop's PostgreSQL server (user and password
 * from {@code CARATO_DB_USER} / {@code CARATO_DB_PASSWORD} or {@code --db-password-file}), else the
 * embedded register in the data folder ({@code --home}, by default the user's, as the installed app).
 */
final class ShopOptions {

    @Option(names = "--home", paramLabel = "DIR",
            description = "data folder of this workstation (default: the user's data folder, as the installed app)")
    Path home;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "the shop database, e.g. jdbc:postgresql://shop-server:5432/carato "
                    + "(user and password from CARATO_DB_USER and CARATO_DB_PASSWORD or --db-password-file)")
    String db;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "file holding the database password, readable by you alone")
    Path passwordFile;

    /** This workstation's data folder: --home, else the user's. */
    Path dataFolder() {
        return home != null ? home : UserDataFolder.path();
    }

    ShopConnection connection() {
        Path folder = dataFolder();
        return db == null ? ShopConnection.embedded(folder) : ShopConnection.shop(folder, db, passwordFile, System.getenv());
    }
}
