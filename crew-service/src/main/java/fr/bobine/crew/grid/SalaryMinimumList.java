package fr.bobine.crew.grid;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SalaryMinimumList", description = "Dated salary minima of a position")
public record SalaryMinimumList(List<SalaryMinimumDto> items) {
}
