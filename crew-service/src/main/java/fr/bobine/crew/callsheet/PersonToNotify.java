package fr.bobine.crew.callsheet;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonToNotify", description = "Someone who must be told of a late change, and why")
public record PersonToNotify(UUID personId, String name, List<LateChange.Reason> reasons) {
}
