package fr.bobine.rights.availability;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AvailabilityAnswer", description = "Whether the right is available and, when it is not, every reason why")
public record AvailabilityAnswer(AvailabilityQuery query, boolean available, List<String> reasons) {
}
