package com.carato.cli;

import com.carato.service.ActiveModel;
import com.carato.service.ModelEvent;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import com.carato.service.ModelSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code carato models list|show ID|promote ID [--expect ID]|rollback [ID]|history|export --out DIR|import
 * --from DIR}, on a folder registry ({@code --models DIR}) or the shop database ({@code --db JDBC-URL}).
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "The model versions of a registry: list, show, promote, roll back, history.",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Show.class, ModelsCommand.Promote.class,
            ModelsCommand.Rollback.class, ModelsCommand.History.class, ModelsCommand.Export.class,
            ModelsCommand.Import.class})
final class ModelsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The shared body: runs {@code action}, mapping a model error to exit code 1. */
    abstract static class Sub implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ModelsOption registry;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (com.carato.service.RegistryServices services = registry.open()) {
                run(services.models(), out);
                return ExitCodes.OK;
            } catch (ModelException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return ExitCodes.FILE_ERROR;
            } finally {
                out.flush();
            }
        }

        abstract void run(ModelService service, PrintWriter out) throws ModelException;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every version, oldest first.")
    static final class ListModels extends Sub {
        @Override
        void run(ModelService service, PrintWriter out) throws ModelException {
            out.printf("%-28s %-20s %-10s %7s %8s  %s%n", "id", "created", "status", "stones", "MAPE %", "data snapshot");
            for (ModelSummary m : service.list()) {
                out.printf("%-28s %-20s %-10s %7d %8s  %s%n", m.id(), m.created().toString().substring(0, 19),
                        m.statusText(), m.dataRows(), m.holdout() == null ? "" : String.format("%.2f", m.holdout().mape()),
                        m.dataSnapshot() == null ? "(none)" : m.dataSnapshot());
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One version's provenance and figures.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        void run(ModelService service, PrintWriter out) throws ModelException {
            ModelSummary m = service.show(id);
            out.printf("model %s (%s), created %s%n", m.id(), m.statusText(), m.created());
            out.printf("  snapshot  %s%n", m.dataSnapshot() == null ? "(none: trained before snapshots existed)"
                    : m.dataSnapshot());
            Reports.printSummary(out, m);
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true, description = "Make a version the champion (logged).")
    static final class Promote extends Sub {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--reason", paramLabel = "TEXT",
                description = "why, for the log (the log always says who promoted)")
        String reason;

        @Option(names = "--expect", paramLabel = "CHAMPION",
                description = {"promote only if CHAMPION is still the champion: when another manager changed it",
                    "meanwhile, nothing is done and the message names the champion now"})
        String expect;

        @Override
        void run(ModelService service, PrintWriter out) throws ModelException {
            ModelEvent e = expect == null ? service.promote(id, reason) : service.promoteIf(id, expect, reason);
            out.printf("%s is the champion now (was %s)%n", e.id(), e.previous());
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Go back to an earlier champion: the one before the current one, or ID (logged).")
    static final class Rollback extends Sub {
        @Parameters(paramLabel = "ID", arity = "0..1", description = "the version to go back to (default: the previous champion)")
        String id;

        @Override
        void run(ModelService service, PrintWriter out) throws ModelException {
            ModelEvent e = service.rollback(id);
            out.printf("rolled back: %s is the champion now (was %s)%n", e.id(), e.previous());
        }
    }

    /** Export and import: one registry copied into another, all or nothing. */
    abstract static class Copy extends Sub {
        @Override
        void run(ModelService service, PrintWriter out) throws ModelException {
            out.println(copy(service));
        }

        /** Copies and says what was done. */
        abstract String copy(ModelService service) throws ModelException;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Copy every model (ids, manifests, files, data snapshots) and the history into an",
                "empty folder registry, e.g. from the shop database (--db) to a folder."})
    static final class Export extends Copy {
        @Option(names = "--out", paramLabel = "DIR", required = true, description = "the new folder registry")
        java.nio.file.Path outDir;

        @Override
        String copy(ModelService service) throws ModelException {
            return service.exportTo(outDir) + " models and their history exported to " + outDir;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Copy a folder registry (models, data snapshots, history) into this one, which must be",
                "empty, e.g. into the shop database (--db). Ids, manifests and history stay as they were."})
    static final class Import extends Copy {
        @Option(names = "--from", paramLabel = "DIR", required = true, description = "the folder registry to copy")
        java.nio.file.Path from;

        @Override
        String copy(ModelService service) throws ModelException {
            return service.importFrom(from) + " models and their history imported from " + from;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "The registry log, oldest first.")
    static final class History extends Sub {
        @Override
        void run(ModelService service, PrintWriter out) throws ModelException {
            for (ModelEvent e : service.history()) {
                out.printf("%s  %-11s %-28s previous %-28s by %s: %s%s%n", e.time(), e.action(), e.id(),
                        e.previous() == null ? "-" : e.previous(), e.actor(), e.reason(), figures(e.figures()));
            }
        }

        private static String figures(Map<String, Double> figures) {
            if (figures == null || figures.isEmpty()) {
                return "";
            }
            return figures.entrySet().stream().filter(f -> !f.getKey().contains(" "))
                    .map(f -> f.getKey() + "=" + String.format("%.4g", f.getValue()))
                    .collect(Collectors.joining(", ", " [", "]"));
        }
    }
}
