package com.carato.app.ui.common;

import javafx.scene.Parent;

/** A screen's view: its node, and a way to detach it from its view model when it is replaced. */
public interface Screen {

    Parent root();

    /** Removes the view's listeners from its view model. */
    void dispose();
}
