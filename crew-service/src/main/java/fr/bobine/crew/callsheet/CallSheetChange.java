package fr.bobine.crew.callsheet;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CallSheetChange", description = "What changed since the day's call sheet last sent, and who must be told")
public record CallSheetChange(UUID supersedes, int supersededNumber, List<PersonToNotify> toNotify) {
}
