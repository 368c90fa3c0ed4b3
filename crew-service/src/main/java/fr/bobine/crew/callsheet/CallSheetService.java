package fr.bobine.crew.callsheet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.crew.grid.GridService;
import fr.bobine.crew.grid.PositionDto;
import fr.bobine.crew.person.PersonKind;
import fr.bobine.crew.production.ProductionCopy;
import fr.bobine.crew.schedule.CastMember;
import fr.bobine.crew.schedule.DailyRest;
import fr.bobine.crew.schedule.Department;
import fr.bobine.crew.schedule.ProductionOfficeDto;
import fr.bobine.crew.schedule.ProductionOfficeService;
import fr.bobine.crew.schedule.RestFindingDto;
import fr.bobine.crew.schedule.SceneDto;
import fr.bobine.crew.schedule.ScheduleService;
import fr.bobine.crew.schedule.UnitCalls;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.Problem;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * Call sheets (feuilles de service): generated for a shooting day from the published schedule (the day's scenes and
 * sets), the signed contracts (who is called) and the production office's settings (each department's call, the
 * emergency contacts), with the transport, meals and notes the office enters. Sent once (crew.callsheet.sent); a
 * change after that is a new version of the day's sheet, which says who must be told.
 */
@ApplicationScoped
public class CallSheetService {

    @Inject
    ScheduleService schedule;

    @Inject
    UnitCalls unitCalls;

    @Inject
    ProductionOfficeService office;

    @Inject
    GridService grid;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper mapper;

    Clock clock = Clock.systemUTC();

    @Transactional
    public CallSheetDto create(UUID productionId, CallSheetInput input) {
        CallSheetContent content = generate(productionId, input);
        if (CallSheet.count("productionId = ?1 and date = ?2 and status = ?3", productionId, input.date(), CallSheetStatus.DRAFT) > 0) {
            throw ProblemException.conflict("a draft call sheet of " + input.date() + " exists: change it instead");
        }
        CallSheet s = new CallSheet();
        s.id = UUID.randomUUID();
        s.productionId = productionId;
        s.date = input.date();
        s.number = 1 + CallSheet.<CallSheet> find("productionId = ?1 and date = ?2", Sort.descending("number"), productionId, input.date())
                .firstResultOptional().map(p -> p.number).orElse(0);
        s.status = CallSheetStatus.DRAFT;
        s.scheduleVersionId = content.scheduleVersionId();
        s.supersedes = content.change() == null ? null : content.change().supersedes();
        s.details = write(input);
        s.content = write(content);
        s.createdAt = Instant.now(clock);
        s.updatedAt = s.createdAt;
        s.persistAndFlush();
        CallSheetDto created = CallSheetDto.of(s, content);
        audit.record("call-sheet.create", "call_sheet", s.id, null, created);
        return created;
    }

    /** Generates a draft again from the schedule as published now, with the office's new details. */
    @Transactional
    public CallSheetDto replace(UUID productionId, UUID callSheetId, String ifMatch, CallSheetInput input) {
        CallSheet s = find(productionId, callSheetId);
        Etags.requireMatch(ifMatch, s.version);
        if (s.status != CallSheetStatus.DRAFT) {
            throw ProblemException.conflict("call sheet " + s.number + " of " + s.date + " was sent; a change is a new version");
        }
        if (!s.date.equals(input.date())) {
            throw ProblemException.badRequest("date", "a call sheet stays on its day, " + s.date);
        }
        CallSheetDto before = CallSheetDto.of(s, content(s));
        CallSheetContent content = generate(productionId, input);
        s.scheduleVersionId = content.scheduleVersionId();
        s.supersedes = content.change() == null ? null : content.change().supersedes();
        s.details = write(input);
        s.content = write(content);
        s.updatedAt = Instant.now(clock);
        s.flush();
        CallSheetDto after = CallSheetDto.of(s, content);
        audit.record("call-sheet.replace", "call_sheet", s.id, before, after);
        return after;
    }

