package fr.bobine.budget.payment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentImport", description = "A payments file imported from the accounting software and what it booked")
public record PaymentImportDto(UUID id, @Schema(nullable = true) String fileName,
        @Schema(description = "SHA-256 of the file's bytes, hexadecimal") String sha256,
        @Schema(description = "payment lines in the file") int linesRead,
        @Schema(description = "lines booked by this import") int linesBooked,
        @Schema(description = "lines an earlier import or entry had already booked") int linesAlreadyBooked,
        Instant importedAt, @Schema(description = "the payments this import booked") List<PaymentDto> payments) {
}
