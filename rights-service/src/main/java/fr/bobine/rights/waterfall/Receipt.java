package fr.bobine.rights.waterfall;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money entering the waterfall: {@code gross} at the cent, the public price for a theatrical receipt. */
public record Receipt(String id, LocalDate date, Media media, String territory, BigDecimal gross, Integer admissions) {
}
