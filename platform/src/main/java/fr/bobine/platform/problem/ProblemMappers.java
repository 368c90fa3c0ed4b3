package fr.bobine.platform.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;

import fr.bobine.platform.http.InvalidParameterException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every error path into RFC 9457 problem details. Never a stack trace on the wire; an unexpected error is
 * logged with an id that the 500 response repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String UNIQUE_VIOLATION = "23505";
    /** character_not_in_repertoire: what PostgreSQL answers to a NUL character in text. */
    private static final String NUL_IN_TEXT = "22021";

    @Inject
    ObjectMapper mapper;

    @Inject
    UriInfo uriInfo;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::reason));
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields are invalid";
        return respond(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid request", 400, detail, null, errors));
    }

    /** Overrides Quarkus' built-in mapper of the same type, which answers 400 with an empty body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        String field = jsonPath(e);
        String reason = JsonReasons.of(e);
        if (field.isEmpty()) {
            field = "body";
        }
        return respond(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid request", 400, field + ": " + reason, null,
                List.of(new Problem.FieldError(field, reason))));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException m) {
            return jsonMapping(m);
        }
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return respond(new Problem(Problem.TYPE_PREFIX + "malformed-json", "Malformed JSON", 400,
                "the request body is not valid JSON" + where, null, List.of()));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return respond(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid request", 400, e.getMessage(), null,
                List.of(new Problem.FieldError(e.parameter(), e.reason()))));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (a malformed UUID, a page number
            // past an int): the resource exists, the request is malformed.
            return respond(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid request", 400,
                    "a parameter of the path or the query cannot be read as the type it documents", null, List.of()));
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        // Never the exception's message: the framework's wording names Java types and parameter converters.
        String detail = switch (status) {
        case 400 -> "a parameter, header or the body of the request cannot be read";
        case 404 -> "no resource at this path";
        case 405 -> "this method is not allowed on this path";
        case 406 -> "no representation of this resource matches the Accept header";
        case 413 -> "the request body is larger than this service accepts";
        case 415 -> "this Content-Type is not accepted here";
        default -> title;
        };
        return respond(new Problem(Problem.TYPE_PREFIX + slug(title), title, status, detail, null, List.of()));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e) {
        Response r = respond(new Problem(Problem.TYPE_PREFIX + "unauthorized", "Unauthorized", 401,
                "a valid bearer token is required", null, List.of()));
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(new Problem(Problem.TYPE_PREFIX + "forbidden", "Forbidden", 403,
                "your roles do not allow this operation", null, List.of()));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleVersion(RuntimeException e) {
        return respond(new Problem(Problem.TYPE_PREFIX + "stale-version", "Precondition failed", 412,
                "the resource was changed by someone else; read it again and retry with its new ETag", null, List.of()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (isSqlState(e, NUL_IN_TEXT)) {
            // PostgreSQL stores no NUL character in text; whatever field carried one, the transaction rolled back.
            return respond(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid request", 400,
                    "text must not contain the NUL character (U+0000)", null, List.of()));
        }
        if (isUniqueViolation(e)) {
            // Two requests created the same thing at once and the database kept one: the loser learns it as a
            // conflict, not as a failure of the service. Nothing of the losing transaction was committed. The
            // driver's message quotes the duplicate key, which may be personal data: it is not logged.
            LOG.infof("concurrent write refused by a unique constraint (SQLSTATE %s) on %s", UNIQUE_VIOLATION,
                    uriInfo == null ? "?" : uriInfo.getPath());
            return respond(ProblemException.conflict(
                    "a concurrent request recorded the same thing first; read the current state before trying again")
                    .problem());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s", errorId);
        return respond(new Problem(Problem.TYPE_PREFIX + "internal", "Internal error", 500,
                "unexpected error, reference " + errorId, null, List.of()));
    }

    /** Whether PostgreSQL refused the write with unique_violation (SQLSTATE 23505), however deeply it is wrapped. */
    static boolean isUniqueViolation(Throwable e) {
        return isSqlState(e, UNIQUE_VIOLATION);
    }

    private static boolean isSqlState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Response respond(Problem problem) {
        Problem withInstance = uriInfo == null ? problem : problem.withInstance(uriInfo.getPath());
        String body;
        try {
            body = mapper.writeValueAsString(withInstance);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** {@code create.body.delegatedProducer.siret} becomes {@code delegatedProducer.siret}; a query parameter keeps its name. */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                if (!names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
            }
            if (!name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
