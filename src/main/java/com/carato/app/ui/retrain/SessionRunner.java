package com.carato.app.ui.retrain;

import com.carato.domain.Message;
import com.carato.service.ModelException;
import com.carato.service.Progress;
import com.carato.service.RetrainBusyException;
import com.carato.service.RetrainSession;
import com.carato.service.Retrainer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs the wizard's service calls on the background executor, one at a time, against the one
 * {@link RetrainSession} it holds. The session (and the registry's retrain lock) is closed when the
 * wizard goes back to the files, after a decision, after a failure to open or validate, and when
 * the wizard closes — if work is running then, as soon as it has stopped. Progress, the cancelled
 * notice and failures are properties, set on the UI executor.
 */
public final class SessionRunner {

    /** Who retrains, for the registry log ("alice via Carato wizard"). */
    static final String TOOL = "Carato wizard";

    private static final Logger LOG = LoggerFactory.getLogger(SessionRunner.class);

    /** One call on the session. */
    @FunctionalInterface
    interface Work<T> {
        T apply(RetrainSession session) throws Exception;
    }

    /** The rejected rows could not be written. */
    static final class ExportException extends Exception {
        private static final long serialVersionUID = 1L;

        ExportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Retrainer retrainer;
    private final Executor background;
    private final Executor ui;
    private final Object guard = new Object();
    private volatile RetrainSession session;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicReference<Object[]> pendingProgress = new AtomicReference<>();
    private volatile boolean closed;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Message> stage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>();

    SessionRunner(Retrainer retrainer, Executor background, Executor ui) {
        this.retrainer = retrainer;
        this.background = background;
        this.ui = ui;
    }

    /**
     * Runs {@code work} in the background; then {@code done} with its result, or {@code stopped}
     * after a cancel or a failure, on the UI executor.
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
        cancel.set(false);
        busy.set(true);
        progress.set(0);
        stage.set(null);
        background.execute(() -> {
            try {
                T result;
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
                        result = work.apply(session);
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
                ui.execute(() -> {
                    busy.set(false);
                    if (!closed) {
                        done.accept(result);
                    }
                });
            } catch (CancellationException e) {
                LOG.info("retrain of {} cancelled", retrainer.modelsDir());
                ui.execute(() -> {
                    busy.set(false);
                    cancelled.set(true);
                    stopped.run();
                });
            } catch (Exception e) {
                Failure f = failureOf(e);
                ui.execute(() -> {
                    busy.set(false);
                    failure.set(f);
                    stopped.run();
                });
            }
        });
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

    /** The progress the session reports to: coalesced onto the UI executor; cancelled on request or close. */
    Progress progress() {
        return new Progress() {
            @Override
            public void update(Message what, double fraction) {
                if (pendingProgress.getAndSet(new Object[] {what, fraction}) == null) {
                    ui.execute(() -> {
                        Object[] latest = pendingProgress.getAndSet(null);
                        if (latest != null) {
                            stage.set((Message) latest[0]);
                            progress.set((Double) latest[1]);
                        }
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return cancel.get() || closed;
            }
        };
    }

    /** Asks the running work to stop at its next check. */
    void cancel() {
        cancel.set(true);
    }

    /** Closes the open session in the background, once any running work has stopped. */
    void closeSession() {
        RetrainSession target = session;
        if (target == null) {
            return;
        }
        background.execute(() -> {
            synchronized (guard) {
                if (session == target) {
                    closeNow();
                }
            }
        });
    }

    /** The wizard is closing: stop the work and release the lock (at once if nothing runs). */
    void close() {
        closed = true;
        cancel.set(true);
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
        return progress.getReadOnlyProperty();
    }

    /** What the running step is doing, as the service said it (null before the first report). */
    public ReadOnlyObjectProperty<Message> stageProperty() {
        return stage.getReadOnlyProperty();
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
