package com.carato.http;

import com.carato.domain.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An error answer in the RFC 9457 shape ({@code application/problem+json}).
 *
 * @param type     stable URI of the kind of problem ({@code urn:carato:problem:invalid-stone}, ...)
 * @param title    short summary of the kind
 * @param status   the HTTP status
 * @param detail   what went wrong with this request, in words an integrator understands
 * @param instance the request path
 * @param errors   every invalid field and why (validation problems only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {

    /** One invalid field: its name, the stable code of what is wrong ({@code field.missing-value}, ...), the English text. */
    record FieldProblem(String field, String code, String message) {
        static FieldProblem of(FieldError e) {
            return new FieldProblem(e.field(), e.code(), e.message());
        }
    }

    static Problem of(ProblemException e, String instance) {
        return new Problem(e.type().uri(), e.type().title(), e.type().status(), e.getMessage(), instance,
                e.errors().isEmpty() ? null : e.errors().stream().map(FieldProblem::of).toList());
    }
}
