package com.carato.app.ui.server;

/**
 * Why the REST server is not running after Start.
 *
 * @param kind   what went wrong
 * @param detail the port as typed ({@link Kind#BAD_PORT}) or the reason the server gave
 */
public record ServerProblem(Kind kind, String detail) {

    public enum Kind {
        /** The port is not a whole number from 0 to 65535. */
        BAD_PORT,
        /** The server did not start (port taken, no permission…). */
        NOT_STARTED
    }
}
