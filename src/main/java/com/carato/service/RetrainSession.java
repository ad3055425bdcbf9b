package com.carato.service;

import com.carato.domain.HistoryReason;
import com.carato.domain.Message;
import com.carato.domain.ProgressStage;
import com.carato.domain.RetrainProblem;
import com.carato.data.DataFileException;
import com.carato.data.DriftReport;
import com.carato.data.ImportReport;
import com.carato.data.MergedData;
import com.carato.data.RejectedRows;
import com.carato.data.StoneMerge;
import com.carato.domain.PricedStone;
import com.carato.ml.registry.BundleException;
import com.carato.ml.registry.ChampionChangedException;
import com.carato.ml.registry.LoadedBundle;
import com.carato.ml.registry.ModelRegistry;
import com.carato.ml.registry.RegistryEvent;
import com.carato.ml.registry.RetrainLock;
import com.carato.ml.registry.WriteHook;
import com.carato.ml.train.HoldoutSplit;
import com.carato.ml.train.TrainingConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * One retrain, step by step, holding the registry's retrain lock until {@link #close()}:
 * {@link #validate} → {@link #train} → one of {@link #promote}, {@link #keep} or {@link #decide}.
 * A wizard shows each step's result before calling the next; the command line calls them in a row.
 *
 * <p>Nothing is written before the end of {@link #train}: cancelling (through {@link Progress})
 * or failing before that leaves the registry untouched. Then the merged data snapshot, the
 * rejected rows and the challenger's bundle are written atomically, the bundle logged as trained;
 * the champion changes only with the single "promoted" line appended by {@link #promote}.
 */
public final class RetrainSession implements AutoCloseable {

    private final ModelRegistry registry;
    private final ActiveModel active;
    private final TrainingConfig config;
    private final PromotionRule rule;
    private final WriteHook hook;
    private final List<Path> files;
    private final String actor;
    private final RetrainLock lock;

    private LoadedBundle champion;
    private List<ImportReport> reports;
    private MergedData merged;
    private List<PricedStone> trainSet;
    private List<PricedStone> heldOut;
    private RetrainValidation validation;
    private Comparison comparison;
    private RetrainDecision decision;
    private boolean closed;

    RetrainSession(ModelRegistry registry, ActiveModel active, TrainingConfig config, PromotionRule rule,
                   WriteHook hook, List<Path> files, String actor, RetrainLock lock) {
        this.registry = registry;
        this.active = active;
        this.config = config;
        this.rule = rule;
        this.hook = hook;
        this.files = List.copyOf(files);
        this.actor = actor;
        this.lock = lock;
    }

    public List<Path> files() {
        return files;
    }

    public PromotionRule rule() {
        return rule;
    }

    /** Step 1: reads the champion's data and validates every file; trains nothing, writes nothing. */
    public RetrainValidation validate(Progress progress) throws ModelException {
        ensureOpen();
        if (validation != null) {
            return validation;
        }
        progress.update(ProgressStage.READING_CHAMPION_DATA.with(), 0);
        champion = loadChampion();
        String id = champion.manifest().id();
        List<PricedStone> current = championData(id);
        List<FileValidation> checks = new ArrayList<>();
        List<ImportReport> read = new ArrayList<>();
        StoneData stoneData = new StoneData();
        for (int i = 0; i < files.size(); i++) {
            checkCancelled(progress);
            progress.update(ProgressStage.VALIDATING_FILE.with(String.valueOf(files.get(i).getFileName())), (i + 1.0) / (files.size() + 1));
            try {
                ImportReport report = stoneData.readAppraised(files.get(i));
                read.add(report);
                checks.add(new FileValidation(files.get(i).toString(), report, null));
            } catch (DataFileException e) {
                checks.add(new FileValidation(files.get(i).toString(), null, e.problem()));
            }
        }
        reports = List.copyOf(read);
        merged = StoneMerge.merge("data of " + id, current, reports);
        split();
        List<PricedStone> added = merged.added().stream().map(MergedData.Added::stone).toList();
        validation = new RetrainValidation(id, current.size(), checks,
                reports.stream().mapToInt(ImportReport::acceptedCount).sum(),
                RejectedRows.count(reports), merged.duplicatesInFiles(), merged.duplicatesOfExisting(),
                merged.duplicatesAcrossFiles(), merged.conflicts(), added.size(), heldOut.size(), trainSet.size(),
                DriftReport.of(current, added), problems(checks));
        progress.update(ProgressStage.VALIDATED.with(), 1);
        return validation;
    }

    /**
     * Every {@value HoldoutSplit#EVERY}th new stone whose characteristics appear nowhere else (not
     * in the champion's data, not twice among the new rows) is held out: the champion never saw
     * it, and the challenger does not train on it.
     */
    private void split() {
        List<PricedStone> train = new ArrayList<>(merged.stones().subList(0, merged.stones().size() - merged.added().size()));
        List<PricedStone> held = new ArrayList<>();
        int eligible = 0;
        for (MergedData.Added added : merged.added()) {
            if (added.unique() && ++eligible % HoldoutSplit.EVERY == 0) {
                held.add(added.stone());
            } else {
                train.add(added.stone());
            }
        }
        trainSet = List.copyOf(train);
        heldOut = List.copyOf(held);
    }

    private List<Message> problems(List<FileValidation> checks) {
        List<Message> problems = new ArrayList<>();
        checks.stream().filter(c -> !c.readable()).forEach(c -> problems.add(RetrainProblem.FILE_NOT_READ.with(c.error())));
        if (merged.added().isEmpty()) {
            problems.add(RetrainProblem.NO_NEW_STONES.with());
        } else if (heldOut.size() < rule.minHeldOut()) {
            problems.add(RetrainProblem.TOO_FEW_HELD_OUT.with(heldOut.size(), HoldoutSplit.EVERY, rule.minHeldOut(),
                    rule.minHeldOut() * HoldoutSplit.EVERY));
        }
        if (trainSet.size() < config.folds() * 10) {
            problems.add(RetrainProblem.TOO_FEW_TO_TRAIN.with(trainSet.size(), config.folds() * 10));
        }
        return problems;
    }

    /** Step 2: trains the challenger, scores both models on the held-out stones, saves the challenger. */
    public Comparison train(Progress progress) throws ModelException {
        ensureOpen();
        if (validation == null || !validation.canTrain()) {
            throw new IllegalStateException(validation == null ? "validate first"
                    : "cannot train: " + String.join("; ",
                    validation.problems().stream().map(Message::english).toList()));
        }
        if (comparison != null) {
            return comparison;
        }
        comparison = new ChallengerStep(registry, config, rule, hook, champion, merged, reports, trainSet, heldOut,
                files).run(progress);
        return comparison;
    }

    /** Step 3, by a person: makes the challenger the champion, whatever the rule said (the log says both). */
    public RetrainDecision promote(String note) throws ModelException {
        return record(RetrainDecision.Outcome.PROMOTED, byPerson(note, HistoryReason.PROMOTED_BY.with(actor)));
    }

    /** Step 3, by a person: keeps the champion. */
    public RetrainDecision keep(String note) throws ModelException {
        return record(RetrainDecision.Outcome.KEPT, byPerson(note, HistoryReason.KEPT_BY.with(actor)));
    }

    /**
     * Step 3, headless: follows the rule when {@code autoPromote}; otherwise a challenger that passes
     * is logged as a candidate for a person to promote, and the champion stays.
     */
    public RetrainDecision decide(boolean autoPromote) throws ModelException {
        Verdict verdict = requireComparison().verdict();
        if (!verdict.promote() || autoPromote) {
            return record(verdict.promote() ? RetrainDecision.Outcome.PROMOTED : RetrainDecision.Outcome.KEPT,
                    rule(List.of()));
        }
        return record(RetrainDecision.Outcome.CANDIDATE, rule(List.of(HistoryReason.CANDIDATE.with(
                comparison.challenger().id(), registry.root().toString()))));
    }

    /** A person's decision: their note (if any), who, then what the rule said. */
    private List<Message> byPerson(String note, Message who) {
        List<Message> said = new ArrayList<>();
        if (note != null && !note.isBlank()) {
            said.add(HistoryReason.NOTE.with(note.strip()));
        }
        said.add(who);
        return rule(said);
    }

    /** {@code before}, then the rule's verdict and each of its checks. */
    private List<Message> rule(List<Message> before) {
        Verdict verdict = requireComparison().verdict();
        List<Message> said = new ArrayList<>(before);
        said.add((verdict.promote() ? HistoryReason.RULE_PROMOTE : HistoryReason.RULE_KEEP).with());
        said.addAll(verdict.reasons());
        return said;
    }

    private RetrainDecision record(RetrainDecision.Outcome outcome, List<Message> reason) throws ModelException {
        ensureOpen();
        Comparison c = requireComparison();
        if (decision != null) {
            throw new IllegalStateException("already decided: " + decision.outcome());
        }
        String challengerId = c.challenger().id();
        try {
            // check and write in one step under the registry's lock: if the champion changed since
            // the comparison (another process promoted or rolled back), nothing is written
            RegistryEvent event;
            if (outcome == RetrainDecision.Outcome.PROMOTED) {
                LoadedBundle bundle = registry.load(challengerId);
                event = registry.promoteIf(challengerId, c.championId(), actor, reason, Figures.of(c));
                active.switchTo(bundle);
            } else {
                event = registry.keepIf(challengerId, c.championId(), actor, reason, Figures.of(c));
            }
            decision = new RetrainDecision(outcome, challengerId,
                    outcome == RetrainDecision.Outcome.PROMOTED ? challengerId : c.championId(),
                    new ModelEvent(event.time(), event.action(), event.id(), event.previous(), event.actor(),
                            event.reason(), event.figures(), event.said()));
            return decision;
        } catch (ChampionChangedException e) {
            throw new ModelException("the champion changed from " + c.championId() + " to " + e.actual()
                    + " during this retrain; nothing was recorded: retrain again to compare with the new champion", e);
        } catch (BundleException e) {
            throw new ModelException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelException(registry.location() + ": the decision could not be logged: " + e.getMessage(), e);
        }
    }

    /** Writes the rejected rows of the validated files as CSV (for the wizard's export button). */
    public void exportRejected(Path target) throws IOException {
        if (reports == null) {
            throw new IllegalStateException("validate first");
        }
        RejectedRows.write(target, reports);
    }

    private Comparison requireComparison() {
        if (comparison == null) {
            throw new IllegalStateException("train first");
        }
        return comparison;
    }

    private LoadedBundle loadChampion() throws ModelException {
        try {
            String id = registry.champion().orElseThrow(() -> new ModelException("no champion model in "
                    + registry.root() + " to retrain: train one first (carato train --data FILE --models "
                    + registry.root() + ")"));
            return registry.load(id);
        } catch (BundleException e) {
            throw new ModelException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelException(registry.location() + ": " + e.getMessage(), e);
        }
    }

    private List<PricedStone> championData(String id) throws ModelException {
        var data = champion.manifest().data();
        if (data == null || data.snapshot() == null) {
            throw new ModelException("champion " + id + " has no data snapshot (it was trained before retraining "
                    + "existed): train a new champion from its data with carato train --data FILE --models "
                    + registry.root() + ", then retrain");
        }
        try {
            return registry.snapshots().read(data.sha256());
        } catch (DataFileException e) {
            throw new ModelException("champion " + id + ": " + e.getMessage(), e);
        }
    }

    static void checkCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("retrain cancelled");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this retrain is closed");
        }
    }

    /** Releases the retrain lock. A challenger saved but not decided stays a challenger. */
    @Override
    public void close() throws ModelException {
        if (!closed) {
            closed = true;
            try {
                lock.close();
            } catch (IOException e) {
                throw new ModelException(registry.location() + ": the retrain lock could not be released: "
                        + e.getMessage(), e);
            }
        }
    }
}
