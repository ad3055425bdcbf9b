package com.carato.http;

import com.carato.domain.FieldError;
import com.carato.domain.OutsideModelException;

import java.util.List;

/**
 * A stone of a batch that could not be appraised, in the problem shape of RFC 9457.
 *
 * @param index  the stone's position in the request, from 0
 * @param type   {@code urn:carato:problem:invalid-stone}, or {@code urn:carato:problem:outside-model}
 *               for a valid stone the model refuses to price (beyond its limits)
 * @param title  "Invalid stone", or "Outside the model's limits"
 * @param status 422
 * @param detail a summary
 * @param errors every invalid field and why, or the field beyond the model's limit
 */
record BatchItemProblem(int index, String type, String title, int status, String detail,
                        List<Problem.FieldProblem> errors) implements BatchItem {

    static BatchItemProblem of(int index, List<FieldError> errors) {
        return of(index, ProblemType.INVALID_STONE,
                "stone " + index + " has " + errors.size() + (errors.size() == 1 ? " invalid field" : " invalid fields"),
                errors);
    }

    /** A valid stone the model refused; the detail is the refusal, which names the limit. */
    static BatchItemProblem refused(int index, OutsideModelException e) {
        return of(index, ProblemType.OUTSIDE_MODEL, "stone " + index + ": " + e.getMessage(), e.errors());
    }

    private static BatchItemProblem of(int index, ProblemType t, String detail, List<FieldError> errors) {
        return new BatchItemProblem(index, t.uri(), t.title(), t.status(), detail,
                errors.stream().map(Problem.FieldProblem::of).toList());
    }
}
