package com.carato.http;

import com.carato.domain.FieldError;

import java.util.List;

/** Ends a request with a problem answer; the message is the problem's detail and goes to the client. */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient List<FieldError> errors;

    ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    ProblemType type() {
        return type;
    }

    List<FieldError> errors() {
        return errors;
    }
}
