package com.carato.app.ui.server;

import com.carato.app.ui.common.Formats;
import com.carato.http.CaratoServer;
import com.carato.http.ServerConfig;
import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.OptionalDouble;
import java.util.concurrent.Executor;

/**
 * The embedded REST server as the app starts and stops it: always on 127.0.0.1 (this machine
 * only), on a port the user may change. Starting and stopping run in the background.
 */
public final class ServerViewModel {

    private final Appraiser appraiser;
    private final ModelService models;
    private final Executor background;
    private final Executor ui;

    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerConfig.DEFAULT_PORT));
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper docsUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private volatile CaratoServer server;

    public ServerViewModel(Appraiser appraiser, ModelService models, Executor background, Executor ui) {
        this.appraiser = appraiser;
        this.models = models;
        this.background = background;
        this.ui = ui;
    }

    public void start() {
        OptionalDouble number = Formats.parse(port.get());
        if (number.isEmpty() || number.getAsDouble() != Math.rint(number.getAsDouble())
                || number.getAsDouble() < 0 || number.getAsDouble() > 65535) {
            error.set("port");
            return;
        }
        int chosen = (int) number.getAsDouble();
        busy.set(true);
        error.set("");
        background.execute(() -> {
            try {
                CaratoServer started = CaratoServer.create(appraiser, models,
                        ServerConfig.defaults().withPort(chosen)).start();
                server = started;
                ui.execute(() -> {
                    url.set(started.url());
                    docsUrl.set(started.docsUrl());
                    running.set(true);
                    busy.set(false);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    error.set(e.getMessage() == null ? e.toString() : e.getMessage());
                    busy.set(false);
                });
            }
        });
    }

    public void stop() {
        CaratoServer current = server;
        if (current == null) {
            return;
        }
        busy.set(true);
        background.execute(() -> {
            current.stop();
            server = null;
            ui.execute(() -> {
                running.set(false);
                url.set("");
                docsUrl.set("");
                busy.set(false);
            });
        });
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

    /** Empty when fine, "port" for an invalid port, else the reason the server did not start. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
