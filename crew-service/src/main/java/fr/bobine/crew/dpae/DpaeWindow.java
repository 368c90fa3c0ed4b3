package fr.bobine.crew.dpae;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

// C. trav. art. R1221-4 and L1221-10: the DPAE is sent at the earliest 8 days before the hiring and before the first hour of work.
public final class DpaeWindow {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private DpaeWindow() {
    }

    public static Instant hireInstant(LocalDateTime hireAt) {
        return hireAt.atZone(PARIS).toInstant();
    }

    public static Instant earliest(LocalDateTime hireAt) {
        return hireAt.minusDays(8).atZone(PARIS).toInstant();
    }

    /** Why a declaration cannot be made at {@code now} for a hiring at {@code hireAt}, or empty when it can. */
    public static Optional<String> refusal(LocalDateTime hireAt, Instant now) {
        if (now.isBefore(earliest(hireAt))) {
            return Optional.of("a DPAE may be sent at the earliest 8 days before the hiring: not before "
                    + hireAt.minusDays(8) + " (Europe/Paris)");
        }
        if (!now.isBefore(hireInstant(hireAt))) {
            return Optional.of("the first hour of work (" + hireAt + ") has passed: the DPAE is late");
        }
        return Optional.empty();
    }
}
