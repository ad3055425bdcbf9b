package com.carato.app.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The one way the app's view models run work in the background: a {@link BackgroundTask} runs on
 * the background executor; its progress, result, failure or cancellation are delivered on the UI
 * executor ({@code Platform::runLater} in the app, a same-thread or queued executor in tests).
 *
 * <ul>
 *   <li><b>Progress</b> is coalesced: however often a task reports, the UI applies the latest report.</li>
 *   <li><b>Cancel</b>: {@link Handle#cancel()} makes {@link TaskContext#cancelled()} true; a task
 *       that stops with a {@link CancellationException} ends in {@code onCancelled} (one that
 *       finishes anyway delivers its result). {@link Lane#discard()} stops and forgets: nothing of
 *       the lane's current work is delivered.</li>
 *   <li><b>Stale results are dropped</b>: tasks started in the same {@link Lane} run one at a time;
 *       starting one while another runs marks the running one superseded (cancelled, its outcome
 *       never delivered) and queues the new one, replacing any queued earlier. So the latest request
 *       always wins and a burst of requests costs at most two computations.</li>
 *   <li><b>Errors go to one handler</b>: failures of the types a view model declares with
 *       {@code onFailure} are handled in place (a message next to a field, a failure label); any
 *       other goes to the {@link ErrorReporter}, which logs it and tells the user.</li>
 * </ul>
 *
 * Tasks are started, and lanes used, on the UI thread only.
 */
public final class TaskRunner {

    private final Executor background;
    private final Executor ui;
    private final ErrorReporter errors;

    public TaskRunner(Executor background, Executor ui, ErrorReporter errors) {
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.errors = Objects.requireNonNull(errors);
    }

    /** A runner whose unexpected errors are only logged (view models built outside the app, tests). */
    public static TaskRunner of(Executor background, Executor ui) {
        return new TaskRunner(background, ui, ErrorReporter.LOG_ONLY);
    }

    /** A new lane: its tasks run one at a time and a newer one supersedes the older. */
    public Lane lane() {
        return new Lane();
    }

    /** Applies {@code action} on the UI executor (for a view model's "safe from any thread" methods). */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    /**
     * Describes a task; nothing runs until {@link Spec#start()}.
     *
     * @param what what the task does, for the log ("reading a data file")
     */
    public <T> Spec<T> task(String what, BackgroundTask<T> task) {
        return new Spec<>(what, task);
    }

    /** A started task. */
    public interface Handle {

        /** Asks the task to stop (it sees {@link TaskContext#cancelled()}); a queued task never starts. */
        void cancel();

        /** True once cancelled or superseded. */
        boolean cancelled();
    }

    /** Tasks that replace each other: the latest request wins (UI thread only). */
    public final class Lane {

        private Run<?> running;
        private Run<?> pending;

        private Lane() {
        }

        /**
         * Asks the running task to stop, as {@link Handle#cancel()} does (it ends in
         * {@code onCancelled}); a queued one never runs.
         */
        public void cancel() {
            if (pending != null) {
                pending.superseded = true;
                pending = null;
            }
            if (running != null) {
                running.cancelRequested = true;
            }
        }

        /** Stops and forgets: the running task is told to stop and its outcome dropped; a queued one never runs. */
        public void discard() {
            if (pending != null) {
                pending.superseded = true;
                pending = null;
            }
            if (running != null) {
                running.superseded = true;
            }
        }

        /** True while a task of this lane runs or waits. */
        public boolean busy() {
            return running != null || pending != null;
        }
    }

    /** A task with what to do with its outcome. */
    public final class Spec<T> {

        private final String what;
        private final BackgroundTask<T> task;
        private Consumer<? super T> onSuccess = r -> { };
        private final List<Catch<?>> catches = new ArrayList<>();
        private Runnable onCancelled = () -> { };
        private Runnable onDone = () -> { };
        private BiConsumer<String, Double> onProgress;
        private Lane lane;

        private Spec(String what, BackgroundTask<T> task) {
            this.what = Objects.requireNonNull(what);
            this.task = Objects.requireNonNull(task);
        }

        /** The task's result, on the UI thread. */
        public Spec<T> onSuccess(Consumer<? super T> action) {
            this.onSuccess = Objects.requireNonNull(action);
            return this;
        }

        /**
         * An expected failure, handled in place on the UI thread (first matching declaration wins);
         * any other failure goes to the {@link ErrorReporter}.
         */
        public <E extends Exception> Spec<T> onFailure(Class<E> type, Consumer<? super E> action) {
            catches.add(new Catch<>(type, action));
            return this;
        }

        /** The task stopped on a cancel (not when superseded: then nothing is delivered). */
        public Spec<T> onCancelled(Runnable action) {
            this.onCancelled = Objects.requireNonNull(action);
            return this;
        }

        /** After success, any failure or a cancel, on the UI thread: clear busy flags here. */
        public Spec<T> onDone(Runnable action) {
            this.onDone = Objects.requireNonNull(action);
            return this;
        }

        /** Progress reports, coalesced, on the UI thread. */
        public Spec<T> onProgress(BiConsumer<String, Double> action) {
            this.onProgress = action;
            return this;
        }

        /** Progress reports into {@code progress} (reset when the task starts). */
        public Spec<T> progress(StageProgress progress) {
            progress.reset();
            return onProgress(progress::update);
        }

        /** Runs in {@code target}: superseding the lane's earlier task. */
        public Spec<T> in(Lane target) {
            this.lane = target;
            return this;
        }

        /** Starts the task (UI thread); in a busy lane it is queued until the running one has stopped. */
        public Handle start() {
            Run<T> run = new Run<>(this);
            if (lane == null) {
                run.launch();
            } else if (lane.running == null) {
                lane.running = run;
                run.launch();
            } else {
                if (lane.pending != null) {
                    lane.pending.superseded = true;
                }
                lane.pending = run;
                lane.running.superseded = true;
            }
            return run;
        }
    }

    private record Catch<E extends Exception>(Class<E> type, Consumer<? super E> action) {

        boolean handle(Exception e) {
            if (!type.isInstance(e)) {
                return false;
            }
            action.accept(type.cast(e));
            return true;
        }
    }

    private record Report(String stage, double fraction) {
    }

    /** One run of a task: its context while running, its handle for the caller. */
    private final class Run<T> implements TaskContext, Handle {

        private final Spec<T> spec;
        private final AtomicReference<Report> latest = new AtomicReference<>();
        private volatile boolean cancelRequested;
        private volatile boolean superseded;
        private volatile boolean finished;

        private Run(Spec<T> spec) {
            this.spec = spec;
        }

        @Override
        public void progress(String stage, double fraction) {
            if (spec.onProgress == null || latest.getAndSet(new Report(stage, fraction)) != null) {
                return;
            }
            ui.execute(() -> {
                Report report = latest.getAndSet(null);
                if (report != null && !finished && !superseded) {
                    spec.onProgress.accept(report.stage(), report.fraction());
                }
            });
        }

        @Override
        public boolean cancelled() {
            return cancelRequested || superseded;
        }

        @Override
        public void cancel() {
            cancelRequested = true;
            Lane lane = spec.lane;
            if (lane != null && lane.pending == this) {
                lane.pending = null;
                ui.execute(() -> deliver(() -> {
                    spec.onCancelled.run();
                    spec.onDone.run();
                }));
            }
        }

        void launch() {
            try {
                background.execute(this::runTask);
            } catch (RejectedExecutionException e) { // the app is closing: nothing more runs
                finished = true;
                if (spec.lane != null && spec.lane.running == this) {
                    spec.lane.running = null;
                }
            }
        }

        private void runTask() {
            Runnable outcome;
            try {
                if (cancelled()) {
                    throw new CancellationException("cancelled before it started");
                }
                T result = spec.task.call(this);
                outcome = () -> {
                    spec.onSuccess.accept(result);
                    spec.onDone.run();
                };
            } catch (CancellationException e) {
                outcome = () -> {
                    spec.onCancelled.run();
                    spec.onDone.run();
                };
            } catch (Exception e) {
                outcome = () -> {
                    if (spec.catches.stream().noneMatch(c -> c.handle(e))) {
                        errors.unexpected(spec.what, e);
                    }
                    spec.onDone.run();
                };
            } catch (Error e) {
                errors.unexpected(spec.what, e);
                outcome = spec.onDone;
            }
            Runnable delivered = outcome;
            ui.execute(() -> deliver(delivered));
        }

        /** On the UI thread: frees the lane, applies the outcome unless superseded, starts what waits. */
        private void deliver(Runnable outcome) {
            finished = true;
            Lane lane = spec.lane;
            if (lane != null && lane.running == this) {
                lane.running = null;
            }
            try {
                if (!superseded) {
                    outcome.run();
                }
            } catch (RuntimeException e) {
                errors.unexpected(spec.what + " (applying the result)", e);
            } finally {
                if (lane != null && lane.running == null && lane.pending != null) {
                    Run<?> next = lane.pending;
                    lane.pending = null;
                    lane.running = next;
                    next.launch();
                }
            }
        }
    }
}
