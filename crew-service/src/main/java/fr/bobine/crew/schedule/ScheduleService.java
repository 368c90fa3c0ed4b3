package fr.bobine.crew.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.crew.person.PersonService;
import fr.bobine.crew.schedule.ScheduleEntities.ScheduleVersion;
import fr.bobine.crew.schedule.ScheduleEntities.ShootingDay;
import fr.bobine.crew.schedule.ScheduleEntities.ShootingDayScene;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.problem.Problem;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * The shooting schedule (plan de travail) of a production in versions: drafts are built day by day from the breakdown's
 * scenes and changed by moving scenes, the consequences shown; a published version is the plan the office works to
 * (call sheets, planned hours and labour cost) and is never changed: the next version supersedes it.
 */
@ApplicationScoped
public class ScheduleService {

    /** CCN 3097 Titre II art. 27: a day's amplitude (work, breaks, meals) is 13 hours at most. */
    static final Duration MAX_AMPLITUDE = Duration.ofHours(13);

    @Inject
    BreakdownService breakdown;

    @Inject
    UnitCalls unitCalls;

    @Inject
    PlannedLabourService plannedLabour;

    @Inject
    PersonService people;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A version read with what its days refer to: the plan, and the stored scenes and sets by id. */
    record Loaded(ScheduleVersion version, List<ShootingDay> days, ShootingPlan plan, Map<UUID, Scene> scenes,
            Map<UUID, ShootingSet> sets) {
    }