    /** Sends a draft: it is frozen and crew.callsheet.sent names who is called, and who must be told of a late change. */
    @Transactional
    public CallSheetDto send(UUID productionId, UUID callSheetId, String ifMatch) {
        CallSheet s = find(productionId, callSheetId);
        Etags.requireMatch(ifMatch, s.version);
        if (s.status != CallSheetStatus.DRAFT) {
            throw ProblemException.conflict("call sheet " + s.number + " of " + s.date + " was already sent");
        }
        CallSheetContent c = content(s);
        CallSheetDto before = CallSheetDto.of(s, c);
        s.status = CallSheetStatus.SENT;
        s.sentAt = Instant.now(clock);
        s.sentBy = audit.actor();
        s.updatedAt = s.sentAt;
        s.flush();
        List<CallSheetEvents.Recipient> recipients = new ArrayList<>();
        c.cast().forEach(p -> recipients.add(new CallSheetEvents.Recipient(p.personId(), p.department().name(), p.call(), p.wrap())));
        c.crew().forEach(p -> recipients.add(new CallSheetEvents.Recipient(p.personId(), p.department().name(), p.call(), p.wrap())));
        List<CallSheetEvents.Notice> notices = c.change() == null ? List.of()
                : c.change().toNotify().stream().map(n -> new CallSheetEvents.Notice(n.personId(),
                        n.reasons().stream().map(Enum::name).toList())).toList();
        outbox.publish(CallSheetEvents.SENT, productionId, new CallSheetEvents.Sent(s.id, productionId, s.date, c.dayNumber(), s.number,
                s.supersedes, c.scheduleVersionId(), c.locations().stream()
                        .map(l -> new CallSheetEvents.Location(l.shootingSetId(), l.name(), l.address().town())).toList(),
                recipients, notices, s.sentAt));
        CallSheetDto after = CallSheetDto.of(s, c);
        audit.record("call-sheet.send", "call_sheet", s.id, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CallSheetDto get(UUID productionId, UUID callSheetId) {
        CallSheet s = find(productionId, callSheetId);
        return CallSheetDto.of(s, content(s));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CallSheetPage list(UUID productionId, LocalDate date, PageRequest page) {
        if (ProductionCopy.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
        var found = date == null
                ? CallSheet.<CallSheet> find("productionId", Sort.by("date").and("number"), productionId)
                : CallSheet.<CallSheet> find("productionId = ?1 and date = ?2", Sort.by("date").and("number"), productionId, date);
        found.page(page.page, page.size);
        long total = found.count();
        List<CallSheetSummary> items = found.list().stream().map(s -> {
            CallSheetContent c = content(s);
            return new CallSheetSummary(s.id, s.date, c.dayNumber(), s.number, s.status, c.cast().size() + c.crew().size(), s.supersedes,
                    s.version, s.createdAt, s.sentAt);
        }).toList();
        return new CallSheetPage(items, page.page, page.size, total, page.totalPages(total), page.nextPage(total));
    }

    private CallSheetContent generate(UUID productionId, CallSheetInput input) {
        ScheduleService.PublishedDay day = schedule.publishedDay(productionId, input.date());
        var calls = unitCalls.calls(productionId, day.plan());
        List<UnitCalls.Call> today = new ArrayList<>(calls.get(input.date()));
        Map<UUID, String> overrideReasons = new HashMap<>();
        List<CallOverride> overrides = input.overridesOrEmpty();
        for (int i = 0; i < overrides.size(); i++) {
            CallOverride o = overrides.get(i);
            int index = indexOf(today, o.personId());
            if (index < 0) {
                throw ProblemException.badRequest("callOverrides[" + i + "].personId", "no one called " + o.personId() + " on "
                        + input.date());
            }
            if (o.call().getMinute() % 15 != 0 || o.call().getSecond() != 0) {
                throw ProblemException.badRequest("callOverrides[" + i + "].call", "times are in quarter hours");
            }
            UnitCalls.Call c = today.get(index);
            if (!o.call().isBefore(c.wrap())) {
                throw ProblemException.badRequest("callOverrides[" + i + "].call", "must be before the wrap, " + c.wrap());
            }
            today.set(index, new UnitCalls.Call(c.date(), c.personId(), c.name(), c.employeeNumber(), c.kind(), c.contractId(),
                    c.positionCode(), c.agreement(), c.department(), o.call(), c.wrap(), c.mealBreakMinutes()));
            overrideReasons.put(c.personId(), o.reason() == null ? "called at another time" : o.reason());
        }
        calls.put(input.date(), today);
        List<RestFindingDto> findings = unitCalls.restFindings(calls).stream()
                .filter(f -> today.stream().anyMatch(c -> c.personId().equals(f.personId())
                        && (c.call().equals(f.finding().nextStart()) || c.wrap().equals(f.finding().previousEnd()))))
                .map(RestFindingDto::of).toList();
        List<Problem.FieldError> refused = findings.stream().filter(f -> f.verdict() == DailyRest.Verdict.REFUSAL)
                .map(f -> new Problem.FieldError("callOverrides", f.name() + ": " + f.reason())).toList();
        if (!refused.isEmpty()) {
            throw ProblemException.businessRule("daily-rest-refused", "someone would be called before the end of the rest their "
                    + "agreement allows", refused);
        }

        Map<UUID, List<String>> characters = new HashMap<>();
        Map<UUID, List<String>> scenesOf = new HashMap<>();
        List<CallSheetScene> scenes = new ArrayList<>();
        for (SceneDto s : day.scenes()) {
            for (CastMember m : s.cast()) {
                characters.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m.character());
                scenesOf.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(s.number());
            }
            scenes.add(new CallSheetScene(s.number(), s.setName(), s.setting(), s.timeOfDay(), s.pages(), s.synopsis(),
                    s.cast().stream().map(CastMember::character).toList(), s.specialNeeds()));
        }
        List<CallSheetPerson> cast = new ArrayList<>();
        List<CallSheetPerson> crew = new ArrayList<>();
        for (UnitCalls.Call c : today) {
            String note = overrideReasons.get(c.personId());
            if (c.contractId() == null) {
                note = "no signed contract covers the day";
            }
            CallSheetPerson p = new CallSheetPerson(c.personId(), c.name(), c.department(),
                    c.positionCode() == null ? null : grid.position(c.positionCode()).map(PositionDto::label).orElse(c.positionCode()),
                    List.copyOf(new LinkedHashSet<>(characters.getOrDefault(c.personId(), List.of()))),
                    scenesOf.getOrDefault(c.personId(), List.of()), c.call(), c.wrap(), note);
            if (c.kind() == PersonKind.ARTIST || c.department() == Department.CAST) {
                cast.add(p);
            } else {
                crew.add(p);
            }
        }
        cast.sort(Comparator.comparing(CallSheetPerson::call).thenComparing(CallSheetPerson::name));
        crew.sort(Comparator.comparing(CallSheetPerson::department).thenComparing(CallSheetPerson::call).thenComparing(CallSheetPerson::name));
        List<CallSheetLocation> locations = day.sets().stream().map(s -> new CallSheetLocation(s.id(), s.code(), s.name(), s.kind(),
                s.address(), s.accessNotes(), s.nearestHospital())).toList();
        ProductionOfficeDto settings = office.get(productionId);
        ProductionCopy production = ProductionCopy.findById(productionId);
        CallSheetContent content = new CallSheetContent(production.title, day.dayNumber(), day.shootingDays(), day.versionId(),
                day.versionNumber(), day.day().unitCall(), day.day().estimatedWrap(), day.day().wrapsNextDay(),
                day.day().mealBreakMinutes(), day.day().notes(), locations, scenes, cast, crew, input.transportOrEmpty(),
                input.mealsOrEmpty(), settings.emergencyContacts(), settings.address(), settings.phone(), input.notes(), findings, null);
        return withChange(productionId, input, content);
    }

    /** Against the day's call sheet last sent, if any: what changed and who must be told. */
    private CallSheetContent withChange(UUID productionId, CallSheetInput input, CallSheetContent next) {
        Optional<CallSheet> sent = CallSheet.<CallSheet> find("productionId = ?1 and date = ?2 and status = ?3", Sort.descending("number"),
                productionId, input.date(), CallSheetStatus.SENT).firstResultOptional();
        if (sent.isEmpty()) {
            return next;
        }
        CallSheetContent previous = content(sent.get());
        List<PersonToNotify> toNotify = LateChange.whoMustBeTold(sheet(previous), sheet(next)).stream()
                .map(n -> new PersonToNotify(n.personId(), n.name(), n.reasons())).toList();
        CallSheetChange change = new CallSheetChange(sent.get().id, sent.get().number, toNotify);
        return new CallSheetContent(next.productionTitle(), next.dayNumber(), next.shootingDays(), next.scheduleVersionId(),
                next.scheduleVersionNumber(), next.unitCall(), next.estimatedWrap(), next.wrapsNextDay(), next.mealBreakMinutes(),
                next.dayNotes(), next.locations(), next.scenes(), next.cast(), next.crew(), next.transport(), next.meals(),
                next.emergencyContacts(), next.officeAddress(), next.officePhone(), next.notes(), next.restFindings(), change);
    }

    private LateChange.Sheet sheet(CallSheetContent c) {
        List<LateChange.Person> people = new ArrayList<>();
        c.cast().forEach(p -> people.add(new LateChange.Person(p.personId(), p.name(), true, p.call(), p.wrap(), Set.copyOf(p.scenes()))));
        c.crew().forEach(p -> people.add(new LateChange.Person(p.personId(), p.name(), false, p.call(), p.wrap(), Set.of())));
        Set<UUID> locations = c.locations().stream().map(CallSheetLocation::shootingSetId).collect(Collectors.toCollection(HashSet::new));
        return new LateChange.Sheet(people, locations, c.scenes().stream().map(CallSheetScene::number).toList(),
                write(List.of(c.transport(), c.meals(), c.notes() == null ? "" : c.notes())));
    }

    private static int indexOf(List<UnitCalls.Call> calls, UUID personId) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).personId().equals(personId)) {
                return i;
            }
        }
        return -1;
    }

    private CallSheet find(UUID productionId, UUID callSheetId) {
        return CallSheet.<CallSheet> find("id = ?1 and productionId = ?2", callSheetId, productionId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("call sheet", callSheetId));
    }

    private CallSheetContent content(CallSheet s) {
        try {
            return mapper.readValue(s.content, CallSheetContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("call sheet " + s.id + " cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
