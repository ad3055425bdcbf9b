package com.carato.app.ui.server;

import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.TaskRunner;
import com.carato.http.CaratoServer;
import com.carato.http.ServerConfig;
import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.OptionalDouble;
import java.util.concurrent.Executor;

/**
 * The embedded REST server as the app starts and stops it: always on 127.0.0.1 (this machine
 * only), on a port the user may change. Starting and stopping run in the background through the
 * {@link TaskRunner}; what went wrong is a {@link ServerProblem}.
 */
public final class ServerViewModel {

    private final Appraiser appraiser;
    private final ModelService models;
    private final TaskRunner tasks;

    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerConfig.DEFAULT_PORT));
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper docsUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ServerProblem> problem = new ReadOnlyObjectWrapper<>();
    private volatile CaratoServer server;

    public ServerViewModel(Appraiser appraiser, ModelService models, TaskRunner tasks) {
        this.appraiser = appraiser;
        this.models = models;
        this.tasks = tasks;
    }

    /** With a runner whose unexpected errors are only logged (tests). */
    public ServerViewModel(Appraiser appraiser, ModelService models, Executor background, Executor ui) {
        this(appraiser, models, TaskRunner.of(background, ui));
    }

    public void start() {
        OptionalDouble number = Formats.parse(port.get());
        if (number.isEmpty() || number.getAsDouble() != Math.rint(number.getAsDouble())
                || number.getAsDouble() < 0 || number.getAsDouble() > 65535) {
            problem.set(new ServerProblem(ServerProblem.Kind.BAD_PORT, port.get()));
            return;
        }
        int chosen = (int) number.getAsDouble();
        busy.set(true);
        problem.set(null);
        tasks.task("starting the REST server", context -> CaratoServer.create(appraiser, models,
                ServerConfig.defaults().withPort(chosen)).start())
                .onSuccess(started -> {
                    server = started;
                    url.set(started.url());
                    docsUrl.set(started.docsUrl());
                    running.set(true);
                })
                .onFailure(RuntimeException.class, e -> problem.set(new ServerProblem(
                        ServerProblem.Kind.NOT_STARTED, e.getMessage() == null ? e.toString() : e.getMessage())))
                .onDone(() -> busy.set(false))
                .start();
    }

    public void stop() {
        CaratoServer current = server;
        if (current == null) {
            return;
        }
        busy.set(true);
        tasks.task("stopping the REST server", context -> {
            current.stop();
            return current;
        }).onSuccess(stopped -> {
            server = null;
            running.set(false);
            url.set("");
            docsUrl.set("");
        }).onDone(() -> busy.set(false)).start();
    }

    /** Stops the server when the app closes (synchronously). */
    public void shutdown() {
        CaratoServer current = server;
        if (current != null) {
            current.stop();
            server = null;
        }
    }

    public StringProperty portProperty() {
        return port;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty docsUrlProperty() {
        return docsUrl.getReadOnlyProperty();
    }

    /** What went wrong with the last start; null when it worked (or before any). */
    public ReadOnlyObjectProperty<ServerProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
