package com.carato.cli;

import com.carato.data.DataFileException;
import com.carato.service.ActiveModel;
import com.carato.service.EvaluationReport;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code carato evaluate --models DIR --data FILE}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Figures of the champion on a file of appraised stones, overall and by carat band.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOption registry;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "CSV of appraised stones")
    Path data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            EvaluationReport r = registry.open().models().evaluate(data);
            out.printf("model %s on %s (%d rows rejected, not evaluated)%n", r.modelId(), r.source(), r.rejected());
            if (r.refused() > 0) {
                out.printf("%d stones beyond the model's weight limits, not priced%n", r.refused());
            }
            Reports.header(out);
            Reports.printMetrics(out, "all", r.overall(), r.coverage());
            Reports.printBands(out, r.byBand(), r.coverageByBand());
            out.printf("  90 %% range: mean width %.1f %% of the price%n", r.meanRangeWidth() * 100);
            out.flush();
            return ExitCodes.OK;
        } catch (DataFileException | ModelException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        }
    }
}
