package com.carato.app.ui.main;

import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.data.DataViewModel;
import com.carato.app.ui.models.ModelState;
import com.carato.app.ui.models.ModelsViewModel;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * State of the main window, apart from its screens: the status bar (text, progress, cancel), the
 * welcome rule (first start without data or model: offer to import the expert's appraisals) and
 * the model's first training — at start, and when a file is opened while there is no model. The
 * view only shows what this says. No toolkit needed: tests drive it with same-thread executors.
 */
public final class MainViewModel {

    /** Progress bar value meaning "busy, amount unknown" (JavaFX's indeterminate progress). */
    public static final double INDETERMINATE = -1;

    private final ViewModels viewModels;
    private final Consumer<Path> onOpened;
    private Messages messages;

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(INDETERMINATE);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper welcome = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper shopStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
    private ShopState shop;

    /**
     * @param viewModels the screens' view models (appraise and models may be null: a data-only window)
     * @param onOpened   hears of each file the user opens (remembered for the next start)
     */
    public MainViewModel(ViewModels viewModels, Messages messages, Consumer<Path> onOpened) {
        this.viewModels = Objects.requireNonNull(viewModels);
        this.messages = Objects.requireNonNull(messages);
        this.onOpened = Objects.requireNonNull(onOpened);
        DataViewModel data = viewModels.data();
        ModelsViewModel models = viewModels.models();
        List<Observable> inputs = new ArrayList<>(List.of(data.loadingProperty(), data.errorProperty(),
                data.sourceProperty()));
        if (models != null) {
            inputs.addAll(List.of(models.stateProperty(), models.stageProperty(), models.progressProperty(),
                    models.championProperty()));
            models.stateProperty().addListener((obs, old, now) -> {
                if (old != null && old.working() && !now.working()) {
                    considerWelcome();
                }
            });
        }
        for (Observable input : inputs) {
            input.addListener(o -> update());
        }
        update();
    }

    /** Opens the file given at start (if any) and loads the champion, training a first one when there is none. */
    public void start(Optional<Path> data) {
        data.ifPresent(viewModels.data()::load);
        if (viewModels.models() != null) {
            viewModels.models().start(data);
        }
    }

    /** File → Open: loads the file, remembers it, and trains a first model on it when there is none. */
    public void open(Path file) {
        viewModels.data().load(file);
        onOpened.accept(file);
        ModelsViewModel models = viewModels.models();
        if (models != null && models.championProperty().get() == null && !models.stateProperty().get().working()) {
            models.start(Optional.of(file));
        }
    }

    /** Loads a file without the first-training rule (as at start-up). */
    public void load(Path file) {
        viewModels.data().load(file);
    }

    /** The status bar's Cancel: stops a first training. */
    public void cancel() {
        if (viewModels.models() != null) {
            viewModels.models().cancel();
        }
    }

    /** The view showed the welcome (whatever the user chose). */
    public void welcomeShown() {
        welcome.set(false);
    }

    /** Texts for the chosen language (after a language switch). */
    public void setMessages(Messages newMessages) {
        this.messages = Objects.requireNonNull(newMessages);
        update();
        showShop();
    }

    /** The shop's state changed (register checked, champion followed); called on the UI thread. */
    public void shopChanged(ShopState state) {
        this.shop = Objects.requireNonNull(state);
        showShop();
    }

    private void showShop() {
        if (shop == null) {
            shopStatus.set("");
            offline.set(false);
            return;
        }
        Formats formats = new Formats(messages.locale());
        String model = shop.modelId() == null ? ""
                : shop.cachedModel() ? messages.format("status.shop.modelCached", shop.modelId())
                : shop.since() == null ? messages.format("status.shop.model", shop.modelId())
                : messages.format("status.shop.modelSince", shop.modelId(), formats.date(shop.since()));
        String text;
        boolean refused = shop.reachable() && shop.problem() != null;
        if (!shop.reachable()) {
            text = messages.format(shop.shared() ? "status.shop.offline" : "status.shop.local.failed", shop.waiting());
        } else if (refused) {
            // it answers but refuses (a schema a newer Carato made, a missing right): say why
            text = messages.format("status.shop.refused", shop.problem(), shop.waiting());
        } else if (shop.waiting() > 0) {
            text = messages.format("status.shop.sending", shop.waiting(), place(shop.location()));
        } else {
            text = shop.shared() ? messages.format("status.shop.online", place(shop.location()))
                    : messages.get("status.shop.local");
        }
        if (!model.isEmpty()) {
            text = text + " · " + model;
        }
        shopStatus.set(text.strip());
        offline.set(!shop.reachable() || refused);
    }

    /** A shop database's address as people say it: host:port/database, without the JDBC prefix. */
    private static String place(String location) {
        return location.replaceFirst("^jdbc:postgresql://", "");
    }

    /** The status bar's right side: where the register is, whether it answers, which model prices since when. */
    public ReadOnlyStringProperty shopStatusProperty() {
        return shopStatus.getReadOnlyProperty();
    }

    /** True while the shop database (or the workstation's register) cannot be reached. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** The welcome is due when loading found no model, none is being made, and no data is loaded. */
    private void considerWelcome() {
        DataViewModel data = viewModels.data();
        ModelsViewModel models = viewModels.models();
        if (models.stateProperty().get() == ModelState.NO_MODEL && models.championProperty().get() == null
                && data.reportProperty().get() == null && !data.loadingProperty().get()) {
            welcome.set(true);
        }
    }

    private void update() {
        DataViewModel data = viewModels.data();
        ModelsViewModel models = viewModels.models();
        ModelState state = models == null ? ModelState.NO_MODEL : models.stateProperty().get();
        double fraction = models == null ? 0 : models.progressProperty().get();
        busy.set(data.loadingProperty().get() || state.working());
        progress.set(state == ModelState.TRAINING && fraction > 0 ? fraction : INDETERMINATE);
        cancellable.set(state == ModelState.TRAINING && fraction > 0);
        status.set(statusText(data, models, state, fraction));
    }

    private String statusText(DataViewModel data, ModelsViewModel models, ModelState state, double fraction) {
        if (data.loadingProperty().get()) {
            return messages.format("status.loading", data.sourceProperty().get());
        }
        if (state == ModelState.TRAINING && fraction > 0) {
            return messages.format("status.model.training",
                    models.stageProperty().get() == null ? "" : messages.engine(models.stageProperty().get()),
                    Math.round(fraction * 100));
        }
        if (state.working()) {
            return messages.get("status.model.loading");
        }
        if (!data.errorProperty().get().isEmpty()) {
            return messages.get("status.failed");
        }
        if (state == ModelState.CANCELLED) {
            return messages.get("status.model.cancelled");
        }
        if (models != null && models.championProperty().get() != null) {
            return messages.format("status.model.ready", models.championProperty().get().id());
        }
        return messages.get("status.ready");
    }

    public ViewModels viewModels() {
        return viewModels;
    }

    /** The status bar's text, in the user's language. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a file loads or the model is loaded or trained: the progress bar shows. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The progress bar's value: the first training's fraction, else {@link #INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while a first training runs that can be cancelled. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** True when the view should show the welcome (then call {@link #welcomeShown()}). */
    public ReadOnlyBooleanProperty welcomeProperty() {
        return welcome.getReadOnlyProperty();
    }
}
