package com.carato.data;

/** How an import treats the {@code price} column. */
public enum PriceRule {
    /** The file must have a price column and every row a positive price (training data). */
    REQUIRED,
    /** A price column is optional; where it exists every row must have a positive price. */
    IF_PRESENT,
    /** Prices are not read (stones to appraise); any price column is carried through untouched. */
    IGNORED
}
