package fr.bobine.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ContractFilterTest {

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }

    private static Parameter path(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true).schema(ref("UUID"));
    }

    /** GET /productions/{productionId}/contracts/{contractId} returning Contract; POST of NewContract returning it too. */
    private static OpenAPI document() {
        Operation get = OASFactory.createOperation().operationId("getContract")
                .parameters(new java.util.ArrayList<>(List.of(
                        OASFactory.createParameter().name("lang").in(Parameter.In.QUERY).schema(string()),
                        path("contractId"), path("productionId"))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().content(OASFactory.createContent()
                                .addMediaType("application/json", OASFactory.createMediaType().schema(ref("Contract")))))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized")));
        Operation post = OASFactory.createOperation().operationId("createContract")
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType().schema(ref("NewContract")))))
                .responses(OASFactory.createAPIResponses().addAPIResponse("201", OASFactory.createAPIResponse()
                        .content(OASFactory.createContent()
                                .addMediaType("application/json", OASFactory.createMediaType().schema(ref("Contract"))))));
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem("/productions/{productionId}/contracts/{contractId}", OASFactory.createPathItem().GET(get))
                        .addPathItem("/productions/{productionId}/contracts", OASFactory.createPathItem().POST(post)))
                .components(OASFactory.createComponents()
                        .addSchema("UUID", string().format("uuid"))
                        .addSchema("Contract", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                                .addProperty("id", ref("UUID"))
                                .addProperty("role", string())
                                .addProperty("hours", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                                        .format("int32"))
                                .addProperty("note", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL))))
                        .addSchema("NewContract", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                                .required(new java.util.ArrayList<>(List.of("role")))
                                .addProperty("role", string().maxLength(100))
                                .addProperty("note", string().maxLength(2000))
                                .addProperty("start", nullable(ref("LocalDate")))
                                .addProperty("kind", nullable(ref("ContractKind"))))
                        .addSchema("LocalDate", string().format("date"))
                        .addSchema("ContractKind", string().enumeration(List.of("CDDU", "PERMANENT_STAFF"))));
    }

    /** How SmallRye holds a nullable reference: {@code anyOf: [$ref, {type: null}]}. */
    private static Schema nullable(Schema reference) {
        return OASFactory.createSchema().anyOf(List.of(reference,
                OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))));
    }

    @Test
    void pathParametersComeFirstInTheOrderOfThePath() {
        OpenAPI doc = document();
        new ContractFilter().filterOpenAPI(doc);
        List<Parameter> parameters = doc.getPaths().getPathItem("/productions/{productionId}/contracts/{contractId}").getGET()
                .getParameters();
        assertEquals(List.of("productionId", "contractId", "lang"), parameters.stream().map(Parameter::getName).toList());
    }

    @Test
    void everyErrorStatusCarriesTheProblemBodyEvenTheOnesQuarkusAdds() {
        OpenAPI doc = document();
        new ContractFilter().filterOpenAPI(doc);
        Operation get = doc.getPaths().getPathItem("/productions/{productionId}/contracts/{contractId}").getGET();
        for (String status : List.of("400", "401", "403", "404", "500")) {
            assertTrue(get.getResponses().getAPIResponse(status).getContent().hasMediaType("application/problem+json"), status);
        }
        assertEquals("Missing or invalid bearer token", get.getResponses().getAPIResponse("401").getDescription());
        assertFalse(get.getResponses().hasAPIResponse("413"), "a GET has no body to be too large");
        Operation post = doc.getPaths().getPathItem("/productions/{productionId}/contracts").getPOST();
        for (String status : List.of("409", "413", "422")) {
            assertTrue(post.getResponses().hasAPIResponse(status), status);
        }
        assertFalse(post.getResponses().hasAPIResponse("412"), "no If-Match on a POST");
    }

    @Test
    void aSchemaOnlyReturnedListsEveryPropertyAsRequiredAndBoundsItsValues() {
        OpenAPI doc = document();
        new ContractFilter().filterOpenAPI(doc);
        Schema contract = doc.getComponents().getSchemas().get("Contract");
        assertEquals(List.of("id", "role", "hours", "note"), contract.getRequired());
        assertEquals(ContractFilter.RESPONSE_TEXT_MAX_LENGTH, contract.getProperties().get("role").getMaxLength());
        assertEquals(java.math.BigDecimal.valueOf(Integer.MAX_VALUE), contract.getProperties().get("hours").getMaximum());
        assertEquals(36, doc.getComponents().getSchemas().get("UUID").getMaxLength());
    }

    @Test
    void aSchemaClientsSendKeepsTheRequiredItDeclares() {
        OpenAPI doc = document();
        new ContractFilter().filterOpenAPI(doc);
        Schema input = doc.getComponents().getSchemas().get("NewContract");
        assertEquals(List.of("role"), input.getRequired());
        assertNull(input.getProperties().get("note").getMinLength());
    }

    @Test
    void aNullableReferenceToAStringOrAnEnumerationTakesItsLength() {
        OpenAPI doc = document();
        new ContractFilter().filterOpenAPI(doc);
        Schema input = doc.getComponents().getSchemas().get("NewContract");
        assertEquals(10, input.getProperties().get("start").getMaxLength());
        // the longest value, PERMANENT_STAFF, has 15 letters
        assertEquals(15, input.getProperties().get("kind").getMaxLength());
    }

    @Test
    void aProblemLeavesOutWhatItDoesNotHave() {
        OpenAPI doc = document();
        new ContractFilter().filterOpenAPI(doc);
        assertEquals(List.of("type", "title", "status"), doc.getComponents().getSchemas().get("Problem").getRequired());
        assertEquals(List.of("field", "reason"), doc.getComponents().getSchemas().get("ProblemFieldError").getRequired());
    }

    private static Schema object() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT));
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse json(Schema schema) {
        return OASFactory.createAPIResponse().content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().schema(schema)));
    }

    /** A resource with a version, created, read, replaced with an optional If-Match, and downloaded as CSV. */
    private static OpenAPI versioned() {
        Operation create = OASFactory.createOperation().operationId("createSheet")
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType().schema(ref("Sheet")))))
                .responses(OASFactory.createAPIResponses().addAPIResponse("201", json(ref("Sheet"))));
        Operation read = OASFactory.createOperation().operationId("getSheet")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", json(ref("SheetDetail"))));
        Operation replace = OASFactory.createOperation().operationId("replaceSheet")
                .parameters(new java.util.ArrayList<>(List.of(OASFactory.createParameter().name("If-Match")
                        .in(Parameter.In.HEADER).schema(string()))))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", json(ref("Sheet"))));
        Operation download = OASFactory.createOperation().operationId("downloadSheetCsv")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .content(OASFactory.createContent().addMediaType("text/csv",
                                OASFactory.createMediaType().schema(string())))));
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem("/sheets", OASFactory.createPathItem().POST(create))
                        .addPathItem("/sheets/{sheetId}", OASFactory.createPathItem().GET(read).PUT(replace))
                        .addPathItem("/sheets/{sheetId}/export.csv", OASFactory.createPathItem().GET(download)))
                .components(OASFactory.createComponents()
                        .addSchema("Sheet", object().required(new java.util.ArrayList<>(List.of("title")))
                                .addProperty("title", string())
                                .addProperty("note", string())
                                .addProperty("owner", ref("Person"))
                                .addProperty("version", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                                        .format("int64")))
                        .addSchema("SheetDetail", object().addProperty("version", ref("Sheet")).addProperty("lines", string()))
                        .addSchema("Person", object().addProperty("name", string()))
                        .addSchema("LocalDateTime", string().format("date-time")));
    }

    @Test
    void theHeadersAClientReadsAreDeclaredWhereTheServicesSendThem() {
        OpenAPI doc = versioned();
        new ContractFilter().filterOpenAPI(doc);
        var created = doc.getPaths().getPathItem("/sheets").getPOST().getResponses().getAPIResponse("201");
        assertTrue(created.getHeaders().containsKey("Location"), "a 201 says where the new resource is");
        assertTrue(created.getHeaders().containsKey("ETag"), "a body with a version carries it as ETag");
        var read = doc.getPaths().getPathItem("/sheets/{sheetId}").getGET().getResponses().getAPIResponse("200");
        assertTrue(read.getHeaders().containsKey("ETag"), "a version summary carries the resource's version");
        assertFalse(read.getHeaders().containsKey("Location"), "only a 201 has a Location");
        var file = doc.getPaths().getPathItem("/sheets/{sheetId}/export.csv").getGET().getResponses().getAPIResponse("200");
        assertTrue(file.getHeaders().containsKey("Content-Disposition"), "a file names itself");
        assertEquals(ContractFilter.ETAG_MAX_LENGTH, created.getHeaders().get("ETag").getSchema().getMaxLength());
    }

    @Test
    void anOptionalIfMatchMayStillBeAskedFor() {
        OpenAPI doc = versioned();
        new ContractFilter().filterOpenAPI(doc);
        Operation replace = doc.getPaths().getPathItem("/sheets/{sheetId}").getPUT();
        assertTrue(replace.getResponses().hasAPIResponse("412"));
        assertTrue(replace.getResponses().hasAPIResponse("428"));
    }

    @Test
    void aSchemaSentAndReturnedSaysNullableOfWhatItDoesNotRequire() {
        OpenAPI doc = versioned();
        new ContractFilter().filterOpenAPI(doc);
        Schema sheet = doc.getComponents().getSchemas().get("Sheet");
        assertEquals(List.of("title"), sheet.getRequired(), "a schema clients send keeps its required");
        assertFalse(sheet.getProperties().get("title").getType().contains(Schema.SchemaType.NULL), "required: never null");
        assertTrue(sheet.getProperties().get("note").getType().contains(Schema.SchemaType.NULL));
        Schema owner = sheet.getProperties().get("owner");
        assertEquals("#/components/schemas/Person", ContractFilter.soleReference(owner), "a reference becomes anyOf [ref, null]");
        assertTrue(owner.getAnyOf().get(1).getType().contains(Schema.SchemaType.NULL));
    }

    @Test
    void aLocalDateTimeIsAWallClockTimeWithoutOffset() {
        OpenAPI doc = versioned();
        new ContractFilter().filterOpenAPI(doc);
        Schema local = doc.getComponents().getSchemas().get("LocalDateTime");
        assertNull(local.getFormat(), "RFC 3339 date-time needs an offset the services do not send");
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(local.getPattern());
        assertTrue(pattern.matcher("2027-03-10T08:00").matches());
        assertTrue(pattern.matcher("2027-03-10T08:00:00").matches());
        assertTrue(pattern.matcher("2027-03-10T08:00:00.123").matches());
        assertFalse(pattern.matcher("2027-03-10T08:00:00Z").matches());
        assertFalse(pattern.matcher("2027-03-10").matches());
    }
}
