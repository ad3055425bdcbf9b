package com.carato.domain;

/** A grade text that is not one of the known grades; the message lists the valid ones. */
public final class UnknownGradeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String characteristic;
    private final String value;
    private final String validGrades;

    public UnknownGradeException(String characteristic, String value, String validGrades) {
        super("unknown " + characteristic + " '" + value + "': valid grades are "
                + validGrades + " (worst to best)");
        this.characteristic = characteristic;
        this.value = value;
        this.validGrades = validGrades;
    }

    public String characteristic() {
        return characteristic;
    }

    public String value() {
        return value;
    }

    public String validGrades() {
        return validGrades;
    }
}
