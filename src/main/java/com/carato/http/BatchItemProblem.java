package com.carato.http;

import java.util.List;

/**
 * A stone of a batch that could not be appraised, in the problem shape of RFC 9457.
 *
 * @param index  the stone's position in the request, from 0
 * @param type   {@code urn:carato:problem:invalid-stone}
 * @param title  "Invalid stone"
 * @param status 422
 * @param detail a summary
 * @param errors every invalid field and why
 */
record BatchItemProblem(int index, String type, String title, int status, String detail,
                        List<Problem.FieldProblem> errors) implements BatchItem {

    static BatchItemProblem of(int index, List<com.carato.domain.FieldError> errors) {
        ProblemType t = ProblemType.INVALID_STONE;
        return new BatchItemProblem(index, t.uri(), t.title(), t.status(),
                "stone " + index + " has " + errors.size() + (errors.size() == 1 ? " invalid field" : " invalid fields"),
                errors.stream().map(Problem.FieldProblem::of).toList());
    }
}
