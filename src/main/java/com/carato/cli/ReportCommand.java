package com.carato.cli;

import com.carato.service.ActiveModel;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code carato report --models DIR --out DIR}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the champion's evaluation report (Markdown and PNG charts).",
            "report.md holds the metrics, error by carat band, price-range coverage and what drives prices."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOption registry;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write the report into")
    Path out;

    @Override
    public Integer call() {
        try {
            Path md = registry.open().models().report(out);
            spec.commandLine().getOut().println("report written to " + md);
            return ExitCodes.OK;
        } catch (ModelException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        }
    }
}
