package com.carato.app.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The progress of a view model's long task as properties the view binds: what it is doing
 * (the stage) and the fraction done, 0 to 1 (0 also before the first report). A {@link TaskRunner}
 * feeds it on the UI thread, the latest report winning.
 */
public final class StageProgress {

    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);

    /** Sets both values (UI thread). */
    public void update(String newStage, double newFraction) {
        stage.set(newStage == null ? "" : newStage);
        fraction.set(Math.max(0, Math.min(1, newFraction)));
    }

    /** Back to nothing reported (UI thread). */
    public void reset() {
        update("", 0);
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }
}
