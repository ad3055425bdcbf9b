package com.carato.cli;

import picocli.CommandLine;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

import java.util.Set;

/** The {@code carato} command line: headless commands over the same service as the app. */
@Command(name = "carato", mixinStandardHelpOptions = true, versionProvider = CaratoCommand.Version.class,
        description = "Diamond appraisal: validate data, train, appraise, evaluate, audit, serve.",
        subcommands = {CommandLine.HelpCommand.class, CheckCommand.class, TrainCommand.class, AppraiseCommand.class, EvaluateCommand.class, AuditCommand.class, ReportCommand.class,
            RetrainCommand.class, ModelsCommand.class, WatchCommand.class, ServeCommand.class, SelectCommand.class, RegisterCommand.class})
public final class CaratoCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        return new CommandLine(new CaratoCommand()).setExecutionExceptionHandler(CaratoCommand::unexpected);
    }

    /**
     * An error no command expected: one line for the user (what failed and where the details are),
     * the stack trace in the log, exit code 1. Never a raw stack trace on the terminal.
     */
    private static int unexpected(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        if (e instanceof com.carato.register.RegisterException expected) {
            // the shop database cannot be used (unreachable, bad URL, password file): its message says which
            command.getErr().println("error: " + expected.getMessage());
            command.getErr().flush();
            return ExitCodes.REGISTER_ERROR;
        }
        LoggerFactory.getLogger(CaratoCommand.class).error("carato {} failed", command.getCommandName(), e);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        command.getErr().println("error: " + command.getCommandName() + " failed unexpectedly: " + message);
        command.getErr().flush();
        return ExitCodes.FILE_ERROR;
    }

    /** True when {@code args} ask for a headless command rather than the desktop app. */
    public static boolean isCommand(String... args) {
        if (args.length == 0) {
            return false;
        }
        Set<String> names = newCommandLine().getSubcommands().keySet();
        String first = args[0];
        return names.contains(first) || Set.of("-h", "--help", "-V", "--version", "help").contains(first);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CaratoCommand.class.getPackage().getImplementationVersion();
            return new String[] {"carato " + (version == null ? "(development build)" : version)};
        }
    }
}
