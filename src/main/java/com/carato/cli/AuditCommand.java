package com.carato.cli;

import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import com.carato.service.MonotonicityAudit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code carato audit --models DIR [--up-to CT] [--json]}: is the champion's price monotone? */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Check that the champion's prices are monotone: a heavier stone, or one a grade better in",
            "cut, colour or clarity with the rest unchanged, is never cheaper. Prints the violations on fixed",
            "grids: 27 weight curves 0.20-3.00 ct (7,560 steps), every one-grade step at nine weights (6,381)",
            "and the 27 curves from 3.00 ct up to --up-to; stones the model refuses end their curve."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no violation", "1:at least one violation, or no usable champion model",
            "2:usage error"})
final class AuditCommand implements Callable<Integer> {

    /** How many violations of each grid the text output lists. */
    static final int LISTED = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOption registry;

    @Option(names = "--up-to", paramLabel = "CT", defaultValue = "" + MonotonicityAudit.DEFAULT_UP_TO,
            description = {"where the beyond-the-data curves end, in carats: the model's weight limit",
                "(default: ${DEFAULT-VALUE})"})
    double upTo;

    @Option(names = "--json", description = "print the audit as JSON")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(upTo >= 3.0) || Double.isInfinite(upTo)) {
            throw new ParameterException(spec.commandLine(),
                    "--up-to must be a weight of at least 3.00 ct (where the weight curve ends), got " + upTo);
        }
        com.carato.service.RegistryServices services = registry.open();
        ActiveModel active = services.active();
        try {
            if (services.models().loadChampion().isEmpty()) {
                err.println("error: no champion model in " + registry.where() + ": train one first (carato train"
                        + " --data FILE " + registry.option() + ")");
                return ExitCodes.FILE_ERROR;
            }
        } catch (ModelException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        }
        Appraiser appraiser = new Appraiser(active);
        String modelId = appraiser.model().id();
        MonotonicityAudit.Report report = new MonotonicityAudit(appraiser::price).run(upTo);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(toJson(modelId, report)));
        } else {
            printText(out, modelId, report);
        }
        out.flush();
        return report.monotone() ? ExitCodes.OK : ExitCodes.NOT_MONOTONE;
    }

    static void printText(PrintWriter out, String modelId, MonotonicityAudit.Report r) {
        out.printf("Monotonicity audit of model %s: a heavier stone, or one a grade better, must not be cheaper%n",
                modelId);
        out.printf("  %-30s %8s %11s %8s%n", "grid", "checks", "violations", "refused");
        row(out, r.weightCurve().name(), r.weightCurve());
        row(out, "grade steps (9 weights)", r.gradeSteps());
        row(out, "  cut", r.cutSteps());
        row(out, "  colour", r.colourSteps());
        row(out, "  clarity", r.claritySteps());
        row(out, r.beyondData().name(), r.beyondData());
        out.printf("  %-30s %,8d %,11d%n", "total", r.checks(), r.violations());
        for (MonotonicityAudit.Grid g : List.of(r.weightCurve(), r.gradeSteps(), r.beyondData())) {
            if (g.refused() > 0) {
                out.printf("  %s: the model refuses stones from %.2f ct; %,d checks not made%n",
                        g.name(), g.refusedFrom(), g.refused());
            }
        }
        if (!r.monotone()) {
            out.println();
            out.println("Worst violations of each grid (the better stone is cheaper):");
            for (MonotonicityAudit.Grid g : r.grids()) {
                for (MonotonicityAudit.Violation v : g.worst().subList(0, Math.min(LISTED, g.worst().size()))) {
                    out.printf("  %-8s %-25s %-21s $%,.0f → $%,.0f (-$%,.0f, -%.1f %%)%n", v.check(), v.stone(),
                            v.from() + " → " + v.to(), v.fromPrice(), v.toPrice(), v.drop(), v.relativeDrop() * 100);
                }
            }
        }
        out.println();
        out.println(r.monotone() ? "monotone: no violation on any grid"
                : String.format("not monotone: %,d violations in %,d checks", r.violations(), r.checks()));
    }

    private static void row(PrintWriter out, String label, MonotonicityAudit.Grid g) {
        out.printf("  %-30s %,8d %,11d %,8d%n", label, g.checks(), g.violations(), g.refused());
    }

    private static Map<String, Object> toJson(String modelId, MonotonicityAudit.Report r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", modelId);
        json.put("monotone", r.monotone());
        json.put("checks", r.checks());
        json.put("violations", r.violations());
        json.put("upTo", r.upTo());
        json.put("weightCurve", grid(r.weightCurve()));
        Map<String, Object> grades = grid(r.gradeSteps());
        grades.put("cut", grid(r.cutSteps()));
        grades.put("colour", grid(r.colourSteps()));
        grades.put("clarity", grid(r.claritySteps()));
        json.put("gradeSteps", grades);
        json.put("beyondData", grid(r.beyondData()));
        return json;
    }

    private static Map<String, Object> grid(MonotonicityAudit.Grid g) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", g.name());
        json.put("checks", g.checks());
        json.put("violations", g.violations());
        json.put("refused", g.refused());
        json.put("refusedFrom", Double.isNaN(g.refusedFrom()) ? null : g.refusedFrom());
        json.put("worst", g.worst().stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", v.check());
            m.put("stone", v.stone());
            m.put("from", v.from());
            m.put("to", v.to());
            m.put("fromPrice", Math.round(v.fromPrice() * 100) / 100.0);
            m.put("toPrice", Math.round(v.toPrice() * 100) / 100.0);
            return m;
        }).toList());
        return json;
    }
}
