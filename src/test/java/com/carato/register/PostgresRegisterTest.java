package com.carato.register;

/** The register contract on a real PostgreSQL 17 server, as a shop with several workstations runs it. */
class PostgresRegisterTest extends RegisterContractTest {

    @Override
    protected ShopDatabase openDatabase() {
        return ShopDatabase.open(PostgresServer.shared().createDatabase(), "postgres", "");
    }
}
