package com.carato.app.ui.common;

import com.carato.domain.Message;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The progress of a view model's long task as properties the view binds: what it is doing
 * (the stage, an engine {@link Message} the view renders with {@link Messages#engine}; null before
 * the first report) and the fraction done, 0 to 1 (0 also before the first report). A
 * {@link TaskRunner} feeds it on the UI thread, the latest report winning.
 */
public final class StageProgress {

    private final ReadOnlyObjectWrapper<Message> stage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);

    /** Sets both values (UI thread). */
    public void update(Message newStage, double newFraction) {
        stage.set(newStage);
        fraction.set(Math.max(0, Math.min(1, newFraction)));
    }

    /** Back to nothing reported (UI thread). */
    public void reset() {
        update(null, 0);
    }

    public ReadOnlyObjectProperty<Message> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }
}
