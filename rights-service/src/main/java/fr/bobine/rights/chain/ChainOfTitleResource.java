package fr.bobine.rights.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.document.PdfDocument;
import fr.bobine.platform.security.Roles;
import fr.bobine.rights.availability.RightsMedia;
import fr.bobine.rights.contract.RightsContractDto;
import fr.bobine.rights.work.WorkDto;

@Path("/productions/{productionId}/chain-of-title")
@Tag(name = "Chain of title", description = "Who granted the production which rights in each work, and what is missing")
@Produces(MediaType.APPLICATION_JSON)
public class ChainOfTitleResource {

    @Inject
    ChainOfTitleService service;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getChainOfTitle", summary = "Assess the chain of title",
            description = "Every work with the contracts that cover it and the gaps: a work with no contract, a needed media x "
                    + "territory no contract grants, a term ending before the planned release, a missing signature.")
    public ChainOfTitleReport getChainOfTitle(@PathParam("productionId") UUID productionId,
            @Parameter(description = "Planned release date; terms must reach it") @QueryParam("plannedRelease") LocalDate plannedRelease,
            @Parameter(description = "Media the planned exploitation needs (repeatable)") @QueryParam("media") List<RightsMedia> media,
            @Parameter(description = "Territories the planned exploitation needs, ISO 3166-1 alpha-2 or WW (repeatable)")
            @QueryParam("territory") List<String> territories) {
        return service.chain(productionId, plannedRelease, media == null ? List.of() : media,
                territories == null ? List.of() : territories);
    }

    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "downloadChainOfTitlePdf", summary = "Export the chain of title as PDF",
            description = "The chain of title as a printable PDF for a lawyer or an E&O insurer: the planned exploitation, every "
                    + "work with its holders and the contracts that cover it, then the gaps.")
    @APIResponse(responseCode = "200", description = "The PDF file",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> downloadChainOfTitlePdf(@PathParam("productionId") UUID productionId,
            @Parameter(description = "Planned release date; terms must reach it") @QueryParam("plannedRelease") LocalDate plannedRelease,
            @Parameter(description = "Media the planned exploitation needs (repeatable)") @QueryParam("media") List<RightsMedia> media,
            @Parameter(description = "Territories the planned exploitation needs, ISO 3166-1 alpha-2 or WW (repeatable)")
            @QueryParam("territory") List<String> territories) {
        ChainOfTitleReport report = service.chain(productionId, plannedRelease, media == null ? List.of() : media,
                territories == null ? List.of() : territories);
        String name = "chain-of-title-" + productionId + ".pdf";
        return RestResponse.ResponseBuilder.ok(pdf(report), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    static byte[] pdf(ChainOfTitleReport report) {
        PdfDocument doc = PdfDocument.portrait().title("Chaîne des droits (chain of title)")
                .field("Production", report.productionTitle())
                .field("Sortie prévue", report.plannedRelease() == null ? "" : report.plannedRelease().toString())
                .field("Modes d'exploitation", String.join(", ", report.neededMedia().stream().map(String::valueOf).toList()))
                .field("Territoires", String.join(", ", report.neededTerritories()))
                .field("Chaîne complète", report.complete() ? "oui" : "non");
        for (ChainLink link : report.works()) {
            WorkDto work = link.work();
            doc.heading("Oeuvre : " + work.title())
                    .field("Nature", String.valueOf(work.kind()))
                    .field("Ayants droit", String.join(", ", work.holders().stream().map(h -> h.name()).toList()));
            List<List<String>> rows = new ArrayList<>();
            for (RightsContractDto c : link.contracts()) {
                String blocks = String.join("; ", c.blocks().stream()
                        .map(b -> b.media() + " " + b.territories() + " jusqu'au " + b.termEnd()).toList());
                rows.add(List.of(String.valueOf(c.kind()), nullToEmpty(c.holderName()), nullToEmpty(c.reference()),
                        String.valueOf(c.status()), c.signedOn() == null ? "" : c.signedOn().toString(), blocks));
            }
            if (rows.isEmpty()) {
                doc.text("Aucun contrat.");
            } else {
                doc.table(new float[] { 3, 4, 3, 2, 2, 7 }, List.of("Contrat", "Cédant", "Référence", "Statut", "Signé le", "Droits cédés"),
                        rows);
            }
        }
        doc.heading("Lacunes");
        if (report.gaps().isEmpty()) {
            doc.text("Aucune lacune.");
        } else {
            doc.table(new float[] { 3, 3, 8 }, List.of("Nature", "Oeuvre", "Détail"), report.gaps().stream()
                    .map(g -> List.of(String.valueOf(g.kind()), nullToEmpty(g.workTitle()), nullToEmpty(g.detail()))).toList());
        }
        return doc.toBytes();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