    @Transactional
    public ScheduleVersionDto create(UUID productionId, NewScheduleVersion request) {
        BreakdownService.requireProduction(productionId);
        Loaded source = null;
        if (request.copyOf() != null) {
            source = ScheduleVersion.<ScheduleVersion> find("id = ?1 and productionId = ?2", request.copyOf(), productionId)
                    .firstResultOptional().map(this::load)
                    .orElseThrow(() -> ProblemException.badRequest("copyOf", "no version " + request.copyOf() + " in this production"));
        }
        ScheduleVersion v = new ScheduleVersion();
        v.id = UUID.randomUUID();
        v.productionId = productionId;
        v.number = 1 + ScheduleVersion.<ScheduleVersion> find("productionId", Sort.descending("number"), productionId)
                .firstResultOptional().map(p -> p.number).orElse(0);
        v.status = ScheduleStatus.DRAFT;
        v.label = request.label();
        v.basedOn = request.copyOf();
        v.createdAt = Instant.now(clock);
        v.updatedAt = v.createdAt;
        v.persistAndFlush();
        if (source != null) {
            for (ShootingDay d : source.days()) {
                List<UUID> scenes = source.plan().day(d.date).orElseThrow().scenes().stream().map(ShootingPlan.Scene::sceneId).toList();
                storeDay(v.id, d.date, d.unitCall, d.estimatedWrap, d.mealBreakMinutes, d.notes, scenes);
            }
        }
        ScheduleVersionDto created = toDto(load(v));
        audit.record("schedule-version.create", "schedule_version", v.id, null, created);
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScheduleVersionPage list(UUID productionId, PageRequest page) {
        BreakdownService.requireProduction(productionId);
        var found = ScheduleVersion.<ScheduleVersion> find("productionId", Sort.descending("number"), productionId)
                .page(page.page, page.size);
        long total = found.count();
        List<ScheduleVersionSummary> items = found.list().stream().map(v -> {
            List<ShootingDay> days = ShootingDay.list("versionId", Sort.by("date"), v.id);
            return new ScheduleVersionSummary(v.id, v.number, v.status, v.label, v.basedOn, days.size(),
                    days.isEmpty() ? null : days.get(0).date, days.isEmpty() ? null : days.get(days.size() - 1).date, v.version,
                    v.createdAt, v.publishedAt);
        }).toList();
        return new ScheduleVersionPage(items, page.page, page.size, total, page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScheduleVersionDto get(UUID productionId, UUID versionId) {
        return toDto(load(find(productionId, versionId)));
    }

    /**
     * Replaces all the days of a draft. Refused, with nothing stored, when a scene is scheduled twice (422), a scene or
     * a set is not of this production (400), a day spans more than 13 hours for someone called (422) or someone's rest
     * would fall below what their agreement allows (422); rests the agreement allows but shorter than it asks come back
     * as warnings.
     */
    @Transactional
    public ScheduleVersionDto replaceDays(UUID productionId, UUID versionId, String ifMatch, ShootingDaysInput input) {
        ScheduleVersion v = find(productionId, versionId);
        Etags.requireMatch(ifMatch, v.version);
        requireDraft(v);
        ScheduleVersionDto before = toDto(load(v));
        ShootingPlan plan = planOf(productionId, input);
        checkWorkable(productionId, plan, input);
        ShootingDay.delete("versionId", v.id);
        for (ShootingDayInput d : input.days()) {
            storeDay(v.id, d.date(), d.unitCall(), d.estimatedWrap(), d.mealBreakMinutes(), d.notes(), d.sceneIds());
        }
        v.updatedAt = Instant.now(clock);
        v.flush();
        ScheduleVersionDto after = toDto(load(v));
        audit.record("schedule-version.days", "schedule_version", v.id, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SceneMoveResult previewMove(UUID productionId, UUID versionId, SceneMoveInput move) {
        Loaded loaded = load(find(productionId, versionId));
        return consequences(loaded, moved(loaded.plan(), move), false);
    }

    /** Moves a scene of a draft; refused (422, nothing stored) when it would bring someone's rest below what is allowed. */
    @Transactional
    public SceneMoveResult move(UUID productionId, UUID versionId, String ifMatch, SceneMoveInput move) {
        ScheduleVersion v = find(productionId, versionId);
        Etags.requireMatch(ifMatch, v.version);
        requireDraft(v);
        Loaded loaded = load(v);
        ShootingPlan after = moved(loaded.plan(), move);
        SceneMoveResult preview = consequences(loaded, after, false);
        if (preview.refused()) {
            throw ProblemException.businessRule("daily-rest-refused", "moving scene " + move.sceneId() + " to " + move.toDate()
                    + " would bring a rest below what the agreement allows", refusals(preview.restFindings()));
        }
        LocalDate from = loaded.plan().dayOf(move.sceneId()).orElseThrow().date();
        for (ShootingDay d : loaded.days()) {
            if (d.date.equals(from) || d.date.equals(move.toDate())) {
                ShootingDayScene.<ShootingDayScene> list("dayId", d.id).forEach(ShootingDayScene::delete);
            }
        }
        // the old rows go before the new ones take their keys (Hibernate would insert first)
        v.flush();
        for (ShootingDay d : loaded.days()) {
            if (d.date.equals(from) || d.date.equals(move.toDate())) {
                storeScenes(v.id, d.id, after.day(d.date).orElseThrow().scenes().stream().map(ShootingPlan.Scene::sceneId).toList());
            }
        }
        v.updatedAt = Instant.now(clock);
        v.flush();
        audit.record("schedule-version.move", "schedule_version", v.id, move, preview.consequences());
        return new SceneMoveResult(true, false, preview.consequences(), preview.restFindings(), v.version);
    }

    /** What changes from version {@code fromId} to version {@code versionId}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScheduleComparisonDto compare(UUID productionId, UUID versionId, UUID fromId) {
        Loaded to = load(find(productionId, versionId));
        Loaded from = load(ScheduleVersion.<ScheduleVersion> find("id = ?1 and productionId = ?2", fromId, productionId)
                .firstResultOptional().orElseThrow(() -> ProblemException.badRequest("from", "no version " + fromId + " in this production")));
        ScheduleDiff.Result diff = ScheduleDiff.compare(from.plan(), to.plan());
        return ScheduleComparisonDto.of(fromId, versionId, diff, names(diff));
    }

    /**
     * Publishes a draft: it becomes the plan the office works to, the version published before is superseded, and the
     * planned labour of its weeks is sent to budget-service (crew.labour.planned) in the same transaction.
     */
    @Transactional
    public ScheduleVersionDto publish(UUID productionId, UUID versionId, String ifMatch) {
        ScheduleVersion v = find(productionId, versionId);
        Etags.requireMatch(ifMatch, v.version);
        requireDraft(v);
        Loaded loaded = load(v);
        if (loaded.days().isEmpty()) {
            throw ProblemException.businessRule("empty-schedule", "version " + v.number + " has no shooting day to publish");
        }
        var calls = unitCalls.calls(productionId, loaded.plan());
        List<RestFindingDto> refused = unitCalls.restFindings(calls).stream().map(RestFindingDto::of)
                .filter(f -> f.verdict() == DailyRest.Verdict.REFUSAL).toList();
        if (!refused.isEmpty()) {
            throw ProblemException.businessRule("daily-rest-refused", "version " + v.number
                    + " calls someone before the end of the rest their agreement allows", refusals(refused));
        }
        ScheduleVersionDto before = toDto(loaded);
        ScheduleVersion.<ScheduleVersion> find("productionId = ?1 and status = ?2", productionId, ScheduleStatus.PUBLISHED)
                .firstResultOptional().ifPresent(previous -> {
                    previous.status = ScheduleStatus.SUPERSEDED;
                    previous.updatedAt = Instant.now(clock);
                    previous.flush();
                });
        v.status = ScheduleStatus.PUBLISHED;
        v.publishedAt = Instant.now(clock);
        v.publishedBy = audit.actor();
        v.updatedAt = v.publishedAt;
        v.flush();
        plannedLabour.publish(v, loaded.plan(), calls);
        ScheduleVersionDto after = toDto(load(v));
        audit.record("schedule-version.publish", "schedule_version", v.id, before, after);
        return after;
    }

    /** The published version of a production, loaded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Loaded> published(UUID productionId) {
        return ScheduleVersion.<ScheduleVersion> find("productionId = ?1 and status = ?2", productionId, ScheduleStatus.PUBLISHED)
                .firstResultOptional().map(this::load);
    }

    /** A day of the published schedule as a call sheet prints it: the whole plan (for the rests around it), the day, its sets and scenes. */
    public record PublishedDay(UUID versionId, int versionNumber, int dayNumber, int shootingDays, ShootingPlan plan,
            ShootingDayDto day, List<ShootingSetDto> sets, List<SceneDto> scenes) {
    }

    /** The day of {@code date} in the published schedule; 422 when nothing is published or nothing is shot that day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublishedDay publishedDay(UUID productionId, LocalDate date) {
        BreakdownService.requireProduction(productionId);
        Loaded loaded = published(productionId).orElseThrow(() -> ProblemException.businessRule("no-published-schedule",
                "the production has no published shooting schedule"));
        ShootingPlan.Day day = loaded.plan().day(date).orElseThrow(() -> ProblemException.businessRule("no-shooting-day",
                "the published schedule (version " + loaded.version().number + ") has no shooting day on " + date));
        ScheduleVersionDto dto = toDto(loaded);
        ShootingDayDto dayDto = dto.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
        List<ShootingSetDto> sets = day.scenes().stream().map(ShootingPlan.Scene::setId).distinct()
                .map(id -> BreakdownService.toDto(loaded.sets().get(id))).toList();
        List<SceneDto> scenes = day.scenes().stream().map(s -> breakdown.toDto(loaded.scenes().get(s.sceneId()))).toList();
        return new PublishedDay(loaded.version().id, loaded.version().number, loaded.plan().dayNumber(date),
                loaded.plan().days().size(), loaded.plan(), dayDto, sets, scenes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Loaded loaded(UUID productionId, UUID versionId) {
        return load(find(productionId, versionId));
    }

    private ShootingPlan moved(ShootingPlan plan, SceneMoveInput move) {
        try {
            return SceneMove.apply(plan, move.sceneId(), move.toDate(), move.position());
        } catch (SceneMove.Refused e) {
            throw ProblemException.businessRule("scene-move-refused", e.getMessage(),
                    List.of(new Problem.FieldError(e.field, e.getMessage())));
        }
    }

    private SceneMoveResult consequences(Loaded loaded, ShootingPlan after, boolean applied) {
        ScheduleDiff.Result diff = ScheduleDiff.compare(loaded.plan(), after);
        Set<UUID> concerned = diff.cast().stream().map(ScheduleDiff.CastChange::personId).collect(Collectors.toSet());
        UUID productionId = loaded.version().productionId;
        List<RestFindingDto> findings = unitCalls.restFindings(unitCalls.calls(productionId, after)).stream()
                .filter(f -> concerned.contains(f.personId())).map(RestFindingDto::of).toList();
        boolean refused = findings.stream().anyMatch(f -> f.verdict() == DailyRest.Verdict.REFUSAL);
        return new SceneMoveResult(applied, refused, ScheduleComparisonDto.of(null, loaded.version().id, diff, names(diff)), findings,
                loaded.version().version);
    }

    private Map<UUID, String> names(ScheduleDiff.Result diff) {
        Set<UUID> persons = diff.cast().stream().map(ScheduleDiff.CastChange::personId).collect(Collectors.toSet());
        Map<UUID, String> names = new HashMap<>();
        people.summaries(persons).forEach((id, p) -> names.put(id, p.displayName()));
        return names;
    }

    /** The plan the days describe, with every scene of this production; 400 and 422 as {@link #replaceDays} says. */
    private ShootingPlan planOf(UUID productionId, ShootingDaysInput input) {
        Map<LocalDate, Integer> dates = new HashMap<>();
        Map<UUID, String> placed = new HashMap<>();
        List<Problem.FieldError> twice = new ArrayList<>();
        Set<UUID> wanted = new HashSet<>();
        input.days().forEach(d -> wanted.addAll(d.sceneIds()));
        Map<UUID, Scene> scenes = wanted.isEmpty() ? Map.of()
                : Scene.<Scene> list("productionId = ?1 and id in ?2", productionId, wanted).stream()
                        .collect(Collectors.toMap(s -> s.id, s -> s));
        Map<UUID, ShootingSet> sets = sets(scenes.values());
        List<ShootingPlan.Day> days = new ArrayList<>();
        for (int i = 0; i < input.days().size(); i++) {
            ShootingDayInput d = input.days().get(i);
            String at = "days[" + i + "]";
            Integer other = dates.putIfAbsent(d.date(), i);
            if (other != null) {
                throw ProblemException.badRequest(at + ".date", "days[" + other + "] is already on " + d.date());
            }
            if (d.unitCall().getMinute() % 15 != 0 || d.unitCall().getSecond() != 0) {
                throw ProblemException.badRequest(at + ".unitCall", "times are in quarter hours");
            }
            if (d.estimatedWrap().getMinute() % 15 != 0 || d.estimatedWrap().getSecond() != 0) {
                throw ProblemException.badRequest(at + ".estimatedWrap", "times are in quarter hours");
            }
            if (d.mealBreakMinutes() % 15 != 0) {
                throw ProblemException.badRequest(at + ".mealBreakMinutes", "breaks are in quarter hours");
            }
            List<ShootingPlan.Scene> dayScenes = new ArrayList<>();
            for (int j = 0; j < d.sceneIds().size(); j++) {
                UUID id = d.sceneIds().get(j);
                Scene scene = scenes.get(id);
                if (scene == null) {
                    throw ProblemException.badRequest(at + ".sceneIds[" + j + "]", "no scene " + id + " in this production");
                }
                String first = placed.putIfAbsent(id, at + ".sceneIds[" + j + "]");
                if (first != null) {
                    twice.add(new Problem.FieldError(at + ".sceneIds[" + j + "]", "scene " + scene.number + " is already scheduled at "
                            + first));
                    continue;
                }
                dayScenes.add(planned(scene, sets));
            }
            ShootingPlan.Day day = new ShootingPlan.Day(d.date(), d.unitCall(), d.estimatedWrap(), d.mealBreakMinutes(), dayScenes);
            if (Duration.between(day.callAt(), day.wrapAt()).toMinutes() <= d.mealBreakMinutes()) {
                throw ProblemException.badRequest(at + ".mealBreakMinutes", "must be shorter than the day");
            }
            days.add(day);
        }
        if (!twice.isEmpty()) {
            throw ProblemException.businessRule("scene-scheduled-twice", "a scene is shot on one day of a plan: " + twice.size()
                    + " scene(s) are scheduled twice", twice);
        }
        return new ShootingPlan(days);
    }

    private void checkWorkable(UUID productionId, ShootingPlan plan, ShootingDaysInput input) {
        var calls = unitCalls.calls(productionId, plan);
        List<Problem.FieldError> tooLong = new ArrayList<>();
        calls.forEach((date, called) -> called.stream().filter(c -> Duration.between(c.call(), c.wrap()).compareTo(MAX_AMPLITUDE) > 0)
                .forEach(c -> tooLong.add(new Problem.FieldError(field(input, date) + ".estimatedWrap", c.name() + " would be called from "
                        + c.call() + " to " + c.wrap() + ", more than 13 hours (CCN 3097 art. 27)"))));
        if (!tooLong.isEmpty()) {
            throw ProblemException.businessRule("amplitude-exceeded", "a day spans more than 13 hours for someone called", tooLong);
        }
        List<Problem.FieldError> refused = new ArrayList<>();
        for (UnitCalls.RestFinding f : unitCalls.restFindings(calls)) {
            if (f.finding().verdict() == DailyRest.Verdict.REFUSAL) {
                LocalDate day = calls.entrySet().stream().filter(e -> e.getValue().stream()
                        .anyMatch(c -> c.personId().equals(f.personId()) && c.call().equals(f.finding().nextStart())))
                        .map(Map.Entry::getKey).findFirst().orElseThrow();
                refused.add(new Problem.FieldError(field(input, day) + ".unitCall", f.name() + ": " + f.finding().reason()));
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.businessRule("daily-rest-refused", "someone would be called before the end of the rest their "
                    + "agreement allows", refused);
        }
    }

    private static String field(ShootingDaysInput input, LocalDate date) {
        for (int i = 0; i < input.days().size(); i++) {
            if (input.days().get(i).date().equals(date)) {
                return "days[" + i + "]";
            }
        }
        return "days";
    }

    private static List<Problem.FieldError> refusals(List<RestFindingDto> findings) {
        return findings.stream().filter(f -> f.verdict() == DailyRest.Verdict.REFUSAL)
                .map(f -> new Problem.FieldError("nextCall", f.name() + ": " + f.reason())).toList();
    }

    private void storeDay(UUID versionId, LocalDate date, java.time.LocalTime call, java.time.LocalTime wrap, int meal, String notes,
            List<UUID> scenes) {
        ShootingDay day = new ShootingDay();
        day.id = UUID.randomUUID();
        day.versionId = versionId;
        day.date = date;
        day.unitCall = call;
        day.estimatedWrap = wrap;
        day.mealBreakMinutes = meal;
        day.notes = notes;
        day.persist();
        storeScenes(versionId, day.id, scenes);
    }

    private static void storeScenes(UUID versionId, UUID dayId, List<UUID> scenes) {
        for (int i = 0; i < scenes.size(); i++) {
            ShootingDayScene s = new ShootingDayScene();
            s.dayId = dayId;
            s.position = i;
            s.versionId = versionId;
            s.sceneId = scenes.get(i);
            s.persist();
        }
    }

    private Loaded load(ScheduleVersion v) {
        List<ShootingDay> days = ShootingDay.list("versionId", Sort.by("date"), v.id);
        Map<UUID, List<ShootingDayScene>> byDay = ShootingDayScene.<ShootingDayScene> list("versionId", Sort.by("position"), v.id)
                .stream().collect(Collectors.groupingBy(s -> s.dayId));
        Set<UUID> ids = new HashSet<>();
        byDay.values().forEach(l -> l.forEach(s -> ids.add(s.sceneId)));
        Map<UUID, Scene> scenes = ids.isEmpty() ? Map.of()
                : Scene.<Scene> list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, s -> s));
        Map<UUID, ShootingSet> sets = sets(scenes.values());
        List<ShootingPlan.Day> planDays = new ArrayList<>();
        for (ShootingDay d : days) {
            List<ShootingPlan.Scene> dayScenes = byDay.getOrDefault(d.id, List.of()).stream()
                    .sorted(Comparator.comparingInt(s -> s.position)).map(s -> planned(scenes.get(s.sceneId), sets)).toList();
            planDays.add(new ShootingPlan.Day(d.date, d.unitCall, d.estimatedWrap, d.mealBreakMinutes, dayScenes));
        }
        return new Loaded(v, days, new ShootingPlan(planDays), scenes, sets);
    }

    private static Map<UUID, ShootingSet> sets(java.util.Collection<Scene> scenes) {
        Set<UUID> ids = scenes.stream().map(s -> s.setId).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of()
                : ShootingSet.<ShootingSet> list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, s -> s));
    }

    private ShootingPlan.Scene planned(Scene s, Map<UUID, ShootingSet> sets) {
        Set<UUID> cast = breakdown.cast(s).stream().map(CastMember::personId).collect(Collectors.toSet());
        return new ShootingPlan.Scene(s.id, s.number, s.setId, sets.get(s.setId).name, s.eighths, cast);
    }

    ScheduleVersionDto toDto(Loaded l) {
        ScheduleVersion v = l.version();
        ShootingPlan plan = l.plan();
        Map<LocalDate, ShootingDay> stored = l.days().stream().collect(Collectors.toMap(d -> d.date, d -> d));
        List<ShootingDayDto> days = new ArrayList<>();
        for (ShootingPlan.Day d : plan.days()) {
            List<ScheduledSceneDto> scenes = d.scenes().stream().map(s -> {
                Scene scene = l.scenes().get(s.sceneId());
                return new ScheduledSceneDto(s.sceneId(), s.number(), s.setId(), s.setName(), scene.setting, scene.timeOfDay,
                        s.eighths(), Eighths.pages(s.eighths()), breakdown.cast(scene));
            }).toList();
            days.add(new ShootingDayDto(d.date(), plan.dayNumber(d.date()), d.unitCall(), d.wrap(), !d.wrap().isAfter(d.unitCall()),
                    d.mealBreakMinutes(), stored.get(d.date()).notes, scenes, d.eighths(), Eighths.pages(d.eighths()),
                    d.setSequence(), d.setChanges()));
        }
        var castDays = plan.castDays();
        Map<UUID, String> names = new HashMap<>();
        people.summaries(castDays.keySet()).forEach((id, p) -> names.put(id, p.displayName()));
        List<CastDaysDto> cast = castDays.entrySet().stream()
                .map(e -> new CastDaysDto(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue().size(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(CastDaysDto::name)).toList();
        List<RestFindingDto> findings = unitCalls.restFindings(unitCalls.calls(v.productionId, plan)).stream()
                .map(RestFindingDto::of).toList();
        return new ScheduleVersionDto(v.id, v.productionId, v.number, v.status, v.label, v.basedOn, days, cast, plan.days().size(),
                plan.eighths(), Eighths.pages(plan.eighths()), plan.setChanges(), findings, v.version, v.createdAt, v.updatedAt,
                v.publishedAt, v.publishedBy);
    }

    private static ScheduleVersion find(UUID productionId, UUID versionId) {
        return ScheduleVersion.<ScheduleVersion> find("id = ?1 and productionId = ?2", versionId, productionId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("schedule version", versionId));
    }

    private static void requireDraft(ScheduleVersion v) {
        if (v.status != ScheduleStatus.DRAFT) {
            throw ProblemException.conflict("version " + v.number + " is " + v.status + ": only a draft changes; copy it into a new version");
        }
    }
}
