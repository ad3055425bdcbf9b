package com.carato.app.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The listeners a view adds to long-lived view models, so that the view can take them all back
 * when it is replaced (a language switch rebuilds the views; the view models stay).
 */
public final class Subscriptions {

    private final List<Runnable> removals = new ArrayList<>();

    public <T> void on(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    public void on(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    public <E> void onList(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        removals.add(() -> list.removeListener(listener));
    }

    /** Removes every listener added through this object. */
    public void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
