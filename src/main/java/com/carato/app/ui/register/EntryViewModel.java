package com.carato.app.ui.register;

import com.carato.app.ui.appraise.StoneAppraiser;
import com.carato.app.ui.common.TaskRunner;
import com.carato.domain.OutsideModelException;
import com.carato.register.AppraisalRegister;
import com.carato.register.RegisterEntry;
import com.carato.register.RegisterException;
import com.carato.service.NoModelException;
import com.carato.service.SafeFiles;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One register entry opened: the appraisal exactly as it was given (never recomputed), its sheet
 * reprinted, the stone appraised again with today's model beside it, and a void with a reason.
 * Each runs in the background through the {@link TaskRunner}.
 */
public final class EntryViewModel {

    private final AppraisalRegister register;
    private final TaskRunner tasks;
    private final EntrySheets sheets;
    private final StoneAppraiser today;
    private final Supplier<String> salesperson;
    private final Runnable changed;

    private final ReadOnlyObjectWrapper<RegisterEntry> entry;
    private final ReadOnlyObjectWrapper<Reappraisal> reappraisal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RegisterNotice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    EntryViewModel(RegisterEntry entry, AppraisalRegister register, TaskRunner tasks, EntrySheets sheets,
                   StoneAppraiser today, Supplier<String> salesperson, Runnable changed) {
        this.entry = new ReadOnlyObjectWrapper<>(entry);
        this.register = register;
        this.tasks = tasks;
        this.sheets = sheets;
        this.today = today;
        this.salesperson = salesperson;
        this.changed = changed;
    }

    /** Saves the entry's sheet, the same PDF as on the day, to {@code file} (atomically). */
    public void reprint(Path file) {
        RegisterEntry shown = entry.get();
        start(RegisterNotice.Kind.SHEET_SAVING);
        tasks.task("reprinting the sheet of register entry " + shown.number(), context -> {
                    byte[] pdf = sheets.sheet(shown);
                    SafeFiles.write(file, out -> out.write(pdf));
                    return file;
                })
                .onSuccess(saved -> say(RegisterNotice.Kind.SHEET_SAVED, saved.toString()))
                .onFailure(IOException.class, e -> say(RegisterNotice.Kind.SHEET_FAILED, file.toString(), reason(e)))
                .onDone(() -> busy.set(false))
                .start();
    }

    /** Appraises the entry's stone with today's model, to show beside the recorded appraisal. */
    public void appraiseAgain() {
        if (!today.ready()) {
            say(RegisterNotice.Kind.NO_MODEL);
            return;
        }
        RegisterEntry shown = entry.get();
        start(RegisterNotice.Kind.REAPPRAISING);
        tasks.task("appraising register entry " + shown.number() + " again", context -> {
                    try {
                        return Reappraisal.priced(shown.appraisal(), today.appraise(shown.appraisal().diamond()));
                    } catch (OutsideModelException e) {
                        return Reappraisal.refused(shown.appraisal(), e.errors());
                    }
                })
                .onSuccess(done -> {
                    reappraisal.set(done);
                    say(done.isRefused() ? RegisterNotice.Kind.REFUSED : RegisterNotice.Kind.REAPPRAISED);
                })
                .onFailure(NoModelException.class, e -> say(RegisterNotice.Kind.NO_MODEL))
                .onDone(() -> busy.set(false))
                .start();
    }

    /** Voids the entry by the salesperson at the counter; refused without a reason. */
    public void voidEntry(String reason) {
        if (reason == null || reason.isBlank()) {
            say(RegisterNotice.Kind.VOID_NO_REASON);
            return;
        }
        long number = entry.get().number();
        String by = salesperson.get();
        start(RegisterNotice.Kind.VOIDING);
        tasks.task("voiding register entry " + number, context -> register.voidEntry(number, by, reason.strip()))
                .onSuccess(voided -> {
                    entry.set(voided);
                    say(RegisterNotice.Kind.VOIDED, number);
                    changed.run();
                })
                .onFailure(RegisterException.class, e -> {
                    if (e.problem() == RegisterException.Problem.ALREADY_VOIDED) {
                        say(RegisterNotice.Kind.ALREADY_VOIDED, number);
                    } else {
                        say(RegisterNotice.Kind.VOID_FAILED, reason(e));
                    }
                })
                .onDone(() -> busy.set(false))
                .start();
    }

    private void start(RegisterNotice.Kind kind) {
        busy.set(true);
        say(kind);
    }

    private void say(RegisterNotice.Kind kind, Object... args) {
        notice.set(RegisterNotice.of(kind, args));
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** The entry as recorded, with its void once voided. */
    public ReadOnlyObjectProperty<RegisterEntry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    /** Today's appraisal beside the recorded one; null until asked. */
    public ReadOnlyObjectProperty<Reappraisal> reappraisalProperty() {
        return reappraisal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RegisterNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a reprint, an appraisal or a void runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
