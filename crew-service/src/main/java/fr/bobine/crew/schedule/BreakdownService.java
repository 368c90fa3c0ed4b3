package fr.bobine.crew.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.crew.person.PersonService;
import fr.bobine.crew.production.ProductionCopy;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.http.Sorting;
import fr.bobine.platform.http.TextSearch;
import fr.bobine.platform.problem.ProblemException;

/** The script breakdown of a production: its sets and locations, its scenes. */
@ApplicationScoped
public class BreakdownService {

    static final Sorting SET_SORTS = Sorting.of(Map.of("code", "code", "name", "name", "createdAt", "createdAt"));
    static final Sorting SCENE_SORTS = Sorting.of(Map.of("number", "numberSort", "createdAt", "createdAt"));

    @Inject
    PersonService people;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper mapper;

    Clock clock = Clock.systemUTC();

    @Transactional
    public ShootingSetDto createSet(UUID productionId, ShootingSetInput input) {
        requireProduction(productionId);
        ShootingSet s = new ShootingSet();
        s.id = UUID.randomUUID();
        s.productionId = productionId;
        s.createdAt = Instant.now(clock);
        apply(s, input);
        s.persistAndFlush();
        ShootingSetDto created = toDto(s);
        audit.record("set.create", "shooting_set", s.id, null, created);
        return created;
    }

