package fr.bobine.crew.grid;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PositionList", description = "Positions of the salary grids")
public record PositionList(List<PositionDto> items) {
}
