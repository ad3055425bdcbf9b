package com.carato.cli;

import com.carato.data.DataFileException;
import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.CsvAppraisal;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code carato appraise --models DIR --input FILE --output FILE}. */
@Command(name = "appraise", mixinStandardHelpOptions = true,
        description = {"Appraise a CSV of stones with the champion model.",
            "The output has the input's columns plus predicted_price, price_low, price_high (the 90 % range),",
            "error (why a row has no price: invalid, or beyond the model's limits) and warnings (the",
            "appraisal's warnings, joined by \" | \"), one row per input row, in the same order."})
final class AppraiseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOption registry;

    @Option(names = "--input", paramLabel = "FILE", required = true, description = "CSV of stones (price optional)")
    Path input;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "CSV to write")
    Path output;

    @Override
    public Integer call() {
        com.carato.service.RegistryServices services = registry.open();
        ActiveModel active = services.active();
        try {
            if (services.models().loadChampion().isEmpty()) {
                spec.commandLine().getErr().println("error: no champion model in " + registry.where()
                        + ": train one first (carato train --data FILE " + registry.option() + ")");
                return ExitCodes.FILE_ERROR;
            }
            CsvAppraisal.Result result = new CsvAppraisal(new Appraiser(active)).appraise(input, output);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%,d rows: %,d appraised, %,d with errors%s -> %s%n", result.rows(), result.appraised(),
                    result.failed(), result.refused() == 0 ? ""
                            : String.format(" (%,d beyond the model's limits)", result.refused()), output);
            if (result.warned() > 0) {
                out.printf("%,d appraised with warnings: see the warnings column%n", result.warned());
            }
            return ExitCodes.OK;
        } catch (DataFileException | ModelException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + output + ": cannot be written: " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        }
    }
}
