package fr.bobine.platform.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;

import fr.bobine.platform.http.KnownQueryParameters;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.problem.JsonInputLimits;
import fr.bobine.platform.problem.Problem;

/**
 * Makes every service's OpenAPI document a contract that generated clients can trust, whatever each resource
 * remembered to annotate (registered with {@code mp.openapi.filter}):
 * <ul>
 * <li>every error status an operation can give is declared with the RFC 9457 problem body, including the 401 and
 * 403 that Quarkus adds without content;</li>
 * <li>path parameters come first and in the order of the path, so that a generated
 * {@code getContract(productionId, contractId)} reads like its URL;</li>
 * <li>a schema only ever returned, never sent, lists all its properties as {@code required}: the services serialise
 * every property, nulls included, so a client may rely on each key being there (a property that may be null says
 * {@code nullable});</li>
 * <li>every value has a bound, the one the service enforces when it does not declare a tighter one: strings of a
 * known format the length their format allows; other strings and lists of a JSON body the limits of
 * {@link JsonInputLimits}; integers the range of their format (a larger number is refused while reading); query,
 * path and {@code If-Match} values {@link KnownQueryParameters#VALUE_MAX_LENGTH}; {@code Idempotency-Key}
 * {@link IdempotencyKeys#MAX_LENGTH}; a text body the request body limit; a generated document
 * {@link #DOCUMENT_MAX_LENGTH}.</li>
 * <li>the headers a client reads are declared where the services send them: {@code Location} on every 201 (the
 * services answer every creation with it), {@code Content-Disposition} on every file (a response that is not JSON),
 * {@code ETag} on every response whose body carries the resource's {@code version} (the ETag is that version), or a
 * {@code version} summary that carries it;</li>
 * <li>a schema both sent and returned says {@code nullable} of each property it does not require: a client may leave
 * it out of a request, and a response carries it as {@code null}.</li>
 * </ul>
 * Tests validate the services' real responses against the committed document, which keeps these claims honest.
 */
