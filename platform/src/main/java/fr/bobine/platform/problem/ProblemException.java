package fr.bobine.platform.problem;

import java.util.List;

/**
 * Thrown by services to refuse a request with a precise problem; mapped to {@code application/problem+json}.
 * Each factory names the HTTP status the conventions of ARCHITECTURE.md give to that kind of refusal.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.problem = new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, null, errors == null ? List.of() : errors);
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String field, String reason) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + reason,
                List.of(new Problem.FieldError(field, reason)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    /** 409: the request conflicts with the current state (a locked version, a duplicate). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail, null);
    }

    /** 422: the request is well formed but a rule of the business refuses it. */
    public static ProblemException businessRule(String slug, String detail) {
        return new ProblemException(422, slug, "Refused by a business rule", detail, null);
    }

    public static ProblemException businessRule(String slug, String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, slug, "Refused by a business rule", detail, errors);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "stale-version", "Precondition failed", detail, null);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "precondition-required", "Precondition required", detail, null);
    }
}
