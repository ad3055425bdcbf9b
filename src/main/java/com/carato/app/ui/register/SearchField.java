package com.carato.app.ui.register;

/** The register search's fields that can be wrong (the texts are free). */
public enum SearchField {
    FROM, TO, MIN_CARAT, MAX_CARAT, MIN_PRICE, MAX_PRICE
}
