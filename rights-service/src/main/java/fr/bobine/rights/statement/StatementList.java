package fr.bobine.rights.statement;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatementList", description = "Statements issued for a production, newest period first")
public record StatementList(List<StatementDto> items) {
}
