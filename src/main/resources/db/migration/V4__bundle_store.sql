-- The model bundles in the shop database (issue 12): with V2's promotion log, the whole model
-- registry lives in the database, so every workstation reads the same bundles. One script for H2
-- and PostgreSQL: BYTEA is PostgreSQL's binary type and an H2 alias of VARBINARY (up to 1 GB).
-- A bundle (its manifest row and all its files) is written in one transaction and never changed;
-- each file's SHA-256 is also in the manifest, and every read is checked against it.

CREATE TABLE model_bundle (
    model_id   VARCHAR(100)             NOT NULL PRIMARY KEY,
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    manifest   VARCHAR(1000000)         NOT NULL
);

CREATE TABLE model_bundle_file (
    model_id   VARCHAR(100)             NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    sha256     VARCHAR(64)              NOT NULL,
    content    BYTEA                    NOT NULL,
    CONSTRAINT model_bundle_file_pk PRIMARY KEY (model_id, name),
    CONSTRAINT model_bundle_file_bundle FOREIGN KEY (model_id) REFERENCES model_bundle (model_id)
);

-- The training data the manifests point to, by the SHA-256 of its canonical CSV (immutable; shared
-- by every bundle trained on the same stones).
CREATE TABLE data_snapshot (
    sha256     VARCHAR(64)              NOT NULL PRIMARY KEY,
    stone_rows INT                      NOT NULL,
    content    BYTEA                    NOT NULL
);
