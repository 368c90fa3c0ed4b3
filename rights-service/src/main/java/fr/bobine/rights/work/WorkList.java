package fr.bobine.rights.work;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkList")
public record WorkList(List<WorkDto> items) {
}
