package com.carato.cli;

import com.carato.data.DataFileException;
import com.carato.service.ModelSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code carato select --data FILE [--out FILE]}: reruns the model choice of ADR 0006. */
@Command(name = "select", mixinStandardHelpOptions = true,
        description = {"Rerun the search that chose the training configuration (ADR 0006) and print its table.",
            "Cross-validation inside the file's training rows picks the winner, then nested cross-validation",
            "its price range rule; the held-out fifth only scores the result, once (a new range rule must",
            "also meet the acceptance there). About a minute on the reference data (2 cores)."})
final class SelectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "CSV of appraised stones")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the Markdown table to this file")
    Path out;

    @Option(names = "--quick", description = "a tiny grid on the quick configuration (for tests)")
    boolean quick;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ModelSelection.Outcome outcome = new ModelSelection().run(data, quick, new StageProgress(err));
            String table = outcome.markdown();
            stdout.print(table);
            stdout.flush();
            if (out != null) {
                outcome.write(out);
            }
            return ExitCodes.OK;
        } catch (DataFileException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        } catch (IOException e) {
            err.println("error: " + out + ": " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        }
    }
}
