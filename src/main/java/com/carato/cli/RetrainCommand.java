package com.carato.cli;

import com.carato.service.ActiveModel;
import com.carato.service.ModelException;
import com.carato.service.RetrainBusyException;
import com.carato.service.RetrainResult;
import com.carato.service.Retrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code carato retrain --models DIR --data FILE… [--auto-promote] [--quick]}. */
@Command(name = "retrain", mixinStandardHelpOptions = true,
        description = {"Retrain the champion with new files of appraised stones.",
            "Validates them, adds them to the champion's data, trains a challenger, compares both on the same",
            "held-out new stones (every 5th), then promotes (--auto-promote) or keeps it by the promotion rule.",
            "Every decision goes to the registry log."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:promoted", "1:error (a file unreadable, nothing new, no champion, another retrain running)",
            "2:usage error", "3:kept: the challenger is worse by the rule",
            "4:candidate: the challenger passes the rule, but --auto-promote was not given"})
final class RetrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOption registry;

    @Mixin
    RuleOptions rule;

    @Option(names = "--data", paramLabel = "FILE", required = true, arity = "1..*",
            description = "CSV file(s) of newly appraised stones (never modified)")
    List<Path> data;

    @Option(names = "--auto-promote", description = "promote the challenger when the rule says so")
    boolean autoPromote;

    @Option(names = "--quick", description = "a small, fast configuration (for trying things out, not for pricing)")
    boolean quick;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (com.carato.service.RegistryServices services = registry.open(quick, rule.rule())) {
            Retrainer retrainer = services.retrainer();
            RetrainResult result = retrainer.run(data, "carato retrain", autoPromote, new StageProgress(err));
            return print(out, err, result, registry.where());
        } catch (ModelException | RetrainBusyException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            out.flush();
        }
    }

    /** Prints the summary and returns the exit code for the outcome. */
    static int print(PrintWriter out, PrintWriter err, RetrainResult result, String models) {
        RetrainReport.validation(out, result.validation());
        if (!result.trained()) {
            err.println("error: nothing trained: " + String.join("; ", result.validation().problems().stream().map(Coded::text).toList()));
            return ExitCodes.FILE_ERROR;
        }
        RetrainReport.comparison(out, result.comparison());
        RetrainReport.decision(out, result.decision(), models);
        return switch (result.decision().outcome()) {
            case PROMOTED -> ExitCodes.OK;
            case KEPT -> ExitCodes.KEPT;
            case CANDIDATE -> ExitCodes.CANDIDATE;
        };
    }
}
