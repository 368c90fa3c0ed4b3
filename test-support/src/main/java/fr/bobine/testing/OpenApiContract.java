package fr.bobine.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;

/**
 * The committed {@code src/main/openapi/openapi.yaml} must be the document the running service serves, so every API
 * change shows in review. Run the tests with {@code -Dbobine.openapi.update=true} to rewrite it after a deliberate
 * change.
 */
public final class OpenApiContract {

    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");

    private OpenApiContract() {
    }

    public static void assertServedDocumentIsCommitted() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("bobine.openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served);
            return;
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        if (!committed.equals(served)) {
            Path actual = Path.of("target/openapi-served.yaml");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, served);
            Assertions.fail("The API changed: " + COMMITTED + " differs from what the service serves (written to " + actual
                    + "). Review the difference, then rerun with -Dbobine.openapi.update=true and commit the document.");
        }
    }
}
