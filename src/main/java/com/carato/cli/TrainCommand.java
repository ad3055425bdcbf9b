package com.carato.cli;

import com.carato.data.DataFileException;
import com.carato.service.ActiveModel;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import com.carato.service.ModelSummary;
import com.carato.service.TrainingOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code carato train --data FILE --models DIR}. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model on a file of appraised stones and save it as a bundle.",
            "Validates the file, trains on it, evaluates on its held-out part (every fifth row), saves the",
            "bundle and makes it the champion if the registry has none."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOption registry;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "CSV of appraised stones")
    Path data;

    @Option(names = "--quick", description = "a small, fast configuration (for trying things out, not for pricing)")
    boolean quick;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (com.carato.service.RegistryServices services = registry.open(quick,
                com.carato.service.PromotionRule.defaults())) {
            ModelService service = services.models();
            TrainingOutcome outcome = service.train(data, new StageProgress(err));
            out.println(outcome.report().summary());
            ModelSummary m = outcome.model();
            out.printf("model %s saved in %s (%s)%n", m.id(), registry.where(), m.statusText());
            Reports.printSummary(out, m);
            out.flush();
            return ExitCodes.OK;
        } catch (DataFileException | ModelException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        }
    }
}
