package fr.bobine.crew.callsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.crew.callsheet.LateChange.Notice;
import fr.bobine.crew.callsheet.LateChange.Person;
import fr.bobine.crew.callsheet.LateChange.Reason;
import fr.bobine.crew.callsheet.LateChange.Sheet;

class LateChangeTest {

    static final UUID CLIFF = UUID.randomUUID();
    static final UUID LIGHTHOUSE = UUID.randomUUID();
    static final LocalDateTime T14 = LocalDateTime.parse("2027-03-10T14:00");
    static final LocalDateTime T15 = LocalDateTime.parse("2027-03-10T15:00");
    static final LocalDateTime T16 = LocalDateTime.parse("2027-03-10T16:00");
    static final LocalDateTime WRAP = LocalDateTime.parse("2027-03-11T02:00");

    static final Person DOP = new Person(UUID.randomUUID(), "Maëlle Kervella", false, T15, WRAP, Set.of());
    static final Person GAFFER = new Person(UUID.randomUUID(), "Gwenaël Le Bihan", false, T14, WRAP, Set.of());
    static final Person ACTRESS = new Person(UUID.randomUUID(), "Soizic Caradec", true, T15, WRAP, Set.of("5", "6"));
    static final Sheet SENT = new Sheet(List.of(DOP, GAFFER, ACTRESS), Set.of(CLIFF), List.of("5", "6"), "transport 14:30");

    @Test
    void nothingChangedTellsNobody() {
        assertTrue(LateChange.whoMustBeTold(SENT, SENT).isEmpty());
    }

    @Test
    void aLaterCallForTheActressTellsHerOnly() {
        Person later = new Person(ACTRESS.personId(), ACTRESS.name(), true, T16, WRAP, ACTRESS.scenes());
        List<Notice> notices = LateChange.whoMustBeTold(SENT, new Sheet(List.of(DOP, GAFFER, later), SENT.locations(),
                SENT.scenes(), SENT.details()));
        assertEquals(List.of(new Notice(ACTRESS.personId(), "Soizic Caradec", List.of(Reason.CALL_CHANGED))), notices);
    }

    @Test
    void aSceneDroppedTellsTheCrewAndTheCastWhoseScenesChanged() {
        // scene 6 dropped: the actress plays in it, so she is told; the crew shoots every scene, so they are told too
        Person actress = new Person(ACTRESS.personId(), ACTRESS.name(), true, T15, WRAP, Set.of("5"));
        List<Notice> notices = LateChange.whoMustBeTold(SENT, new Sheet(List.of(DOP, GAFFER, actress), SENT.locations(),
                List.of("5"), SENT.details()));
        assertEquals(List.of("Gwenaël Le Bihan", "Maëlle Kervella", "Soizic Caradec"), notices.stream().map(Notice::name).toList());
        assertTrue(notices.stream().allMatch(n -> n.reasons().equals(List.of(Reason.SCENES_CHANGED))));
    }

    @Test
    void aNewLocationTellsEveryoneAndSomeoneNoLongerCalledIsToldSo() {
        Person newcomer = new Person(UUID.randomUUID(), "Anne Guillou", false, T15, WRAP, Set.of());
        List<Notice> notices = LateChange.whoMustBeTold(SENT, new Sheet(List.of(DOP, ACTRESS, newcomer), Set.of(LIGHTHOUSE),
                SENT.scenes(), "transport 15:00"));
        assertEquals(List.of(new Notice(newcomer.personId(), "Anne Guillou", List.of(Reason.ADDED)),
                new Notice(GAFFER.personId(), "Gwenaël Le Bihan", List.of(Reason.REMOVED)),
                new Notice(DOP.personId(), "Maëlle Kervella", List.of(Reason.LOCATION_CHANGED, Reason.DETAILS_CHANGED)),
                new Notice(ACTRESS.personId(), "Soizic Caradec", List.of(Reason.LOCATION_CHANGED, Reason.DETAILS_CHANGED))), notices);
    }
}
