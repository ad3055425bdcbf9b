package com.carato.app.ui.appraise;

import com.carato.app.sheet.SheetPrinter;
import com.carato.app.sheet.SheetWriter;
import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.TaskRunner;
import com.carato.domain.Appraisal;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
import com.carato.domain.FieldProblem;
import com.carato.domain.MessageCode;
import com.carato.domain.InvalidDiamondException;
import com.carato.domain.OutsideModelException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * State of the appraisal desk: the form, its validation, the last appraisal, the session's history
 * and the appraisal sheet. Changing a grade or the weight after an appraisal re-appraises at once
 * (what-if). Appraisals run through the {@link TaskRunner} in one lane: a newer request supersedes
 * an older one, whose late result is dropped.
 *
 * <p>A what-if weight change keeps the stone physical: x, y, z follow the weight by the cube root
 * of the weight ratio, rounded to 0.01 mm, and a note says so. The sizes are always scaled from
 * the <em>reference stone</em> (the weight and sizes that belong together: the stone last appraised
 * with Enter, reopened from the history, or whose sizes the salesperson typed since), never from
 * the previous keystroke: typing "1", "1.", "1.5" gives the sizes of 1.5 ct from the reference
 * stone in one step, an intermediate "0" or an empty field leaves the sizes alone, and typing the
 * reference weight again restores its sizes exactly. Sizes typed by hand are never overwritten;
 * they become the new reference together with the weight in the form.
 *
 * <p>When the model refuses a stone beyond its limits ({@link OutsideModelException}), the reason
 * is shown next to the field at fault and no price stays on screen.
 */
