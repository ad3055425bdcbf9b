package com.carato.app.ui.retrain;

import com.carato.app.ui.common.StageProgress;
import com.carato.app.ui.common.TaskRunner;
import com.carato.service.ModelException;
import com.carato.service.Progress;
import com.carato.service.RetrainBusyException;
import com.carato.service.RetrainSession;
import com.carato.service.Retrainer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs the wizard's service calls through the {@link TaskRunner}, one at a time, against the one
 * {@link RetrainSession} it holds. The session (and the registry's retrain lock) is closed when the
 * wizard goes back to the files, after a decision, after a failure to open or validate, and when
 * the wizard closes — if work is running then, as soon as it has stopped. Progress, the cancelled
 * notice and failures are properties, set on the UI thread.
 */
public final class SessionRunner {

    /** Who retrains, for the registry log ("alice via Carato wizard"). */
    static final String TOOL = "Carato wizard";

    private static final Logger LOG = LoggerFactory.getLogger(SessionRunner.class);

    /** One call on the session, with the progress (and cancel) of the task running it. */
    @FunctionalInterface
    interface Work<T> {
        T apply(RetrainSession session, Progress progress) throws Exception;
    }

    /** The rejected rows could not be written. */
    static final class ExportException extends Exception {
        private static final long serialVersionUID = 1L;

        ExportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Retrainer retrainer;
    private final TaskRunner tasks;
    private final TaskRunner.Lane lane;
    private final Object guard = new Object();
    private volatile RetrainSession session;
    private volatile boolean closed;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StageProgress progress = new StageProgress();
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>();

    SessionRunner(Retrainer retrainer, TaskRunner tasks) {
        this.retrainer = retrainer;
        this.tasks = tasks;
        this.lane = tasks.lane();
    }

    /**
     * Runs {@code work} in the background; then {@code done} with its result, or {@code stopped}
     * after a cancel or a failure, on the UI thread.
     *
     * @param open files to open a new session with (closing any earlier one; closed again if the
     *             work fails); null to use the open session
     */
    <T> void run(Work<T> work, Consumer<T> done, Runnable stopped, List<Path> open) {
        if (closed) {
            return;
        }
        failure.set(null);
        cancelled.set(false);
        busy.set(true);
        tasks.task("retraining", context -> {
            Progress reporting = context.asProgress();
            synchronized (guard) {
                try {
                    if (closed) {
                        throw new CancellationException("the wizard was closed");
                    }
                    if (open != null) {
                        closeNow();
                        session = retrainer.open(open, TOOL);
                    } else if (session == null) {
                        throw new IllegalStateException("no retrain is open");
                    }
                    return work.apply(session, reporting);
                } catch (Exception e) {
                    if (open != null) {
                        closeNow();
                    }
                    throw e;
                } finally {
                    if (closed) {
                        closeNow();
                    }
                }
            }
        }).progress(progress).onSuccess(result -> {
            if (!closed) {
                done.accept(result);
            }
        }).onCancelled(() -> {
            LOG.info("retrain of {} cancelled", retrainer.modelsDir());
            cancelled.set(true);
            stopped.run();
        }).onFailure(Exception.class, e -> {
            failure.set(failureOf(e));
            stopped.run();
        }).onDone(() -> busy.set(false)).in(lane).start();
    }

    private Failure failureOf(Exception e) {
        if (e instanceof RetrainBusyException) {
            LOG.warn("retrain refused: {}", e.getMessage());
            return new Failure(Failure.Kind.BUSY, e.getMessage());
        }
        if (e instanceof ModelException) {
            LOG.warn("retrain of {} failed: {}", retrainer.modelsDir(), e.getMessage(), e);
            return new Failure(Failure.Kind.MODEL, e.getMessage());
        }
        if (e instanceof ExportException) {
            LOG.warn("rejected rows not exported: {}", e.getMessage(), e);
            return new Failure(Failure.Kind.EXPORT, e.getMessage());
        }
        LOG.error("retrain of {} failed unexpectedly", retrainer.modelsDir(), e);
        return new Failure(Failure.Kind.UNEXPECTED, String.valueOf(e.getMessage()));
    }

    /** Asks the running work to stop at its next check. */
    void cancel() {
        lane.cancel();
    }

    /** Closes the open session in the background, once any running work has stopped. */
    void closeSession() {
        RetrainSession target = session;
        if (target == null) {
            return;
        }
        tasks.task("closing the retrain", context -> {
            synchronized (guard) {
                if (session == target) {
                    closeNow();
                }
            }
            return target;
        }).start();
    }

    /** The wizard is closing: stop the work and release the lock (at once if nothing runs). */
    void close() {
        closed = true;
        lane.cancel();
        closeSession();
    }

    /** True once the wizard has closed: nothing more runs. */
    boolean closed() {
        return closed;
    }

    private void closeNow() {
        if (session != null) {
            try {
                session.close();
            } catch (ModelException e) {
                LOG.warn("retrain lock not released: {}", e.getMessage(), e);
            }
            session = null;
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Fraction done of the running step, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.fractionProperty();
    }

    /** What the running step is doing, in the service's words. */
    public ReadOnlyStringProperty stageProperty() {
        return progress.stageProperty();
    }

    /** True after the last work was cancelled (nothing was saved). */
    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    /** Why the last work failed; null when it did not. */
    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
