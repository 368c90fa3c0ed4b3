package fr.bobine.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

import fr.bobine.platform.problem.Problem;

/**
 * Documents the problem responses every operation can give, so that generated clients know the error body:
 * 400, 401, 403 and 500 everywhere, 404 under a path with an id, 409 and 422 on changes, 412 and 428 where an
 * If-Match is required. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("ProblemFieldError", OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field of a request")
                .addProperty("field", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))
                        .description("JSON path of the field, e.g. delegatedProducer.siret"))
                .addProperty("reason", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))
                        .description("URI reference identifying the problem type"))
                .addProperty("title", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER))
                        .format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/ProblemFieldError"))));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasId = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                PathItem.HttpMethod method = entry.getKey();
                Operation operation = entry.getValue();
                boolean change = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
                add(operation, "400", "Malformed or invalid request");
                add(operation, "401", "Missing or invalid bearer token");
                add(operation, "403", "The token's roles do not allow this operation");
                if (hasId) {
                    add(operation, "404", "Unknown resource");
                }
                if (change) {
                    add(operation, "409", "Conflicts with the current state");
                    add(operation, "422", "Refused by a business rule");
                }
                if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT
                        || method == PathItem.HttpMethod.DELETE) {
                    add(operation, "412", "If-Match does not name the current version");
                    add(operation, "428", "If-Match is missing");
                }
                add(operation, "500", "Unexpected error");
            }
        }
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
    }
}