public class ContractFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String SCHEMAS_PREFIX = "#/components/schemas/";
    /**
     * The problem body leaves out what an occurrence does not have (no {@code errors} outside validation failures):
     * its schemas keep the {@code required} they are written with.
     */
    static final Set<String> PROBLEM_SCHEMAS = Set.of("Problem", "ProblemFieldError");
    /** Longest text a response carries: the longest a request may send, so everything stored fits. */
    static final int RESPONSE_TEXT_MAX_LENGTH = JsonInputLimits.TEXT_MAX_LENGTH;
    /**
     * Largest document (CSV, XLSX, PDF, FEC) a service generates, in bytes: a declared ceiling, not a measured size.
     * Documents are built in memory from one production's records, whose lists are themselves bounded.
     */
    static final int DOCUMENT_MAX_LENGTH = 100 * 1024 * 1024;
    /** Longest URL a {@code Location} names: the edge's origin and prefix, then a path of a few UUIDs. */
    static final int LOCATION_MAX_LENGTH = 2_000;
    /** An ETag is a version in quotes: a long has at most 20 characters with its sign, 22 quoted. */
    static final int ETAG_MAX_LENGTH = 22;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addProblemSchemas(openAPI);
        localDateTimeWithoutOffset(openAPI);
        describeSecurityScheme(openAPI);
        markServersPublic(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                    orderPathParameters(path.getKey(), entry.getValue());
                    declareProblems(path.getKey(), entry.getKey(), entry.getValue());
                }
            }
        }
        boundFormattedStrings(openAPI);
        SchemaUse use = SchemaUse.of(openAPI);
        for (String name : use.responseOnly()) {
            Schema schema = openAPI.getComponents().getSchemas().get(name);
            if (!PROBLEM_SCHEMAS.contains(name)) {
                requireAllProperties(schema);
            }
        }
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ContractFilter::boundValues);
        }
        declareClientHeaders(openAPI);
        for (String name : use.inResponses()) {
            if (use.inRequests().contains(name) && !PROBLEM_SCHEMAS.contains(name)) {
                nullableUnlessRequired(openAPI.getComponents().getSchemas().get(name));
            }
        }
        boundOperations(openAPI);
        // a reference written with its own example or description takes the bound its target has now
        boundFormattedStrings(openAPI);
    }

    /** The parameters and the inline bodies of every operation get the bounds the service enforces. */
    static void boundOperations(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        long bodyLimit = bodyLimit();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    for (Parameter p : operation.getParameters()) {
                        boundParameter(p);
                    }
                }
                if (operation.getRequestBody() != null) {
                    boundBodies(operation.getRequestBody().getContent(), bodyLimit);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        boundBodies(response.getContent(), DOCUMENT_MAX_LENGTH);
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(header -> boundValues(header.getSchema()));
                        }
                    }
                }
            }
        }
    }

    private static void boundParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null) {
            return;
        }
        if (isString(schema) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            boolean idempotencyKey = parameter.getIn() == Parameter.In.HEADER
                    && IdempotencyKeys.HEADER.equalsIgnoreCase(parameter.getName());
            schema.setMaxLength(idempotencyKey ? IdempotencyKeys.MAX_LENGTH : KnownQueryParameters.VALUE_MAX_LENGTH);
        }
        boundValues(schema);
    }

    /**
     * A JSON body's values are bounded like the named schemas; a body that is a text or a file as a whole (a CSV
     * sent, a PDF returned) by its size in bytes, which bounds its characters.
     */
    private static void boundBodies(Content content, long wholeBodyLimit) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            Schema schema = media.getValue().getSchema();
            if (schema == null) {
                continue;
            }
            if (!media.getKey().contains("json") && isString(schema) && schema.getMaxLength() == null) {
                schema.setMaxLength((int) Math.min(Integer.MAX_VALUE, wholeBodyLimit));
            }
            boundValues(schema);
        }
    }

    /** {@code quarkus.http.limits.max-body-size} in bytes (Quarkus' default, 10M, when not set). */
    static long bodyLimit() {
        String value = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", String.class).orElse("10M").trim().toUpperCase();
        long unit = switch (value.charAt(value.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        String digits = unit == 1L ? value : value.substring(0, value.length() - 1);
        return Long.parseLong(digits) * unit;
    }

    private static void addProblemSchemas(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("ProblemFieldError", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field of a request")
                .required(List.of("field", "reason"))
                .addProperty("field", text(500).description("JSON path of the field, e.g. delegatedProducer.siret"))
                .addProperty("reason", text(2_000)));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text(500).description("URI reference identifying the problem type"))
                .addProperty("title", text(200))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", text(RESPONSE_TEXT_MAX_LENGTH))
                .addProperty("instance", text(2_000))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).maxItems(1_000)
                        .items(OASFactory.createSchema().ref(SCHEMAS_PREFIX + "ProblemFieldError"))));
    }

    private static Schema text(int maxLength) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(maxLength);
    }

    /**
     * SmallRye describes {@code LocalDateTime} as {@code format: date-time}, which is RFC 3339's date-time with an
     * offset; the services write a wall-clock time without one ({@code 2027-03-10T08:00}, Europe/Paris), so the
     * schema says that instead and a validating client accepts what it is sent.
     */
    static void localDateTimeWithoutOffset(OpenAPI openAPI) {
        Schema schema = openAPI.getComponents().getSchemas() == null ? null
                : openAPI.getComponents().getSchemas().get("LocalDateTime");
        if (schema == null || !"date-time".equals(schema.getFormat())) {
            return;
        }
        schema.setFormat(null);
        schema.setPattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$");
        schema.setMaxLength(29);
        schema.setDescription("A local date and time without offset, ISO 8601 (Europe/Paris wall clock)");
        schema.setExample("2027-03-10T08:00:00");
    }

    private static void describeSecurityScheme(OpenAPI openAPI) {
        if (openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        for (SecurityScheme scheme : openAPI.getComponents().getSecuritySchemes().values()) {
            if (scheme.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(scheme.getScheme())) {
                scheme.setBearerFormat("JWT");
                String description = scheme.getDescription() == null ? "" : scheme.getDescription() + ". ";
                if (!description.contains("RFC8725")) {
                    scheme.setDescription(description + "Signed tokens verified as RFC8725 (JWT best current practices) "
                            + "recommends: RS256 signature, issuer, expiry.");
                }
            }
        }
    }

    /**
     * The server is the service's path behind the edge ({@code bobine.openapi.server}, e.g. {@code /api/budget}),
     * public, the same in every environment: said so, as API inventories expect.
     */
    private static void markServersPublic(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            java.util.Optional<String> path = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("bobine.openapi.server", String.class);
            if (path.isEmpty()) {
                return;
            }
            openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(path.get()))));
        }
        for (Server server : openAPI.getServers()) {
            if (server.getExtensions() == null || !server.getExtensions().containsKey("x-internal")) {
                server.addExtension("x-internal", false);
            }
            if (server.getDescription() == null || server.getDescription().isBlank()) {
                server.setDescription("This service behind the edge, relative to its origin: the same path locally "
                        + "(./bobine run, http://localhost:8080), in staging and in production");
            }
        }
    }

    /** Path parameters first, in the order they appear in the path; the other parameters keep their order. */
    static void orderPathParameters(String path, Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null || parameters.size() < 2) {
            return;
        }
        List<Parameter> ordered = new ArrayList<>(parameters);
        ordered.sort(Comparator.comparingInt(p -> position(path, p)));
        operation.setParameters(ordered);
    }

    private static int position(String path, Parameter parameter) {
        if (parameter.getIn() != Parameter.In.PATH || parameter.getName() == null) {
            return Integer.MAX_VALUE;
        }
        int at = path.indexOf("{" + parameter.getName() + "}");
        return at < 0 ? Integer.MAX_VALUE - 1 : at;
    }

    /**
     * Every operation may answer 400 (malformed input, unknown query parameter), 401, 403 and 500; under an id 404;
     * a body 413 when too large; a change 409 and 422; with If-Match 412 and 428.
     */
    static void declareProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        boolean change = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        add(operation, "400", "Malformed or invalid request");
        add(operation, "401", "Missing or invalid bearer token");
        add(operation, "403", "The token's roles do not allow this operation");
        if (path.contains("{")) {
            add(operation, "404", "Unknown resource");
        }
        if (operation.getRequestBody() != null) {
            add(operation, "413", "The request body is larger than the service accepts");
        }
        if (change) {
            add(operation, "409", "Conflicts with the current state");
            add(operation, "422", "Refused by a business rule");
        }
        Parameter ifMatch = header(operation, "If-Match");
        if (ifMatch != null || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE) {
            add(operation, "412", "If-Match does not name the current version");
            // an optional If-Match may still be asked for once the resource exists (a first write needs none)
            add(operation, "428", "If-Match is missing");
        }
        add(operation, "500", "Unexpected error");
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                withProblemBody(response.getKey(), response.getValue());
            }
        }
    }

    /** Location on a 201, Content-Disposition on a file, ETag on a body that carries the resource's version. */
    static void declareClientHeaders(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> named = openAPI.getComponents().getSchemas() == null ? Map.of()
                : openAPI.getComponents().getSchemas();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
                    String status = entry.getKey();
                    APIResponse response = entry.getValue();
                    if (!status.startsWith("2")) {
                        continue;
                    }
                    if ("201".equals(status)) {
                        declareHeader(response, "Location", "URL of the created resource", LOCATION_MAX_LENGTH);
                    }
                    Content content = response.getContent();
                    if (content == null || content.getMediaTypes() == null) {
                        continue;
                    }
                    for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
                        if (!media.getKey().contains("json")) {
                            declareHeader(response, "Content-Disposition", "attachment; filename=\"...\": the file's name",
                                    KnownQueryParameters.VALUE_MAX_LENGTH);
                        } else if (carriesVersion(media.getValue().getSchema(), named)) {
                            declareHeader(response, "ETag", "The resource's version, quoted; send it back in If-Match to change it",
                                    ETAG_MAX_LENGTH);
                        }
                    }
                }
            }
        }
    }

    private static void declareHeader(APIResponse response, String name, String description, int maxLength) {
        if (response.getHeaders() != null && response.getHeaders().keySet().stream().anyMatch(name::equalsIgnoreCase)) {
            return;
        }
        response.addHeader(name, OASFactory.createHeader().description(description).schema(text(maxLength)));
    }

    private static boolean carriesVersion(Schema schema, Map<String, Schema> named) {
        if (schema == null) {
            return false;
        }
        String ref = schema.getRef() != null ? schema.getRef() : soleReference(schema);
        Schema target = ref == null ? schema : named.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (target == null || target.getProperties() == null) {
            return false;
        }
        Schema version = target.getProperties().get("version");
        // the version itself, or a summary of the version that carries it (a budget version read in full)
        return version != null && (isInteger(version) || version.getRef() != null && carriesVersion(version, named));
    }

    /** Each property the schema does not require may be null: the services write every property, nulls included. */
    static void nullableUnlessRequired(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
        for (Map.Entry<String, Schema> property : new ArrayList<>(schema.getProperties().entrySet())) {
            Schema p = property.getValue();
            if (required.contains(property.getKey()) || (p.getType() != null && p.getType().contains(Schema.SchemaType.NULL))) {
                continue;
            }
            if (p.getRef() != null) {
                Schema nullable = OASFactory.createSchema().anyOf(List.of(OASFactory.createSchema().ref(p.getRef()),
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))));
                schema.addProperty(property.getKey(), nullable);
            } else if (p.getType() != null) {
                List<Schema.SchemaType> types = new ArrayList<>(p.getType());
                types.add(Schema.SchemaType.NULL);
                p.setType(types);
            } else if (soleReference(p) != null && p.getAllOf() != null) {
                List<Schema.SchemaType> types = new ArrayList<>(List.of(Schema.SchemaType.NULL));
                p.setAnyOf(List.of(OASFactory.createSchema().ref(soleReference(p)), OASFactory.createSchema().type(types)));
                p.setAllOf(null);
            }
        }
    }

    private static Parameter header(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        for (Parameter p : operation.getParameters()) {
            if (p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName())) {
                return p;
            }
        }
        return null;
    }

    private static void add(Operation operation, String status, String description) {
        if (!operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** An error response without a body of its own gets the problem body; Quarkus' terse descriptions get ours. */
    private static void withProblemBody(String status, APIResponse response) {
        String description = response.getDescription();
        if (description == null || description.isBlank() || "Not Authorized".equals(description)
                || "Not Allowed".equals(description) || "Bad Request".equals(description)) {
            response.setDescription(switch (status) {
                case "400" -> "Malformed or invalid request";
                case "401" -> "Missing or invalid bearer token";
                case "403" -> "The token's roles do not allow this operation";
                default -> description == null || description.isBlank() ? "Error" : description;
            });
        }
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
        if ("401".equals(status) && (response.getHeaders() == null || !response.getHeaders().containsKey("WWW-Authenticate"))) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().description("Bearer")
                    .schema(text(200)));
        }
    }

    /** A UUID, a date or an instant cannot be longer than its format; saying so bounds every such string. */
    static void boundFormattedStrings(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Schema schema : schemas.values()) {
            boundFormats(schema, seen);
        }
        seen.clear();
        for (Schema schema : schemas.values()) {
            boundReferringStrings(schema, schemas, seen);
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        for (Parameter p : operation.getParameters()) {
                            boundFormats(p.getSchema(), seen);
                        }
                    }
                }
            }
        }
    }

    private static void boundFormats(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (isString(schema) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            Integer max = schema.getFormat() == null ? null : switch (schema.getFormat()) {
                case "uuid" -> 36;
                case "date" -> 10;
                case "date-time" -> 35;
                case "time", "local-time" -> 18;
                case "duration" -> 50;
                default -> null;
            };
            if (max != null) {
                schema.setMaxLength(max);
            }
        }
        forEachChild(schema, child -> boundFormats(child, seen));
    }

    /**
     * A reference that documents itself (a {@code description}, {@code nullable}) is written
     * {@code {type: string, allOf: [$ref]}} in OpenAPI 3.0 (SmallRye holds a nullable one as
     * {@code anyOf: [$ref, {type: null}]}): it takes the bound of the string it refers to, or of the longest value of
     * the enumeration it refers to.
     */
    private static void boundReferringStrings(Schema schema, Map<String, Schema> named, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        String ref = schema.getRef() != null ? schema.getRef() : soleReference(schema);
        boolean documented = schema.getRef() == null || schema.getDescription() != null || schema.getExample() != null
                || schema.getDefaultValue() != null || schema.getTitle() != null
                || (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL));
        if (ref != null && documented && schema.getMaxLength() == null) {
            Integer bound = stringBound(named.get(ref.substring(ref.lastIndexOf('/') + 1)));
            if (bound != null) {
                schema.setMaxLength(bound);
            }
        }
        forEachChild(schema, child -> boundReferringStrings(child, named, seen));
    }

    /** The one schema {@code allOf: [$ref]} or {@code anyOf: [$ref, {type: null}]} refers to, else null. */
    static String soleReference(Schema schema) {
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            return schema.getAllOf().get(0).getRef();
        }
        if (schema.getAnyOf() == null) {
            return null;
        }
        String ref = null;
        for (Schema option : schema.getAnyOf()) {
            if (option.getRef() != null && ref == null) {
                ref = option.getRef();
            } else if (option.getRef() != null || !List.of(Schema.SchemaType.NULL).equals(option.getType())) {
                return null;
            }
        }
        return ref;
    }

    private static Integer stringBound(Schema target) {
        if (target == null || target.getRef() != null) {
            return null;
        }
        if (target.getEnumeration() != null && !target.getEnumeration().isEmpty()) {
            return target.getEnumeration().stream().mapToInt(value -> String.valueOf(value).length()).max().getAsInt();
        }
        return isString(target) ? target.getMaxLength() : null;
    }

    static void requireAllProperties(Schema schema) {
        if (schema == null || schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return;
        }
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        required.addAll(schema.getProperties().keySet());
        schema.setRequired(new ArrayList<>(required));
    }

    /**
     * Integers are bounded by their format, texts by {@link JsonInputLimits#TEXT_MAX_LENGTH} and lists by
     * {@link JsonInputLimits#MAX_ITEMS} unless the schema says tighter; inline properties only (named schemas are
     * bounded on their own).
     */
    static void boundValues(Schema schema) {
        if (schema == null) {
            return;
        }
        if (isInteger(schema) && (schema.getMinimum() == null || schema.getMaximum() == null)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null) {
                schema.setMinimum(java.math.BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(java.math.BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (isString(schema) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && soleReference(schema) == null) {
            schema.setMaxLength(RESPONSE_TEXT_MAX_LENGTH);
        }
        if (schema.getRef() == null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)
                && schema.getMaxItems() == null) {
            schema.setMaxItems(JsonInputLimits.MAX_ITEMS);
        }
        if (schema.getRef() == null) {
            forEachChild(schema, ContractFilter::boundValues);
        }
    }

    static boolean isString(Schema schema) {
        return schema.getRef() == null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    static boolean isInteger(Schema schema) {
        return schema.getRef() == null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER);
    }

    static void forEachChild(Schema schema, java.util.function.Consumer<Schema> action) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(action);
        }
        if (schema.getItems() != null) {
            action.accept(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            action.accept(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (composed != null) {
                composed.forEach(action);
            }
        }
    }

    /** Which named schemas requests use and which responses use, following references all the way down. */
    record SchemaUse(Set<String> inRequests, Set<String> inResponses) {

        static SchemaUse of(OpenAPI openAPI) {
            Map<String, Schema> named = openAPI.getComponents().getSchemas() == null ? Map.of()
                    : openAPI.getComponents().getSchemas();
            Set<String> requests = new HashSet<>();
            Set<String> responses = new HashSet<>();
            if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
                for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                    for (Operation operation : item.getOperations().values()) {
                        if (operation.getRequestBody() != null) {
                            reach(operation.getRequestBody().getContent(), named, requests);
                        }
                        if (operation.getParameters() != null) {
                            for (Parameter p : operation.getParameters()) {
                                reach(p.getSchema(), named, requests);
                            }
                        }
                        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                                reach(response.getContent(), named, responses);
                            }
                        }
                    }
                }
            }
            return new SchemaUse(requests, responses);
        }

        Set<String> responseOnly() {
            Set<String> only = new java.util.TreeSet<>(inResponses);
            only.removeAll(inRequests);
            return only;
        }

        private static void reach(Content content, Map<String, Schema> named, Set<String> into) {
            if (content == null || content.getMediaTypes() == null) {
                return;
            }
            for (MediaType media : content.getMediaTypes().values()) {
                reach(media.getSchema(), named, into);
            }
        }

        private static void reach(Schema schema, Map<String, Schema> named, Set<String> into) {
            if (schema == null) {
                return;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (into.add(name)) {
                    reach(named.get(name), named, into);
                }
                return;
            }
            forEachChild(schema, child -> reach(child, named, into));
        }
    }
}
