package com.carato.app.ui.main;

/** The main window's screens, one tab each. */
public enum MainScreen {
    APPRAISE, EXPLORE, DATA, MODELS, REGISTER
}
