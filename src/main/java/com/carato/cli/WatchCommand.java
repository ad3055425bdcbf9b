package com.carato.cli;

import com.carato.service.ActiveModel;
import com.carato.service.Inbox;
import com.carato.service.ModelException;
import com.carato.service.RetrainBusyException;
import com.carato.service.RetrainResult;
import com.carato.service.Retrainer;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code carato watch --models DIR --inbox DIR [--auto-promote] [--once]}. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch a folder for new CSV files of appraised stones and retrain with each one.",
            "Each file is handled as carato retrain does. A file counts as complete when its size and time have not changed between two looks.",
            "Afterwards it moves to processed/ (trained, promoted or kept) or rejected/ with a .reason.txt",
            "(unreadable, or nothing new to learn). Runs until interrupted, or once with --once."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped (or --once: every ready file handled)", "1:with --once, a file could not be handled "
            + "(registry error or another retrain running; the file stays in the inbox)", "2:usage error"})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOption registry;

    @Mixin
    RuleOptions rule;

    @Option(names = "--inbox", paramLabel = "DIR", required = true, description = "folder where files are dropped")
    Path inbox;

    @Option(names = "--auto-promote", description = "promote a challenger when the rule says so")
    boolean autoPromote;

    @Option(names = "--quick", description = "a small, fast configuration (for trying things out, not for pricing)")
    boolean quick;

    @Option(names = "--once", description = "handle the files that are ready now, then exit")
    boolean once;

    @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "10",
            description = "time between two looks at the inbox (default ${DEFAULT-VALUE})")
    double pollSeconds;

    @Option(names = "--settle-ms", paramLabel = "MS", defaultValue = "2000",
            description = "with --once, the wait between the two looks that prove a file complete (default ${DEFAULT-VALUE})")
    long settleMillis;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Retrainer retrainer = registry.open(quick, rule.rule()).retrainer();
        Inbox box = new Inbox(inbox);
        try {
            if (once) {
                box.ready();
                Thread.sleep(settleMillis);
                return handle(retrainer, box, box.ready(), out, err) ? ExitCodes.OK : ExitCodes.FILE_ERROR;
            }
            out.printf("watching %s for CSV files (every %.0f s); stop with Ctrl-C%n", inbox, pollSeconds);
            out.flush();
            while (!Thread.currentThread().isInterrupted()) {
                handle(retrainer, box, box.ready(), out, err);
                Thread.sleep((long) (pollSeconds * 1000));
            }
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("error: " + inbox + ": " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        } finally {
            out.flush();
        }
    }

    /** Retrains with each file in turn; false when one failed for a reason that is not the file's. */
    private boolean handle(Retrainer retrainer, Inbox box, List<Path> files, PrintWriter out, PrintWriter err)
            throws IOException {
        boolean ok = true;
        for (Path file : files) {
            out.printf("== %s%n", file.getFileName());
            try {
                RetrainResult result = retrainer.run(List.of(file), "carato watch", autoPromote, new StageProgress(err));
                RetrainCommand.print(out, err, result, registry.where());
                if (result.trained()) {
                    out.printf("-> %s%n", box.processed(file));
                } else {
                    out.printf("-> %s%n", box.rejected(file, String.join("\n", result.validation().problems().stream().map(Coded::text).toList())));
                }
            } catch (RetrainBusyException e) {
                err.println("busy: " + e.getMessage() + "; " + file.getFileName() + " stays in the inbox");
                ok = false;
            } catch (ModelException e) {
                err.println("error: " + e.getMessage() + "; " + file.getFileName() + " stays in the inbox");
                ok = false;
            } catch (RuntimeException e) {
                // a file that breaks training must not stop the watch, nor break it again at the next start
                LoggerFactory.getLogger(WatchCommand.class).error("retraining with {} failed", file, e);
                out.printf("-> %s%n", box.rejected(file, "training failed unexpectedly: " + e));
                ok = false;
            }
            out.flush();
        }
        return ok;
    }
}
