package fr.bobine.rights.statement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatementDeadlineList", description = "Deadlines as of a date, soonest first")
public record StatementDeadlineList(LocalDate asOf, List<StatementDeadline> items) {
}
