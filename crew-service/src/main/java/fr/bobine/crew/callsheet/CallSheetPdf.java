package fr.bobine.crew.callsheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.bobine.crew.schedule.Department;
import fr.bobine.crew.schedule.EmergencyContact;
import fr.bobine.platform.document.PdfDocument;

/** The printed call sheet (feuille de service), in French as the crew reads it. */
final class CallSheetPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<Department, String> DEPARTMENTS = new EnumMap<>(Department.class);

    static {
        DEPARTMENTS.put(Department.DIRECTION, "Mise en scène");
        DEPARTMENTS.put(Department.PRODUCTION, "Production");
        DEPARTMENTS.put(Department.LOCATIONS, "Régie");
        DEPARTMENTS.put(Department.CAMERA, "Image");
        DEPARTMENTS.put(Department.SOUND, "Son");
        DEPARTMENTS.put(Department.LIGHTING, "Électricité");
        DEPARTMENTS.put(Department.GRIP, "Machinerie");
        DEPARTMENTS.put(Department.ART, "Décoration");
        DEPARTMENTS.put(Department.COSTUME, "Costumes");
        DEPARTMENTS.put(Department.HAIR_MAKEUP, "Maquillage et coiffure");
        DEPARTMENTS.put(Department.CAST, "Comédiens");
        DEPARTMENTS.put(Department.OTHER, "Autres");
    }

    private CallSheetPdf() {
    }

    static byte[] of(CallSheetDto s) {
        PdfDocument pdf = PdfDocument.portrait()
                .title("Feuille de service - " + s.productionTitle())
                .text("Jour " + s.dayNumber() + " / " + s.shootingDays() + " - " + DAY.format(s.date()) + " - version " + s.number()
                        + (s.status() == CallSheetStatus.DRAFT ? " (projet)" : "") + " - plan de travail v" + s.scheduleVersionNumber())
                .field("Appel général", TIME.format(s.unitCall()))
                .field("Fin prévue", TIME.format(s.estimatedWrap()) + (s.wrapsNextDay() ? " (le lendemain)" : ""))
                .field("Pause repas", s.mealBreakMinutes() + " min");
        if (s.dayNotes() != null) {
            pdf.field("Consignes du jour", s.dayNotes());
        }
        pdf.heading("Lieux de tournage");
        pdf.table(new float[] { 2, 3, 3, 3 }, List.of("Décor", "Adresse", "Accès", "Hôpital le plus proche"),
                s.locations().stream().map(l -> List.of(l.name(), l.address().street() + ", " + l.address().postcode() + " "
                        + l.address().town(), nz(l.accessNotes()), nz(l.nearestHospital()))).toList());
        pdf.heading("Séquences");
        pdf.table(new float[] { 1, 2, 1.2f, 1, 1, 4, 2, 2 }, List.of("N°", "Décor", "Int/Ext", "J/N", "Pages", "Résumé", "Rôles", "Besoins"),
                s.scenes().stream().map(c -> List.of(c.number(), c.setName(), c.setting().name().replace('_', '/'),
                        c.timeOfDay() == fr.bobine.crew.schedule.TimeOfDay.NIGHT ? "Nuit" : "Jour", c.pages(), nz(c.synopsis()),
                        String.join(", ", c.characters()), String.join(", ", c.specialNeeds()))).toList());
        pdf.heading("Comédiens");
        pdf.table(new float[] { 3, 3, 1.5f, 2, 1.5f, 2.5f }, List.of("Nom", "Rôle", "Séquences", "Convocation", "Fin", "Remarque"),
                s.cast().stream().map(p -> List.of(p.name(), String.join(", ", p.characters()), String.join(", ", p.scenes()),
                        time(p.call(), s.date()), time(p.wrap(), s.date()), nz(p.note()))).toList());
        pdf.heading("Équipe");
        pdf.table(new float[] { 2, 3, 3, 2, 1.5f, 2.5f }, List.of("Département", "Nom", "Poste", "Convocation", "Fin", "Remarque"),
                s.crew().stream().map(p -> List.of(DEPARTMENTS.get(p.department()), p.name(), nz(p.position()), time(p.call(), s.date()),
                        time(p.wrap(), s.date()), nz(p.note()))).toList());
        if (!s.transport().isEmpty()) {
            pdf.heading("Transports");
            pdf.table(new float[] { 1, 3, 3, 2, 3 }, List.of("Départ", "De", "Vers", "Véhicule", "Passagers"),
                    s.transport().stream().map(t -> List.of(TIME.format(t.departure()), t.from(), t.to(), nz(t.vehicle()),
                            nz(t.passengers()))).toList());
        }
        if (!s.meals().isEmpty()) {
            pdf.heading("Repas");
            pdf.table(new float[] { 2, 1, 4, 3 }, List.of("Repas", "Heure", "Lieu", "Traiteur"),
                    s.meals().stream().map(m -> List.of(meal(m.kind()), TIME.format(m.time()), m.place(), nz(m.caterer()))).toList());
        }
        pdf.heading("Urgences");
        List<List<String>> contacts = new ArrayList<>();
        for (EmergencyContact c : s.emergencyContacts()) {
            contacts.add(List.of(c.role(), c.name(), c.phone()));
        }
        contacts.add(List.of("SAMU", "", "15"));
        contacts.add(List.of("Pompiers", "", "18"));
        contacts.add(List.of("Numéro d'urgence européen", "", "112"));
        pdf.table(new float[] { 3, 3, 2 }, List.of("Contact", "Nom", "Téléphone"), contacts);
        if (s.productionOfficeAddress() != null || s.productionOfficePhone() != null) {
            pdf.field("Bureau de production", nz(s.productionOfficeAddress()) + (s.productionOfficePhone() == null ? ""
                    : " - " + s.productionOfficePhone()));
        }
        if (s.notes() != null) {
            pdf.field("Notes", s.notes());
        }
        if (!s.restFindings().isEmpty()) {
            pdf.heading("Repos quotidien");
            s.restFindings().forEach(f -> pdf.text(f.name() + " : " + f.reason()));
        }
        if (s.change() != null) {
            pdf.heading("Modifications depuis la version " + s.change().supersededNumber());
            pdf.table(new float[] { 3, 5 }, List.of("Prévenir", "Pourquoi"),
                    s.change().toNotify().stream().map(n -> List.of(n.name(), String.join(", ",
                            n.reasons().stream().map(CallSheetPdf::reason).toList()))).toList());
        }
        return pdf.toBytes();
    }

    /** 14:00, or 02:00 (+1) the next morning, 23:00 (-1) the evening before. */
    static String time(LocalDateTime at, LocalDate day) {
        long shift = at.toLocalDate().toEpochDay() - day.toEpochDay();
        return TIME.format(at) + (shift == 0 ? "" : " (" + (shift > 0 ? "+" : "") + shift + ")");
    }

    static String time(LocalTime at) {
        return TIME.format(at);
    }

    private static String meal(MealKind kind) {
        return switch (kind) {
            case BREAKFAST -> "Petit déjeuner";
            case SNACK -> "Casse-croûte";
            case LUNCH -> "Déjeuner";
            case DINNER -> "Dîner";
        };
    }

    private static String reason(LateChange.Reason reason) {
        return switch (reason) {
            case ADDED -> "convoqué";
            case REMOVED -> "n'est plus convoqué";
            case CALL_CHANGED -> "heure de convocation changée";
            case WRAP_CHANGED -> "fin changée";
            case SCENES_CHANGED -> "séquences changées";
            case LOCATION_CHANGED -> "lieu changé";
            case DETAILS_CHANGED -> "transports, repas ou notes changés";
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
