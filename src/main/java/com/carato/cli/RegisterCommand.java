package com.carato.cli;

import com.carato.domain.Appraisal;
import com.carato.domain.AppraisalWarning;
import com.carato.domain.ComparableStone;
import com.carato.domain.Contribution;
import com.carato.domain.Diamond;
import com.carato.domain.PathStep;
import com.carato.register.JdbcRegister;
import com.carato.register.RegisterEntry;
import com.carato.register.RegisterException;
import com.carato.register.RegisterExport;
import com.carato.register.RegisterPage;
import com.carato.register.RegisterQuery;
import com.carato.register.ShopDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/** {@code carato register list|show|void|export|import}: the shop's record of appraisals handed out. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "The register of appraisals handed to clients: list, show, void, export (backup), import (restore).",
        subcommands = {RegisterCommand.ListEntries.class, RegisterCommand.Show.class, RegisterCommand.Void.class,
            RegisterCommand.Export.class, RegisterCommand.Import.class})
final class RegisterCommand implements Runnable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the register, runs the action, maps a register error to a message and exit code 1. */
    abstract static class Sub implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ShopOptions shop;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                validate();
                try (ShopDatabase db = shop.connection().open()) {
                    run(new JdbcRegister(db), out);
                }
                return ExitCodes.OK;
            } catch (RegisterException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return ExitCodes.REGISTER_ERROR;
            } catch (IOException | java.io.UncheckedIOException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return ExitCodes.FILE_ERROR;
            } finally {
                out.flush();
            }
        }

        /** Checks the arguments before the database is opened. */
        void validate() {
        }

        abstract void run(JdbcRegister register, PrintWriter out) throws IOException;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Entries newest first, one page at a time, filtered by date, client, salesperson, model.")
    static final class ListEntries extends Sub {
        @Option(names = "--from", paramLabel = "DATE", description = "first day, YYYY-MM-DD (included)")
        String from;
        @Option(names = "--to", paramLabel = "DATE", description = "last day, YYYY-MM-DD (included)")
        String to;
        @Option(names = "--client", paramLabel = "TEXT", description = "client reference starting with TEXT (any case)")
        String client;
        @Option(names = "--salesperson", paramLabel = "NAME")
        String salesperson;
        @Option(names = "--model", paramLabel = "ID", description = "priced by this model version")
        String model;
        @Option(names = "--page", defaultValue = "1", description = "page number (default: ${DEFAULT-VALUE})")
        int page;
        @Option(names = "--page-size", defaultValue = "50", description = "entries per page (default: ${DEFAULT-VALUE})")
        int pageSize;
        @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE})")
        String format;

        private RegisterQuery query;

        @Override
        void validate() {
            if (!format.equals("table") && !format.equals("csv")) {
                throw new RegisterException(RegisterException.Problem.BAD_INPUT,
                        "--format: expected table or csv, got '" + format + "'");
            }
            query = RegisterQuery.all().between(date("--from", from), date("--to", to)).byClient(client)
                    .bySalesperson(salesperson).byModel(model).page(page, pageSize);
        }

        @Override
        void run(JdbcRegister register, PrintWriter out) {
            RegisterPage result = register.search(query);
            if (format.equals("csv")) {
                out.println(RegisterExport.csvHeader());
                result.entries().forEach(e -> out.println(RegisterExport.csvLine(e)));
                return;
            }
            out.printf("%8s  %-16s  %-14s  %-14s  %6s  %-9s %-2s %-4s  %10s  %-19s  %s%n", "number", "date",
                    "salesperson", "client", "carat", "cut", "co", "cl", "price", "range", "model");
            for (RegisterEntry e : result.entries()) {
                Appraisal a = e.appraisal();
                Diamond d = a.diamond();
                out.printf(Locale.ROOT, "%8d  %-16s  %-14s  %-14s  %6.2f  %-9s %-2s %-4s  %10s  %-19s  %s%s%n",
                        e.number(), WHEN.format(e.at().atZone(ZoneId.systemDefault())), cut(e.salesperson(), 14),
                        cut(e.client() == null ? "" : e.client(), 14), d.carat(), d.cut().label(), d.color().name(),
                        d.clarity().name(), money(a.price()), money(a.range().low()) + "–" + money(a.range().high()),
                        e.modelId(), e.voided() ? "  VOID" : "");
            }
            out.printf("page %d, %d entr%s%s%n", result.page(), result.entries().size(),
                    result.entries().size() == 1 ? "y" : "ies", result.hasMore() ? "; more: --page " + (result.page() + 1) : "");
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One entry as it was given.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "NUMBER")
        long number;

        @Override
        void run(JdbcRegister register, PrintWriter out) {
            RegisterEntry e = register.get(number);
            Appraisal a = e.appraisal();
            Diamond d = a.diamond();
            out.printf("entry       %d%s%n", e.number(), e.voided() ? "  (VOID)" : "");
            out.printf("recorded    %s at %s by %s%n", WHEN.format(e.at().atZone(ZoneId.systemDefault())),
                    e.workstation(), e.salesperson());
            out.printf("client      %s%n", e.client() == null ? "(none)" : e.client());
            if (e.sheetNumber() != null) {
                out.printf("sheet       %s (%s)%n", e.sheetNumber(), e.language().getDisplayLanguage(Locale.ENGLISH));
            }
            out.printf(Locale.ROOT, "stone       %.2f ct %s %s %s, depth %.1f %%, table %.0f %%, %.2f × %.2f × %.2f mm%n",
                    d.carat(), d.cut().label(), d.color().name(), d.clarity().name(), d.depth(), d.table(), d.x(), d.y(), d.z());
            out.printf("price       %s (%.0f %% range %s–%s)%n", money(a.price()), a.range().coverage() * 100,
                    money(a.range().low()), money(a.range().high()));
            out.printf("model       %s%n", e.modelId());
            for (AppraisalWarning w : a.warnings()) {
                out.printf("warning     %s%n", w.message());
            }
            if (!a.contributions().isEmpty()) {
                out.printf("why         typical stone %s%n", money(a.baseline()));
                for (Contribution c : a.contributions()) {
                    out.printf(Locale.ROOT, "            %-10s %-10s %+,11.0f%n", c.characteristic(), c.value(), c.dollars());
                }
            }
            if (a.path() != null) {
                for (PathStep step : a.path().steps()) {
                    out.printf("path        %s%n", step.condition());
                }
            }
            for (ComparableStone c : a.comparables()) {
                Diamond s = c.stone().diamond();
                out.printf(Locale.ROOT, "comparable  %.2f ct %s %s %s  %s%n", s.carat(), s.cut().label(), s.color().name(),
                        s.clarity().name(), money(c.stone().price()));
            }
            if (e.voided()) {
                out.printf("voided      %s by %s: %s%n", WHEN.format(e.voiding().at().atZone(ZoneId.systemDefault())),
                        e.voiding().by(), e.voiding().reason());
            }
        }
    }

    @Command(name = "void", mixinStandardHelpOptions = true,
            description = "Void an entry with a reason; it stays in the register, marked void.")
    static final class Void extends Sub {
        @Parameters(paramLabel = "NUMBER")
        long number;
        @Option(names = "--reason", paramLabel = "TEXT", description = "why the appraisal no longer stands (required)")
        String reason;
        @Option(names = "--by", paramLabel = "NAME", description = "who voids it (default: the user name)")
        String by;

        @Override
        void validate() {
            if (reason == null || reason.isBlank()) {
                throw new RegisterException(RegisterException.Problem.NO_REASON,
                        "void of entry " + number + ": a reason is required (--reason TEXT)");
            }
        }

        @Override
        void run(JdbcRegister register, PrintWriter out) {
            RegisterEntry e = register.voidEntry(number, by != null ? by : System.getProperty("user.name"), reason);
            out.printf("entry %d voided by %s: %s%n", e.number(), e.voiding().by(), e.voiding().reason());
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Back up every entry (JSON Lines, with whole appraisals and voids); restore with import.")
    static final class Export extends Sub {
        @Option(names = "--out", paramLabel = "FILE", required = true)
        Path out;

        @Override
        void run(JdbcRegister register, PrintWriter console) throws IOException {
            long count = RegisterExport.backupTo(register, out);
            console.printf("%d entries written to %s%n", count, out);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Restore entries from a backup made by export, with their numbers; entries already here are skipped.")
    static final class Import extends Sub {
        @Option(names = "--in", paramLabel = "FILE", required = true)
        Path in;

        @Override
        void run(JdbcRegister register, PrintWriter out) throws IOException {
            try (BufferedReader lines = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
                int added = register.restore(new Iterator<>() {
                    int line;
                    String next = advance();

                    private String advance() {
                        try {
                            String l;
                            do {
                                l = lines.readLine();
                                line++;
                            } while (l != null && l.isBlank());
                            return l;
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public RegisterEntry next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        RegisterEntry e = RegisterExport.parseLine(in.toString(), line, next);
                        next = advance();
                        return e;
                    }
                });
                out.printf("%d entries restored from %s%n", added, in);
            }
        }
    }

    static LocalDate date(String option, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RegisterException(RegisterException.Problem.BAD_INPUT,
                    option + ": '" + text + "' is not a date; expected YYYY-MM-DD, e.g. 2026-12-01");
        }
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "$%,.0f", v);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
