package com.carato.app.ui.register;

import com.carato.app.ui.appraise.StoneAppraiser;
import com.carato.app.ui.common.TaskRunner;
import com.carato.register.AppraisalRegister;
import com.carato.register.RegisterEntry;
import com.carato.register.RegisterException;
import com.carato.register.RegisterExport;
import com.carato.register.RegisterPage;
import com.carato.register.RegisterQuery;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Register screen: the search form, one page of entries (newest first; Previous/Next by the
 * register's {@code hasMore}, never a count of all rows), the CSV export of every entry the
 * filters match, and the entries opened from the list. Searches and the export run through the
 * {@link TaskRunner}: a newer search supersedes an older one, the export reports how many entries
 * it wrote and can be cancelled.
 */
public final class RegisterViewModel {

    /** Entries whose windows are open, and where a window was when the screen was last rebuilt. */
    private final Map<EntryViewModel, Optional<Rectangle2D>> openEntries = new LinkedHashMap<>();


    private final AppraisalRegister register;
    private final TaskRunner tasks;
    private final EntrySheets sheets;
    private final StoneAppraiser today;
    private final Supplier<String> salesperson;
    private final Backup backup;
    private final TaskRunner.Lane searches;
    private final TaskRunner.Lane exports;

    private final SearchForm form = new SearchForm();
    private final ObservableList<RegisterEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper exported = new ReadOnlyLongWrapper(0);
    private final ReadOnlyObjectWrapper<RegisterNotice> notice = new ReadOnlyObjectWrapper<>();
    private int pageSize = RegisterQuery.DEFAULT_PAGE_SIZE;
    /** The query of the page shown; null before the first search. */
    private RegisterQuery shown;

    /**
     * @param register    the shop's register
     * @param tasks       the app's runner for background work
     * @param sheets      an entry's sheet, the same PDF as on the day
     * @param today       today's model, for "appraise again"
     * @param salesperson who is at the counter (the one who voids)
     */
    public RegisterViewModel(AppraisalRegister register, TaskRunner tasks, EntrySheets sheets, StoneAppraiser today,
                             Supplier<String> salesperson) {
        this(register, tasks, sheets, today, salesperson, null);
    }

    /**
     * @param backup writes the whole register as a backup that {@code carato register import}
     *               restores (null: no backup from this screen)
     */
    public RegisterViewModel(AppraisalRegister register, TaskRunner tasks, EntrySheets sheets, StoneAppraiser today,
                             Supplier<String> salesperson, Backup backup) {
        this.backup = backup;
        this.register = Objects.requireNonNull(register);
        this.tasks = Objects.requireNonNull(tasks);
        this.sheets = Objects.requireNonNull(sheets);
        this.today = Objects.requireNonNull(today);
        this.salesperson = Objects.requireNonNull(salesperson);
        this.searches = tasks.lane();
        this.exports = tasks.lane();
    }

    /** Searches with the form's filters from the first page; a wrong filter is said next to its field. */
    public void search() {
        form.query(pageSize).ifPresentOrElse(this::show,
                () -> notice.set(RegisterNotice.of(RegisterNotice.Kind.FIX_FILTERS)));
    }

    /** The next page of the shown search, when there is one. */
    public void next() {
        if (shown != null && hasMore.get()) {
            show(shown.page(page.get() + 1, shown.pageSize()));
        }
    }

    /** The previous page of the shown search, when there is one. */
    public void previous() {
        if (shown != null && page.get() > 1) {
            show(shown.page(page.get() - 1, shown.pageSize()));
        }
    }

    /** The shown page again (after a void); the first page before any search. */
    public void refresh() {
        if (shown == null) {
            search();
        } else {
            show(shown);
        }
    }

    private void show(RegisterQuery query) {
        searching.set(true);
        notice.set(RegisterNotice.of(RegisterNotice.Kind.SEARCHING));
        tasks.task("searching the register", context -> register.search(query))
                .onSuccess(found -> shown(query, found))
                .onFailure(RegisterException.class,
                        e -> notice.set(RegisterNotice.of(RegisterNotice.Kind.SEARCH_FAILED, e.getMessage())))
                .onDone(() -> searching.set(false))
                .in(searches).start();
    }

    private void shown(RegisterQuery query, RegisterPage found) {
        shown = query;
        entries.setAll(found.entries());
        page.set(found.page());
        hasMore.set(found.hasMore());
        notice.set(found.entries().isEmpty() ? RegisterNotice.of(RegisterNotice.Kind.NOTHING_FOUND)
                : RegisterNotice.of(RegisterNotice.Kind.FOUND, found.entries().size(), found.page()));
    }

    /**
     * Writes every entry the shown search matches (all pages, not only the one shown; the form's
     * filters before any search) as CSV to {@code file}, atomically, in the background.
     */
    public void exportCsv(Path file) {
        RegisterQuery query = shown;
        if (query == null) {
            java.util.Optional<RegisterQuery> typed = form.query(pageSize);
            if (typed.isEmpty()) {
                notice.set(RegisterNotice.of(RegisterNotice.Kind.FIX_FILTERS));
                return;
            }
            query = typed.get();
        }
        RegisterQuery all = query;
        exporting.set(true);
        exported.set(0);
        notice.set(RegisterNotice.of(RegisterNotice.Kind.EXPORTING, 0L));
        tasks.task("exporting the register to " + file, context -> RegisterExport.csvTo(register, all, file,
                        count -> tasks.onUi(() -> exportedSoFar(count)), context::cancelled))
                .onSuccess(count -> {
                    exported.set(count);
                    notice.set(RegisterNotice.of(RegisterNotice.Kind.EXPORTED, count, file.toString()));
                })
                .onCancelled(() -> notice.set(RegisterNotice.of(RegisterNotice.Kind.EXPORT_CANCELLED)))
                .onFailure(IOException.class, e -> exportFailed(file, e))
                .onFailure(RegisterException.class, e -> exportFailed(file, e))
                .onDone(() -> exporting.set(false))
                .in(exports).start();
    }

    private void exportedSoFar(long count) {
        if (exporting.get()) {
            exported.set(count);
            notice.set(RegisterNotice.of(RegisterNotice.Kind.EXPORTING, count));
        }
    }

    private void exportFailed(Path file, Exception e) {
        notice.set(RegisterNotice.of(RegisterNotice.Kind.EXPORT_FAILED, file.toString(),
                e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /**
     * The whole register's backup: every entry with everything needed to restore it (the appraisal
     * as given, its void), written atomically; returns how many entries it holds.
     */
    @FunctionalInterface
    public interface Backup {
        long writeTo(Path file) throws IOException;
    }

    /** Whether this screen can back up the register. */
    public boolean canBackUp() {
        return backup != null;
    }

    /**
     * Writes the backup of the whole register (every entry, whatever the filters) to {@code file} in
     * the background; {@code carato register import --in FILE} restores it with its numbers.
     */
    public void backUp(Path file) {
        if (backup == null) {
            return;
        }
        exporting.set(true);
        notice.set(RegisterNotice.of(RegisterNotice.Kind.BACKING_UP));
        tasks.task("backing up the register to " + file, context -> backup.writeTo(file))
                .onSuccess(count -> notice.set(RegisterNotice.of(RegisterNotice.Kind.BACKED_UP, count, file.toString())))
                .onFailure(IOException.class, e -> exportFailed(file, e))
                .onFailure(RegisterException.class, e -> exportFailed(file, e))
                .onDone(() -> exporting.set(false))
                .in(exports).start();
    }

    /** Stops the export; nothing is written. */
    public void cancelExport() {
        exports.cancel();
    }

    /**
     * An entry of the list, opened: its appraisal as given, reprint, appraise again, void. It counts
     * as open until {@link #closed} is called, so that a screen rebuilt in another language shows it
     * again as it was (same entry, same comparison, same place).
     */
    public EntryViewModel open(RegisterEntry entry) {
        EntryViewModel opened = new EntryViewModel(entry, register, tasks, sheets, today, salesperson, this::refresh);
        openEntries.put(opened, Optional.empty());
        return opened;
    }

    /** The user closed the entry's window. */
    public void closed(EntryViewModel entry) {
        openEntries.remove(entry);
    }

    /** The screen is being rebuilt: the entry stays open, its window was at {@code bounds}. */
    public void keepOpen(EntryViewModel entry, Rectangle2D bounds) {
        openEntries.replace(entry, Optional.of(bounds));
    }

    /** The entries open, in the order they were opened, with where their windows were (if known). */
    public Map<EntryViewModel, Optional<Rectangle2D>> openEntries() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(openEntries));
    }

    /** Entries per page (50 by default). */
    public void setPageSize(int size) {
        if (size < 1 || size > RegisterQuery.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + size);
        }
        this.pageSize = size;
    }

    public SearchForm form() {
        return form;
    }

    /** The entries of the page shown, newest first. */
    public ObservableList<RegisterEntry> entries() {
        return entries;
    }

    /** The page shown, from 1; 0 before the first search. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** Entries written by the running (or last) export. */
    public ReadOnlyLongProperty exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    /** What the status line says, null when nothing. */
    public ReadOnlyObjectProperty<RegisterNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