public final class AppraiseViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppraiseViewModel.class);

    private final StoneAppraiser appraiser;
    private final TaskRunner tasks;
    private final TaskRunner.Lane appraisals;
    private Messages messages;
    private final SheetWriter sheets;
    private final SheetPrinter printer;
    private final Supplier<String> sheetNumbers;
    private final AppraisalRecorder recorder;
    private final Clock clock;

    private final Map<String, FormField> fields = new LinkedHashMap<>();
    private final ObjectProperty<Cut> cut = new SimpleObjectProperty<>(Cut.IDEAL);
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>(Color.G);
    private final ObjectProperty<Clarity> clarity = new SimpleObjectProperty<>(Clarity.VS1);
    private final ReadOnlyStringWrapper depthHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper depthDisagrees = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Appraisal> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> lastSheet = new ReadOnlyObjectWrapper<>();
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sizeNote = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.StringProperty client = new javafx.beans.property.SimpleStringProperty("");
    /** The shown appraisal as the register keeps it; null while the shown one is not recorded. */
    private final ReadOnlyObjectWrapper<Recorded> recorded = new ReadOnlyObjectWrapper<>();
    private boolean restoring;
    /** The desk has answered for a stone (a price or a refusal): later changes re-appraise at once. */
    private boolean live;
    /** True while the desk itself writes into the form (scaled sizes, a reopened stone). */
    private boolean writing;
    /** The weight and sizes that belong together, from which a what-if weight scales the sizes. */
    private Stone reference;
    /** The last scaling, shown as a note under the sizes; null when the sizes are not scaled ones. */
    private Stone scaledFrom;
    private Stone scaledTo;

    /** With a runner whose unexpected errors are only logged (tests). */
    public AppraiseViewModel(StoneAppraiser appraiser, Executor background, Executor ui, Messages messages,
                             SheetWriter sheets, SheetPrinter printer, Supplier<String> sheetNumbers, Clock clock) {
        this(appraiser, TaskRunner.of(background, ui), messages, sheets, printer, sheetNumbers, clock);
    }

    /** A desk whose appraisals no register keeps. */
    public AppraiseViewModel(StoneAppraiser appraiser, TaskRunner tasks, Messages messages,
                             SheetWriter sheets, SheetPrinter printer, Supplier<String> sheetNumbers, Clock clock) {
        this(appraiser, tasks, messages, sheets, printer, sheetNumbers, AppraisalRecorder.NONE, clock);
    }

    /**
     * @param sheetNumbers hands out the next sheet number (each recorded appraisal takes one)
     * @param recorder     keeps each appraisal handed out in the shop's register
     */
    public AppraiseViewModel(StoneAppraiser appraiser, TaskRunner tasks, Messages messages,
                             SheetWriter sheets, SheetPrinter printer, Supplier<String> sheetNumbers,
                             AppraisalRecorder recorder, Clock clock) {
        this.appraiser = appraiser;
        this.recorder = recorder;
        this.tasks = tasks;
        this.appraisals = tasks.lane();
        this.messages = messages;
        this.sheets = sheets;
        this.printer = printer;
        this.sheetNumbers = sheetNumbers;
        this.clock = clock;
        for (String name : List.of("carat", "depth", "table", "x", "y", "z")) {
            fields.put(name, new FormField(name));
        }
        for (String name : List.of("x", "y", "z", "depth")) {
            fields.get(name).textProperty().addListener((obs, old, now) -> updateDepthHint());
        }
        for (String name : List.of("x", "y", "z")) {
            fields.get(name).textProperty().addListener((obs, old, now) -> sizeTyped());
        }
        fields.get("carat").textProperty().addListener((obs, old, now) -> weightChanged());
        cut.addListener((obs, old, now) -> whatIf());
        color.addListener((obs, old, now) -> whatIf());
        clarity.addListener((obs, old, now) -> whatIf());
    }

    /**
     * Appraises the stone in the form, records it in the register (it is an appraisal handed to a
     * client) and in the session's history.
     */
    public void appraise() {
        request(true);
    }

    /** After a first appraisal, a changed grade or weight re-appraises at once (not recorded). */
    private void whatIf() {
        if (!restoring && live) {
            request(false);
        }
    }

    /** The weight changed: after a first appraisal the sizes follow it, then the stone is priced again. */
    private void weightChanged() {
        if (writing) {
            return;
        }
        if (live) {
            scaleSizes();
        }
        whatIf();
    }

    /**
     * Scales the reference stone's sizes to the weight in the form: (new / reference)^(1/3), rounded
     * to 0.01 mm. Nothing happens while the weight is not a positive number (being typed), without a
     * reference (sizes missing or invalid), or when a size would round to zero.
     */
    private void scaleSizes() {
        OptionalDouble typed = Formats.parse(field("carat").text());
        if (reference == null || typed.isEmpty() || !(typed.getAsDouble() > 0)
                || !Double.isFinite(typed.getAsDouble())) {
            return;
        }
        double weight = typed.getAsDouble();
        double factor = Math.cbrt(weight / reference.carat());
        Stone scaled = new Stone(weight, hundredths(reference.x() * factor), hundredths(reference.y() * factor),
                hundredths(reference.z() * factor));
        if (!(scaled.x() > 0 && scaled.y() > 0 && scaled.z() > 0)) {
            return;
        }
        writing = true;
        try {
            field("x").setText(mm(scaled.x()));
            field("y").setText(mm(scaled.y()));
            field("z").setText(mm(scaled.z()));
        } finally {
            writing = false;
        }
        boolean same = weight == reference.carat();
        scaledFrom = same ? null : reference;
        scaledTo = same ? null : scaled;
        updateSizeNote();
    }

    /** A size typed by hand: it is kept, no longer a scaled one, and belongs to the weight in the form. */
    private void sizeTyped() {
        if (writing) {
            return;
        }
        reference = Stone.inForm(this).orElse(null);
        scaledFrom = null;
        scaledTo = null;
        updateSizeNote();
    }

    private void updateSizeNote() {
        if (scaledFrom == null) {
            sizeNote.set("");
            return;
        }
        Formats formats = new Formats(messages.locale());
        sizeNote.set(messages.format("appraise.sizes.scaled", scaledFrom.sizes(formats), scaledTo.sizes(formats)));
    }

    private static double hundredths(double mm) {
        return java.math.BigDecimal.valueOf(mm).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static String mm(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    /** A weight with the sizes that belong to it. */
    private record Stone(double carat, double x, double y, double z) {

        static Stone of(Diamond d) {
            return new Stone(d.carat(), d.x(), d.y(), d.z());
        }

        /** The form's weight and sizes when all four are positive numbers. */
        static Optional<Stone> inForm(AppraiseViewModel vm) {
            double[] v = new double[4];
            List<String> names = List.of("carat", "x", "y", "z");
            for (int i = 0; i < v.length; i++) {
                OptionalDouble parsed = Formats.parse(vm.field(names.get(i)).text());
                if (parsed.isEmpty() || !(parsed.getAsDouble() > 0) || !Double.isFinite(parsed.getAsDouble())) {
                    return Optional.empty();
                }
                v[i] = parsed.getAsDouble();
            }
            return Optional.of(new Stone(v[0], v[1], v[2], v[3]));
        }

        /** "6.43 × 6.47 × 3.98" with no-break spaces: a wrapped note keeps each stone's sizes on one line. */
        String sizes(Formats formats) {
            String times = "\u00A0×\u00A0";
            return formats.number(x, 2) + times + formats.number(y, 2) + times + formats.number(z, 2);
        }
    }

    private void request(boolean record) {
        Optional<Diamond> stone = validate();
        if (stone.isEmpty()) {
            status.set(messages.get("appraise.fix"));
            return;
        }
        if (record) {
            reference = Stone.of(stone.get());
        }
        if (!appraiser.ready()) {
            status.set(messages.get("appraise.noModel"));
            return;
        }
        busy.set(true);
        status.set("");
        Diamond diamond = stone.get();
        String clientReference = client.get();
        java.util.Locale language = messages.locale();
        tasks.task("appraising a stone", context -> {
            Appraisal appraisal = appraiser.appraise(diamond);
            if (!record) {
                return new Priced(appraisal, null, null);
            }
            try {
                return new Priced(appraisal, keep(appraisal, clientReference, language), null);
            } catch (RuntimeException e) {
                LOG.error("recording the appraisal of {} failed", diamond, e);
                return new Priced(appraisal, null, e);
            }
        })
                .onSuccess(priced -> {
                    live = true;
                    result.set(priced.appraisal());
                    recorded.set(priced.recorded());
                    if (record) {
                        history.add(0, new HistoryEntry(clock.instant(), priced.appraisal(), priced.recorded()));
                        status.set(recordStatus(priced));
                    }
                })
                .onFailure(OutsideModelException.class, e -> {
                    LOG.info("the model refuses {}: {}", diamond, e.getMessage());
                    live = true;
                    refused(e);
                })
                .onFailure(RuntimeException.class, e -> {
                    LOG.error("appraising {} failed", diamond, e);
                    status.set(messages.format("appraise.failed",
                            e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                })
                .onDone(() -> busy.set(false))
                .in(appraisals).start();
    }

    /** An appraisal, as kept in the register when it was recorded, or why recording failed. */
    private record Priced(Appraisal appraisal, Recorded recorded, RuntimeException recordFailure) {
    }

    /** Records an appraisal with a new sheet number (background thread). */
    private Recorded keep(Appraisal appraisal, String clientReference, java.util.Locale language) {
        String number = sheetNumbers.get();
        java.time.Instant at = clock.instant();
        return new Recorded(appraisal, at, number, recorder.record(appraisal, at, clientReference, language, number));
    }

    /** What the desk says once an appraisal is priced: where the register keeps it. */
    private String recordStatus(Priced priced) {
        if (priced.recordFailure() != null) {
            String why = priced.recordFailure().getMessage();
            return messages.format("appraise.record.failed", why == null ? priced.recordFailure().toString() : why);
        }
        return priced.recorded().receipt()
                .map(r -> r.pending() ? messages.get("appraise.record.pending")
                        : messages.format("appraise.record.done", r.number().getAsLong()))
                .orElse("");
    }

    /**
     * The shown appraisal as the register keeps it, recording it first when it is not (a what-if
     * price about to be handed out on a sheet). Background thread.
     */
    private Recorded recordedForSheet(Appraisal appraisal, Recorded shown, String clientReference,
                                      java.util.Locale language) {
        if (shown != null && shown.appraisal() == appraisal) {
            return shown;
        }
        Recorded kept = keep(appraisal, clientReference, language);
        // known at once, whatever becomes of the sheet (no printer, a full disk): printing it again
        // must not record it twice
        tasks.onUi(() -> recordedNow(appraisal, kept));
        return kept;
    }

    /**
     * The model refuses the stone: no price stays on screen, and each field at fault says why, in
     * the user's language (the weight limit in the locale's notation).
     */
    private void refused(OutsideModelException e) {
        result.set(null);
        boolean shown = false;
        for (FieldError error : e.errors()) {
            FormField field = fields.get(error.field());
            if (field != null) {
                field.setError(error.field().equals("carat")
                        ? messages.format("appraise.outside.carat", e.limit()) : messages.engine(error.problem()));
                shown = true;
            }
        }
        status.set(shown ? messages.get("appraise.outside")
                : messages.format("appraise.failed", e.getMessage()));
    }

    /** Checks every field, sets each one's error, and returns the stone when all are valid. */
    public Optional<Diamond> validate() {
        Map<String, Double> values = new LinkedHashMap<>();
        boolean ok = true;
        for (FormField field : fields.values()) {
            OptionalDouble value = Formats.parse(field.text());
            if (field.text() == null || field.text().isBlank()) {
                field.setError(messages.get("validation.required"));
                ok = false;
            } else if (value.isEmpty()) {
                field.setError(messages.format("validation.number", field.text().strip()));
                ok = false;
            } else {
                field.setError("");
                values.put(field.name(), value.getAsDouble());
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        List<FieldError> errors = Diamond.check(values.get("carat"), cut.get(), color.get(), clarity.get(),
                values.get("depth"), values.get("table"), values.get("x"), values.get("y"), values.get("z"));
        if (errors.isEmpty()) {
            try {
                return Optional.of(new Diamond(values.get("carat"), cut.get(), color.get(), clarity.get(),
                        values.get("depth"), values.get("table"), values.get("x"), values.get("y"), values.get("z")));
            } catch (InvalidDiamondException e) {
                errors = e.errors();
            }
        }
        for (FieldError error : errors) {
            FormField field = fields.get(error.field());
            if (field != null) {
                field.setError(text(error, values));
            }
        }
        return Optional.empty();
    }

    /** A stone's field error in the user's words; one the desk has no text for is shown as the engine says it. */
    private String text(FieldError error, java.util.Map<String, Double> values) {
        MessageCode code = error.problem().code();
        if (code == FieldProblem.WEIGHT_SIZE_MISMATCH) {
            Formats formats = new Formats(messages.locale());
            double x = values.get("x");
            double y = values.get("y");
            double z = values.get("z");
            return messages.format("validation.weightSize", formats.number(values.get("carat"), 2),
                    formats.number(x, 2) + " \u00d7 " + formats.number(y, 2) + " \u00d7 " + formats.number(z, 2),
                    formats.number(Diamond.impliedCarat(x, y, z), 2));
        }
        if (code == FieldProblem.WEIGHT_IMPLAUSIBLE || code == FieldProblem.SIZE_IMPLAUSIBLE) {
            return messages.format("validation.implausible");
        }
        if (code == FieldProblem.NOT_A_PERCENTAGE) {
            return messages.get("validation.percentage");
        }
        if (code == FieldProblem.WEIGHT_NOT_POSITIVE || code == FieldProblem.SIZE_NOT_POSITIVE) {
            return messages.get("validation.positive");
        }
        return messages.engine(error.problem());
    }

    private void updateDepthHint() {
        OptionalDouble x = Formats.parse(field("x").text());
        OptionalDouble y = Formats.parse(field("y").text());
        OptionalDouble z = Formats.parse(field("z").text());
        if (x.isEmpty() || y.isEmpty() || z.isEmpty()) {
            depthHint.set("");
            depthDisagrees.set(false);
            return;
        }
        double computed = Diamond.computedDepth(x.getAsDouble(), y.getAsDouble(), z.getAsDouble());
        if (!Double.isFinite(computed)) {
            depthHint.set("");
            depthDisagrees.set(false);
            return;
        }
        OptionalDouble typed = Formats.parse(field("depth").text());
        String value = new Formats(messages.locale()).number(computed, 1);
        boolean disagrees = typed.isPresent() && Math.abs(typed.getAsDouble() - computed) > Diamond.DEPTH_TOLERANCE;
        depthDisagrees.set(disagrees);
        depthHint.set(messages.format(disagrees ? "appraise.depth.disagrees" : "appraise.depth.suggested", value));
    }

    /** Fills the depth field with the depth computed from x, y, z. */
    public void useSuggestedDepth() {
        OptionalDouble x = Formats.parse(field("x").text());
        OptionalDouble y = Formats.parse(field("y").text());
        OptionalDouble z = Formats.parse(field("z").text());
        if (x.isPresent() && y.isPresent() && z.isPresent()) {
            double computed = Diamond.computedDepth(x.getAsDouble(), y.getAsDouble(), z.getAsDouble());
            if (Double.isFinite(computed)) {
                field("depth").setText(String.format(java.util.Locale.ROOT, "%.1f", computed));
            }
        }
    }

    /** Shows an earlier appraisal again: its stone in the form and its result. */
    public void reopen(HistoryEntry entry) {
        restoring = true;
        try {
            fill(entry.appraisal().diamond());
            result.set(entry.appraisal());
            recorded.set(entry.recorded());
            live = true;
        } finally {
            restoring = false;
        }
    }

    /** Puts a stone's characteristics into the form; its weight and sizes become the reference stone. */
    public void fill(Diamond d) {
        writing = true;
        try {
            field("carat").setText(plain(d.carat()));
            cut.set(d.cut());
            color.set(d.color());
            clarity.set(d.clarity());
            field("depth").setText(plain(d.depth()));
            field("table").setText(plain(d.table()));
            field("x").setText(plain(d.x()));
            field("y").setText(plain(d.y()));
            field("z").setText(plain(d.z()));
        } finally {
            writing = false;
        }
        reference = Stone.of(d);
        scaledFrom = null;
        scaledTo = null;
        updateSizeNote();
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Writes the current appraisal's sheet (PDF) in the background. */
    public void saveSheet(Path file) {
        Appraisal appraisal = result.get();
        if (appraisal == null) {
            status.set(messages.get("appraise.sheet.none"));
            return;
        }
        Recorded shown = recorded.get();
        String clientReference = client.get();
        java.util.Locale language = messages.locale();
        tasks.task("writing an appraisal sheet", context -> {
            Recorded kept = recordedForSheet(appraisal, shown, clientReference, language);
            sheets.write(appraisal, kept.sheetId(), kept.at(), file);
            return kept;
        }).onSuccess(kept -> {
            lastSheet.set(file);
            status.set(messages.format("appraise.sheet.saved", kept.sheetNumber(), file.toString()));
        }).onFailure(java.io.IOException.class, e -> sheetFailed(file, e))
                .onFailure(RuntimeException.class, e -> {
                    LOG.error("writing the sheet {} failed", file, e);
                    sheetFailed(file, e);
                }).start();
    }

    private void sheetFailed(Path file, Exception e) {
        status.set(messages.format("appraise.sheet.failed", file.toString(), e.getMessage()));
    }

    /**
     * Prints the current appraisal's sheet, the same pages as the PDF, in the background. The
     * outcome stays in the status: printed, cancelled, no printer, or why it failed (the job is
     * then cancelled by the printer).
     */
    public void print() {
        Appraisal appraisal = result.get();
        if (appraisal == null) {
            status.set(messages.get("appraise.sheet.none"));
            return;
        }
        Recorded shown = recorded.get();
        String clientReference = client.get();
        Messages texts = messages;
        status.set(texts.get("appraise.print.preparing"));
        tasks.task("printing an appraisal sheet", context -> {
            Recorded kept = recordedForSheet(appraisal, shown, clientReference, texts.locale());
            String number = kept.sheetNumber();
            SheetPrinter.Outcome outcome = printer.print(sheets.render(appraisal, kept.sheetId(), kept.at()),
                    texts.get("sheet.title") + " " + number);
            return new Printed(kept, outcome);
        })
                .onSuccess(printed -> {
                    status.set(printed.outcome() == SheetPrinter.Outcome.PRINTED
                            ? texts.format("appraise.print.done", printed.kept().sheetNumber())
                            : texts.get("appraise.print.cancelled"));
                })
                .onFailure(SheetPrinter.NoPrinterException.class, e -> status.set(texts.get("appraise.print.none")))
                .onFailure(java.io.IOException.class, e -> printFailed(texts, e))
                .onFailure(RuntimeException.class, e -> printFailed(texts, e))
                .start();
    }

    /**
     * An appraisal was recorded for its sheet: when it is still shown, it is the one the register
     * keeps; it joins the session's list (a what-if price) or gets its record there (one that could
     * not be recorded when it was priced).
     */
    private void recordedNow(Appraisal appraisal, Recorded kept) {
        if (result.get() == appraisal) {
            recorded.set(kept);
        }
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).appraisal() == appraisal) {
                // an appraisal of the list that could not be recorded before
                history.set(i, new HistoryEntry(history.get(i).time(), appraisal, kept));
                return;
            }
        }
        history.add(0, new HistoryEntry(kept.at(), appraisal, kept));
    }

    /** A sheet sent to the printer: the appraisal as kept, and what the printer said. */
    private record Printed(Recorded kept, SheetPrinter.Outcome outcome) {
    }

    private void printFailed(Messages texts, Exception e) {
        LOG.warn("printing a sheet failed", e);
        status.set(texts.format("appraise.print.failed",
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    /**
     * An appraisal that waited in the outbox is in the register now: the session's list and, when it
     * is the one shown, its next sheet carry its register number. Called on the UI thread.
     */
    public void registered(com.carato.register.Receipt receipt) {
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry entry = history.get(i);
            if (entry.recorded() != null && entry.recorded().isKeptAs(receipt.key())) {
                history.set(i, new HistoryEntry(entry.time(), entry.appraisal(), entry.recorded().withReceipt(receipt)));
            }
        }
        Recorded shown = recorded.get();
        if (shown != null && shown.isKeptAs(receipt.key())) {
            recorded.set(shown.withReceipt(receipt));
        }
    }

    /**
     * The model changed: no price of the old model stays on screen. The stone is priced again by
     * the new one when the form is valid; otherwise the result is cleared.
     */
    public void modelChanged() {
        if (live) {
            result.set(null);
            request(false);
        }
    }

    /** Texts for the chosen language (after a language switch). */
    public void setMessages(Messages newMessages) {
        this.messages = newMessages;
        updateDepthHint();
        updateSizeNote();
    }

    public FormField field(String name) {
        return fields.get(name);
    }

    public List<FormField> fields() {
        return List.copyOf(fields.values());
    }

    public ObjectProperty<Cut> cutProperty() {
        return cut;
    }

    public ObjectProperty<Color> colorProperty() {
        return color;
    }

    public ObjectProperty<Clarity> clarityProperty() {
        return clarity;
    }

    public ReadOnlyStringProperty depthHintProperty() {
        return depthHint.getReadOnlyProperty();
    }

    /** What happened to the sizes on a what-if weight change; empty when they are as typed. */
    public ReadOnlyStringProperty sizeNoteProperty() {
        return sizeNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty depthDisagreesProperty() {
        return depthDisagrees.getReadOnlyProperty();
    }

    /** The client's reference recorded with the next appraisals (optional). */
    public javafx.beans.property.StringProperty clientProperty() {
        return client;
    }

    /** The shown appraisal as the register keeps it; null while it is not recorded. */
    public ReadOnlyObjectProperty<Recorded> recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Appraisal> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> lastSheetProperty() {
        return lastSheet.getReadOnlyProperty();
    }

    public ObservableList<HistoryEntry> history() {
        return history;
    }
}
