package fr.bobine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import io.restassured.response.Response;

/** Checks a PDF response and reads its text back with PDFBox. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(Response response, String fileNamePrefix) {
        response.then().statusCode(200);
        assertEquals("application/pdf", response.contentType().split(";")[0].trim());
        String disposition = response.header("Content-Disposition");
        assertTrue(disposition != null && disposition.startsWith("attachment; filename=\"" + fileNamePrefix) && disposition.endsWith(".pdf\""),
                "Content-Disposition " + disposition);
        byte[] body = response.asByteArray();
        assertEquals("%PDF", new String(body, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(body)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertContains(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), "PDF text lacks \"" + e + "\":\n" + text);
        }
    }
}
