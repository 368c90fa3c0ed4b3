package fr.bobine.rights.cuesheet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.csv.CsvExport.Column;
import fr.bobine.platform.csv.CsvExport.Lang;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.Problem;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.cuesheet.CueSheetRules.Violation;
import fr.bobine.rights.production.ProductionCopy;
import fr.bobine.rights.work.WorkKind;
import fr.bobine.rights.work.WorkService;

@ApplicationScoped
public class CueSheetService {

    public static final String FINALIZED = "rights.cuesheet.finalized";
    /** The kinds of work a cue can be: music. */
    static final Set<WorkKind> MUSIC = Set.of(WorkKind.ORIGINAL_SCORE, WorkKind.PRE_EXISTING_MUSIC);

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper mapper;

    @Inject
    WorkService works;

    @Transactional
    public CueSheetDto create(UUID productionId, NewCueSheet request) {
        requireProduction(productionId);
        check(productionId, null, request);
        CueSheetRecord record = new CueSheetRecord();
        record.id = UUID.randomUUID();
        record.productionId = productionId;
        record.status = CueSheetStatus.DRAFT;
        record.createdAt = Instant.now();
        draft(record, request);
        record.persist();
        CueSheetDto dto = toDto(record);
        audit.record("cue-sheet.create", "cue-sheet", record.id, null, dto);
        return dto;
    }

    /** Replaces a draft cue sheet whole (If-Match on its version) under the rules of creation; a finalised one is frozen. */
    @Transactional
    public CueSheetDto replace(UUID productionId, UUID id, String ifMatch, NewCueSheet request) {
        CueSheetRecord record = require(productionId, id);
        Etags.requireMatch(ifMatch, record.version);
        requireDraft(record);
        check(productionId, id, request);
        CueSheetDto before = toDto(record);
        draft(record, request);
        CueSheetRecord.getEntityManager().flush();
        CueSheetDto after = toDto(record);
        audit.record("cue-sheet.replace", "cue-sheet", id, before, after);
        return after;
    }