    @Transactional
    public ShootingSetDto replaceSet(UUID productionId, UUID setId, String ifMatch, ShootingSetInput input) {
        ShootingSet s = findSet(productionId, setId);
        Etags.requireMatch(ifMatch, s.version);
        ShootingSetDto before = toDto(s);
        apply(s, input);
        s.flush();
        ShootingSetDto after = toDto(s);
        audit.record("set.replace", "shooting_set", s.id, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ShootingSetDto set(UUID productionId, UUID setId) {
        return toDto(findSet(productionId, setId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ShootingSetPage sets(UUID productionId, String q, String sort, PageRequest page) {
        requireProduction(productionId);
        Map<String, Object> params = new HashMap<>();
        params.put("production", productionId);
        String where = "productionId = :production";
        if (q != null && !q.isBlank()) {
            where += " and searchText like :q escape '\\'";
            params.put("q", TextSearch.containsPattern(q));
        }
        var found = ShootingSet.<ShootingSet> find(where, SET_SORTS.panache(sort, "code"), params).page(page.page, page.size);
        long total = found.count();
        return new ShootingSetPage(found.list().stream().map(BreakdownService::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    @Transactional
    public SceneDto createScene(UUID productionId, SceneInput input) {
        requireProduction(productionId);
        Scene s = new Scene();
        s.id = UUID.randomUUID();
        s.productionId = productionId;
        s.createdAt = Instant.now(clock);
        apply(s, input);
        s.persistAndFlush();
        SceneDto created = toDto(s);
        audit.record("scene.create", "scene", s.id, null, created);
        return created;
    }

    @Transactional
    public SceneDto replaceScene(UUID productionId, UUID sceneId, String ifMatch, SceneInput input) {
        Scene s = findScene(productionId, sceneId);
        Etags.requireMatch(ifMatch, s.version);
        SceneDto before = toDto(s);
        apply(s, input);
        s.flush();
        SceneDto after = toDto(s);
        audit.record("scene.replace", "scene", s.id, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SceneDto scene(UUID productionId, UUID sceneId) {
        return toDto(findScene(productionId, sceneId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScenePage scenes(UUID productionId, UUID shootingSetId, String q, String sort, PageRequest page) {
        requireProduction(productionId);
        Map<String, Object> params = new HashMap<>();
        params.put("production", productionId);
        String where = "productionId = :production";
        if (shootingSetId != null) {
            where += " and setId = :set";
            params.put("set", shootingSetId);
        }
        if (q != null && !q.isBlank()) {
            where += " and searchText like :q escape '\\'";
            params.put("q", TextSearch.containsPattern(q));
        }
        var found = Scene.<Scene> find(where, SCENE_SORTS.panache(sort, "number"), params).page(page.page, page.size);
        long total = found.count();
        return new ScenePage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total, page.totalPages(total),
                page.nextPage(total));
    }

    /** The cast of a stored scene. */
    public List<CastMember> cast(Scene s) {
        try {
            return mapper.readValue(s.castMembers, new TypeReference<List<CastMember>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the cast of scene " + s.id + " cannot be read", e);
        }
    }

    private void apply(ShootingSet s, ShootingSetInput input) {
        s.code = input.code();
        s.name = input.name().strip();
        s.kind = input.kind();
        s.street = input.address().street().strip();
        s.postcode = input.address().postcode().strip();
        s.town = input.address().town().strip();
        s.country = input.address().country();
        s.accessNotes = input.accessNotes();
        s.nearestHospital = input.nearestHospital();
        s.searchText = TextSearch.fold(s.code, s.name, s.town);
        s.updatedAt = Instant.now(clock);
    }

    private void apply(Scene s, SceneInput input) {
        ShootingSet set = ShootingSet.<ShootingSet> find("id = ?1 and productionId = ?2", input.shootingSetId(), s.productionId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.badRequest("shootingSetId", "no set " + input.shootingSetId() + " in this production"));
        List<CastMember> cast = input.cast() == null ? List.of() : input.cast();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < cast.size(); i++) {
            UUID person = cast.get(i).personId();
            if (!seen.add(person)) {
                throw ProblemException.badRequest("cast[" + i + "].personId", "the same person is already in the cast");
            }
            if (!people.exists(person)) {
                throw ProblemException.badRequest("cast[" + i + "].personId", "no person " + person);
            }
        }
        s.number = input.number();
        s.numberSort = numberSort(input.number());
        s.setId = set.id;
        s.setting = input.setting();
        s.timeOfDay = input.timeOfDay();
        s.eighths = input.eighths();
        s.synopsis = input.synopsis();
        s.castMembers = write(cast.stream().map(c -> new CastMember(c.personId(), c.character().strip())).toList());
        s.specialNeeds = input.specialNeeds() == null ? new String[0]
                : input.specialNeeds().stream().map(String::strip).toArray(String[]::new);
        s.searchText = TextSearch.fold(s.number, set.name, s.synopsis);
        s.updatedAt = Instant.now(clock);
    }

    /** 2 before 12, 12 before 12A: the leading digits zero-padded to 6, then the rest. */
    static String numberSort(String number) {
        int digits = 0;
        while (digits < number.length() && Character.isDigit(number.charAt(digits))) {
            digits++;
        }
        String lead = number.substring(0, digits);
        return "0".repeat(Math.max(0, 6 - lead.length())) + lead + number.substring(digits);
    }

    ShootingSet findSet(UUID productionId, UUID setId) {
        return ShootingSet.<ShootingSet> find("id = ?1 and productionId = ?2", setId, productionId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("set", setId));
    }

    Scene findScene(UUID productionId, UUID sceneId) {
        return Scene.<Scene> find("id = ?1 and productionId = ?2", sceneId, productionId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("scene", sceneId));
    }

    static void requireProduction(UUID productionId) {
        if (ProductionCopy.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }

    static ShootingSetDto toDto(ShootingSet s) {
        return new ShootingSetDto(s.id, s.productionId, s.code, s.name, s.kind,
                new LocationAddress(s.street, s.postcode, s.town, s.country), s.accessNotes, s.nearestHospital, s.version,
                s.createdAt, s.updatedAt);
    }

    SceneDto toDto(Scene s) {
        String setName = Optional.ofNullable(ShootingSet.<ShootingSet> findById(s.setId)).map(set -> set.name).orElse("");
        return new SceneDto(s.id, s.productionId, s.number, s.setId, setName, s.setting, s.timeOfDay, s.eighths,
                Eighths.pages(s.eighths), s.synopsis, cast(s), List.of(s.specialNeeds), s.version, s.createdAt, s.updatedAt);
    }

    private String write(List<CastMember> cast) {
        try {
            return mapper.writeValueAsString(new ArrayList<>(cast));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
