package fr.bobine.rights.waterfall;

import java.time.LocalDate;
import java.util.List;

/**
 * When a position may take anything: receipts dated from/until, of the media and territories listed (empty = all;
 * limits cross-collateralisation), once a threshold is reached. All parts must hold.
 */
public record Condition(LocalDate from, LocalDate until, List<Media> media, List<String> territories, Threshold threshold) {
}
