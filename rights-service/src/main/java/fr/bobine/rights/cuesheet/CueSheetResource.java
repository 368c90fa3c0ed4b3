package fr.bobine.rights.cuesheet;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.document.PdfDocument;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/cue-sheets")
@Tag(name = "Cue sheets", description = "Music cue sheets for SACEM, per production or per episode")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CueSheetResource {

    @Inject
    CueSheetService service;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "createCueSheet", summary = "Draw up a cue sheet",
            description = "The cues with their identifiers, origin, use, timecodes and parties. Refused with every violation when "
                    + "shares do not sum to 100% per right type, a cue ends before it starts, cues overlap on a track, the music is "
                    + "longer than the programme or an ISWC, ISRC or IPI is malformed. One cue sheet per production or episode (409).")
    @APIResponse(responseCode = "201", description = "Drawn up", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CueSheetDto.class)))
    public RestResponse<CueSheetDto> createCueSheet(@PathParam("productionId") UUID productionId, @Valid @NotNull NewCueSheet request) {
        CueSheetDto sheet = service.create(productionId, request);
        URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("cue-sheets")
                .path(sheet.id().toString()).build();
        return RestResponse.ResponseBuilder.<CueSheetDto> created(location).entity(sheet).header("ETag", Etags.of(sheet.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listCueSheets", summary = "List the production's cue sheets",
            description = "The film's, or one per episode by episode number, paginated with page and size.")
    public CueSheetPage listCueSheets(@PathParam("productionId") UUID productionId, @Valid @BeanParam PageRequest page) {
        return service.list(productionId, page);
    }

    @GET
    @Path("/{cueSheetId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getCueSheet", summary = "Read a cue sheet", description = "The cue sheet; the ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "The cue sheet", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CueSheetDto.class)))
    public RestResponse<CueSheetDto> getCueSheet(@PathParam("productionId") UUID productionId, @PathParam("cueSheetId") UUID cueSheetId) {
        CueSheetDto sheet = service.find(productionId, cueSheetId).orElseThrow(() -> ProblemException.notFound("cue sheet", cueSheetId));
        return RestResponse.ResponseBuilder.ok(sheet).header("ETag", Etags.of(sheet.version())).build();
    }

    @PUT
    @Path("/{cueSheetId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "replaceCueSheet", summary = "Replace a draft cue sheet",
            description = "Replaces the draft whole (a cue added at the final mix, a timecode corrected) under If-Match with its ETag "
                    + "(428 missing, 412 stale), refused with every violation as at creation; another sheet for the same episode is "
                    + "409, and so is a cue sheet already finalised.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CueSheetDto.class)))
    public RestResponse<CueSheetDto> replaceCueSheet(@PathParam("productionId") UUID productionId, @PathParam("cueSheetId") UUID cueSheetId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The cue sheet's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull NewCueSheet request) {
        CueSheetDto sheet = service.replace(productionId, cueSheetId, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(sheet).header("ETag", Etags.of(sheet.version())).build();
    }

    @POST
    @Path("/{cueSheetId}/finalization")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.PRODUCER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "finalizeCueSheet", summary = "Finalise a cue sheet",
            description = "Validates the cue sheet again, freezes it (If-Match with its ETag) and publishes rights.cuesheet.finalized. "
                    + "Already finalised is 409.")
    @APIResponse(responseCode = "200", description = "Finalised", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CueSheetDto.class)))
    public RestResponse<CueSheetDto> finalizeCueSheet(@PathParam("productionId") UUID productionId, @PathParam("cueSheetId") UUID cueSheetId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The cue sheet's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        CueSheetDto sheet = service.finalizeSheet(productionId, cueSheetId, ifMatch);
        return RestResponse.ResponseBuilder.ok(sheet).header("ETag", Etags.of(sheet.version())).build();
    }

    @GET
    @Path("/{cueSheetId}/csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "downloadCueSheetCsv", summary = "Export a cue sheet as CSV",
            description = "Two tables: the sheet (production, episode, durations, status), then one line per party of each cue "
                    + "(title, ISWC, ISRC, origin, use, timecodes, duration, role, IPI, society, shares). UTF-8 with a byte-order "
                    + "mark, ';' between fields; lang=fr (default) French headers and decimal commas, lang=en English headers "
                    + "and decimal points. Text starting with = + - @ is prefixed with ' so that a spreadsheet keeps it as text.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> downloadCueSheetCsv(@PathParam("productionId") UUID productionId, @PathParam("cueSheetId") UUID cueSheetId,
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr")
            @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        CueSheetDto sheet = service.find(productionId, cueSheetId).orElseThrow(() -> ProblemException.notFound("cue sheet", cueSheetId));
        String name = "cue-sheet-" + (sheet.episodeNumber() == null ? "" : "ep" + sheet.episodeNumber() + "-") + cueSheetId + ".csv";
        return RestResponse.ResponseBuilder.ok(service.csv(sheet, CsvExport.lang(lang)), CsvExport.MEDIA_TYPE)
                .header("Content-Disposition", CsvExport.attachment(name)).build();
    }

    @GET
    @Path("/{cueSheetId}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "downloadCueSheetPdf", summary = "Export a cue sheet as PDF",
            description = "The cue sheet as a printable landscape PDF for SACEM: the production and episode, then each cue (title, "
                    + "ISWC/ISRC, origin, use, timecodes in and out, duration) with its parties (role, IPI, society, shares).")
    @APIResponse(responseCode = "200", description = "The PDF file",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> downloadCueSheetPdf(@PathParam("productionId") UUID productionId, @PathParam("cueSheetId") UUID cueSheetId) {
        CueSheetDto sheet = service.find(productionId, cueSheetId).orElseThrow(() -> ProblemException.notFound("cue sheet", cueSheetId));
        String name = "cue-sheet-" + (sheet.episodeNumber() == null ? "" : "ep" + sheet.episodeNumber() + "-") + cueSheetId + ".pdf";
        return RestResponse.ResponseBuilder.ok(pdf(sheet), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    static byte[] pdf(CueSheetDto sheet) {
        PdfDocument doc = PdfDocument.landscape().title("Relevé des oeuvres musicales (cue sheet SACEM)")
                .field("Production", sheet.productionTitle())
                .field("Épisode", (sheet.episodeNumber() == null ? "" : sheet.episodeNumber() + " ")
                        + (sheet.episodeTitle() == null ? "" : sheet.episodeTitle()))
                .field("Durée du programme", sheet.programmeDuration())
                .field("Durée totale de musique", sheet.totalMusic())
                .field("Statut", String.valueOf(sheet.status()));
        List<List<String>> rows = new ArrayList<>();
        for (Cue cue : sheet.cues()) {
            String ids = (cue.iswc() == null ? "" : "ISWC " + cue.iswc()) + (cue.iswc() != null && cue.isrc() != null ? " " : "")
                    + (cue.isrc() == null ? "" : "ISRC " + cue.isrc());
            boolean first = true;
            for (CueParty party : cue.parties()) {
                String shares = "Exéc. " + PdfDocument.amount(party.performingShare()) + " %"
                        + (party.mechanicalShare() == null ? "" : " / Repro. " + PdfDocument.amount(party.mechanicalShare()) + " %");
                rows.add(List.of(first ? String.valueOf(cue.number()) : "", first ? cue.title() : "", first ? ids : "",
                        first ? String.valueOf(cue.origin()) : "", first ? String.valueOf(cue.use()) : "",
                        first ? cue.timecodeIn() : "", first ? cue.timecodeOut() : "", first ? nullToEmpty(cue.duration()) : "",
                        party.name(), String.valueOf(party.role()), nullToEmpty(party.ipi()),
                        party.society() == null ? "" : String.valueOf(party.society()), shares));
                first = false;
            }
        }
        doc.table(new float[] { 2, 8, 8, 4, 4, 5, 5, 5, 7, 4, 7, 3, 7 },
                List.of("N°", "Titre", "ISWC / ISRC", "Origine", "Utilisation", "TC entrée", "TC sortie", "Durée", "Ayant droit",
                        "Rôle", "IPI", "Société", "Parts"),
                rows);
        return doc.toBytes();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
