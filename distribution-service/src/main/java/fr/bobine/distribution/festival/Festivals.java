package fr.bobine.distribution.festival;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
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

import fr.bobine.distribution.festival.FestivalDtos.DeadlineTierDto;
import fr.bobine.distribution.festival.FestivalDtos.FestivalEditionDto;
import fr.bobine.distribution.festival.FestivalDtos.FestivalEditionPage;
import fr.bobine.distribution.festival.FestivalDtos.NewDeadlineTier;
import fr.bobine.distribution.festival.FestivalDtos.NewFestivalEdition;
import fr.bobine.distribution.festival.FestivalDtos.NewSection;
import fr.bobine.distribution.festival.FestivalDtos.SectionDto;
import fr.bobine.distribution.festival.FestivalDtos.UpcomingDeadline;
import fr.bobine.distribution.screening.PremiereRules;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.http.Sorting;
import fr.bobine.platform.http.TextSearch;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** The festival catalogue: editions, their sections and deadline tiers. */
@ApplicationScoped
public class Festivals {

    @Inject
    PremiereRules rules;

    @Transactional
    public FestivalEditionDto create(NewFestivalEdition in) {
        if (in.endsOn().isBefore(in.startsOn())) {
            throw ProblemException.badRequest("endsOn", "must not be before startsOn");
        }
        if (FestivalEdition.count("name = ?1 and year = ?2", in.name(), in.year()) > 0) {
            throw ProblemException.conflict(in.name() + " " + in.year() + " is already in the catalogue");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < in.sections().size(); i++) {
            NewSection s = in.sections().get(i);
            if (!codes.add(s.code())) {
                throw ProblemException.badRequest("sections[" + i + "].code", "appears twice");
            }
            if (s.premiereRuleCode() != null && !rules.exists(s.premiereRuleCode())) {
                throw ProblemException.badRequest("sections[" + i + "].premiereRuleCode", "no premiere rule " + s.premiereRuleCode());
            }
        }
        Set<String> tiers = new HashSet<>();
        for (int i = 0; i < in.deadlines().size(); i++) {
            NewDeadlineTier t = in.deadlines().get(i);
            if (!tiers.add(t.name())) {
                throw ProblemException.badRequest("deadlines[" + i + "].name", "appears twice");
            }
            if (t.fee().signum() < 0) {
                throw ProblemException.badRequest("deadlines[" + i + "].fee", "must not be negative");
            }
            if (t.deadline().isAfter(in.startsOn())) {
                throw ProblemException.badRequest("deadlines[" + i + "].deadline", "must be before the festival starts");
            }
        }
        FestivalEdition e = new FestivalEdition();
        e.id = UUID.randomUUID();
        e.name = in.name();
        e.year = in.year();
        e.country = in.country();
        e.city = in.city();
        e.startsOn = in.startsOn();
        e.endsOn = in.endsOn();
        e.notificationOn = in.notificationOn();
        e.platform = in.platform().name();
        e.international = in.international();
        e.searchText = TextSearch.fold(e.name, e.city);
        e.createdAt = Instant.now();
        e.persist();
        for (NewSection s : in.sections()) {
            FestivalSection row = new FestivalSection();
            row.id = UUID.randomUUID();
            row.editionId = e.id;
            row.code = s.code();
            row.name = s.name();
            row.premiereRequirement = s.premiereRequirement();
            row.premiereRuleCode = s.premiereRuleCode();
            row.persist();
        }
        for (NewDeadlineTier t : in.deadlines()) {
            DeadlineTier row = new DeadlineTier();
            row.id = UUID.randomUUID();
            row.editionId = e.id;
            row.name = t.name();
            row.deadline = t.deadline();
            row.feeAmount = t.fee().amount();
            row.feeCurrency = t.fee().currency();
            row.persist();
        }
        return toDto(e);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FestivalEditionDto> find(UUID id) {
        return FestivalEdition.<FestivalEdition> findByIdOptional(id).map(this::toDto);
    }

    /** The fields the list sorts by ({@code ?sort=}), by their name on the wire. */
    public static final Sorting SORTS = Sorting.of(Map.of("startsOn", "startsOn", "name", "name", "country", "country",
            "notificationOn", "notificationOn"));

    @Transactional(Transactional.TxType.SUPPORTS)
    public FestivalEditionPage list(String q, Integer year, String sort, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (year != null) {
            where.append(" and year = :year");
            params.put("year", year);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and searchText like :q escape '\\'");
            params.put("q", TextSearch.containsPattern(q));
        }
        var found = FestivalEdition.<FestivalEdition> find(where.toString(), SORTS.panache(sort, "startsOn,name"), params);
        found.page(page.page, page.size);
        long total = found.count();
        return new FestivalEditionPage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total,
                page.nextPage(total));
    }

    /** Deadline tiers closing between {@code from} and {@code from + days}, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UpcomingDeadline> upcoming(LocalDate from, int days) {
        List<DeadlineTier> tiers = DeadlineTier.list("deadline >= :from and deadline <= :to", Sort.ascending("deadline", "name"),
                Parameters.with("from", from).and("to", from.plusDays(days)));
        return tiers.stream().map(t -> {
            FestivalEdition e = FestivalEdition.findById(t.editionId);
            return new UpcomingDeadline(e.id, e.name, e.year, t.name, t.deadline, t.fee(), ChronoUnit.DAYS.between(from, t.deadline));
        }).sorted(Comparator.comparing(UpcomingDeadline::deadline).thenComparing(UpcomingDeadline::festival)).toList();
    }

    FestivalEditionDto toDto(FestivalEdition e) {
        List<SectionDto> sections = FestivalSection.<FestivalSection> list("editionId", Sort.ascending("code"), e.id).stream()
                .map(s -> new SectionDto(s.code, s.name, s.premiereRequirement, s.premiereRuleCode)).toList();
        List<DeadlineTierDto> deadlines = DeadlineTier.<DeadlineTier> list("editionId", Sort.ascending("deadline"), e.id).stream()
                .map(t -> new DeadlineTierDto(t.name, t.deadline, t.fee())).toList();
        return new FestivalEditionDto(e.id, e.name, e.year, e.country, e.city, e.startsOn, e.endsOn, e.notificationOn,
                FestivalPlatform.valueOf(e.platform), e.international, sections, deadlines);
    }
}