    /**
     * Every rule violation and every cue whose work is not a music work of the production (400), then one cue sheet per
     * production or episode (409), {@code self} aside when replacing.
     */
    private void check(UUID productionId, UUID self, NewCueSheet request) {
        List<Violation> violations = new ArrayList<>(CueSheetRules.validate(request.programmeDuration(), request.cues()));
        Map<UUID, WorkKind> music = new HashMap<>();
        works.ofProduction(productionId).forEach(w -> music.put(w.id(), w.kind()));
        for (int i = 0; i < request.cues().size(); i++) {
            UUID workId = request.cues().get(i).workId();
            if (workId != null && (!music.containsKey(workId) || !MUSIC.contains(music.get(workId)))) {
                violations.add(new Violation("cues[" + i + "].workId", music.containsKey(workId)
                        ? "work " + workId + " is " + music.get(workId) + ", not music" : "no work " + workId + " in this production"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request",
                    violations.get(0).field() + ": " + violations.get(0).reason(),
                    violations.stream().map(v -> new Problem.FieldError(v.field(), v.reason())).toList());
        }
        boolean taken = CueSheetRecord.<CueSheetRecord> list("productionId", productionId).stream()
                .anyMatch(s -> !s.id.equals(self) && Objects.equals(s.episodeNumber, request.episodeNumber()));
        if (taken) {
            throw ProblemException.conflict("production " + productionId + " already has a cue sheet"
                    + (request.episodeNumber() == null ? "" : " for episode " + request.episodeNumber()));
        }
    }

    private void draft(CueSheetRecord record, NewCueSheet request) {
        record.episodeNumber = request.episodeNumber();
        record.document = write(new NewCueSheet(request.episodeNumber(), request.episodeTitle(), request.programmeDuration(),
                request.cues().stream().map(CueSheetRules::withDuration).toList()));
    }

    private static void requireDraft(CueSheetRecord record) {
        if (record.status == CueSheetStatus.FINALIZED) {
            throw ProblemException.conflict("cue sheet " + record.id + " was finalized at " + record.finalizedAt);
        }
    }

    /** Finalises a cue sheet (If-Match) after validating it again, and publishes rights.cuesheet.finalized. */
    @Transactional
    public CueSheetDto finalizeSheet(UUID productionId, UUID id, String ifMatch) {
        CueSheetRecord record = require(productionId, id);
        Etags.requireMatch(ifMatch, record.version);
        requireDraft(record);
        NewCueSheet sheet = read(record);
        List<Violation> violations = CueSheetRules.validate(sheet.programmeDuration(), sheet.cues());
        if (!violations.isEmpty()) {
            throw ProblemException.businessRule("invalid-cue-sheet", "the cue sheet does not pass validation",
                    violations.stream().map(v -> new Problem.FieldError(v.field(), v.reason())).toList());
        }
        CueSheetDto before = toDto(record);
        record.status = CueSheetStatus.FINALIZED;
        record.finalizedAt = Instant.now();
        CueSheetRecord.getEntityManager().flush();
        CueSheetDto after = toDto(record);
        outbox.publish(FINALIZED, productionId, new CueSheetFinalized(id, productionId, record.episodeNumber, after.cues().size(),
                after.programmeDuration(), after.totalMusic(), record.finalizedAt));
        audit.record("cue-sheet.finalize", "cue-sheet", id, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CueSheetDto> find(UUID productionId, UUID id) {
        return Optional.ofNullable(CueSheetRecord.<CueSheetRecord> findById(id)).filter(s -> s.productionId.equals(productionId))
                .map(this::toDto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CueSheetPage list(UUID productionId, PageRequest page) {
        requireProduction(productionId);
        var found = CueSheetRecord.<CueSheetRecord> find("productionId = ?1 order by episodeNumber nulls first, id", productionId)
                .page(page.page, page.size);
        long total = found.count();
        return new CueSheetPage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    static final List<Column> SHEET_COLUMNS = List.of(new Column("production", "production"), new Column("épisode", "episode"),
            new Column("titre de l'épisode", "episode title"), new Column("durée du programme", "programme duration"),
            new Column("durée totale de musique", "total music"), new Column("statut", "status"));
    static final List<Column> CUE_COLUMNS = List.of(new Column("cue", "cue"), new Column("titre", "title"),
            new Column("ISWC", "ISWC"), new Column("ISRC", "ISRC"), new Column("origine", "origin"), new Column("utilisation", "use"),
            new Column("piste", "track"), new Column("timecode entrée", "timecode in"), new Column("timecode sortie", "timecode out"),
            new Column("durée", "duration"), new Column("ayant droit", "party"), new Column("rôle", "role"), new Column("IPI", "IPI"),
            new Column("société", "society"), new Column("part exécution (%)", "performing share (%)"),
            new Column("part reproduction (%)", "mechanical share (%)"));

    /*
     * No public SACEM layout exists for a producer's cue sheet (rights.md §cue sheets), so this file is for people and
     * spreadsheets: headers in the reader's language. Two tables, as the SACEM relevé reads: the sheet, then one line
     * per party of each cue in cue order. Roles, origins and uses are the codes of the JSON.
     */
    public String csv(CueSheetDto s, Lang lang) {
        CsvExport csv = CsvExport.of(lang, SHEET_COLUMNS)
                .row(s.productionTitle(), s.episodeNumber(), s.episodeTitle(), s.programmeDuration(), s.totalMusic(), s.status())
                .table(CUE_COLUMNS);
        for (Cue c : s.cues()) {
            for (CueParty p : c.parties()) {
                csv.row(c.number(), c.title(), c.iswc(), c.isrc(), c.origin(), c.use(), c.track(), c.timecodeIn(), c.timecodeOut(),
                        c.duration(), p.name(), p.role(), p.ipi(), p.society(), p.performingShare(), p.mechanicalShare());
            }
        }
        return csv.toText();
    }

    private static void requireProduction(UUID productionId) {
        if (ProductionCopy.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }

    private CueSheetRecord require(UUID productionId, UUID id) {
        CueSheetRecord record = CueSheetRecord.findById(id);
        if (record == null || !record.productionId.equals(productionId)) {
            throw ProblemException.notFound("cue sheet", id);
        }
        return record;
    }

    private NewCueSheet read(CueSheetRecord record) {
        try {
            return mapper.readValue(record.document, NewCueSheet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cue sheet " + record.id + " cannot be read", e);
        }
    }

    private CueSheetDto toDto(CueSheetRecord record) {
        NewCueSheet sheet = read(record);
        long total = sheet.cues().stream().mapToLong(c -> Timecode.frames(c.timecodeOut()) - Timecode.frames(c.timecodeIn())).sum();
        ProductionCopy production = ProductionCopy.findById(record.productionId);
        return new CueSheetDto(record.id, record.productionId, production == null ? null : production.title, record.episodeNumber,
                sheet.episodeTitle(), sheet.programmeDuration(), Timecode.format(total), record.status, sheet.cues(), record.finalizedAt,
                record.version);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
