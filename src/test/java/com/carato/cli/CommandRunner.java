package com.carato.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs one command class in-process (before it is registered under {@code carato}) and captures its output. */
final class CommandRunner {

    private CommandRunner() {
    }

    static CliRunner.Result run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRunner.Result(code, out.toString(), err.toString());
    }
}
