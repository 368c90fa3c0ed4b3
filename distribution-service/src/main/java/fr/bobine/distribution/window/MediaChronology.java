package fr.bobine.distribution.window;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Opening dates of the media windows from the French theatrical release. Source: accord on the chronologie des
 * médias of 24 Jan 2022 (arrêté of 4 Feb 2022) and its 2025 successor (arrêté of 6 Feb 2025, in force 13 Feb 2025
 * to 9 Feb 2028), shared/domain/distribution.md §3.2. The windows are dated data; this class only does the dates.
 */
public final class MediaChronology {

    private final List<MediaWindow> windows;

    public MediaChronology(List<MediaWindow> windows) {
        this.windows = List.copyOf(windows);
    }

    public record Opening(MediaWindow window, LocalDate opensOn) {
    }

    /** The windows of the accord in force on the release date, each with its opening date, earliest first. */
    public List<Opening> openings(LocalDate releaseDate) {
        return windows.stream().filter(w -> w.inForceOn(releaseDate))
                .map(w -> new Opening(w, opensOn(w, releaseDate)))
                .sorted(Comparator.comparing(Opening::opensOn).thenComparing(o -> o.window().code()))
                .toList();
    }

    public static LocalDate opensOn(MediaWindow window, LocalDate releaseDate) {
        return releaseDate.plusMonths(window.monthsAfterRelease());
    }

    /** The window a rights block of {@code media} falls under: the one it names, else the media's default. */
    public Optional<MediaWindow> windowFor(RightsMedia media, String windowCode, LocalDate releaseDate) {
        return windows.stream().filter(w -> w.inForceOn(releaseDate) && w.media() == media)
                .filter(w -> windowCode == null ? w.defaultForMedia() : w.code().equals(windowCode))
                .findFirst();
    }

    /**
     * A warning when rights of {@code media} in France start before their window opens, else empty.
     */
    public Optional<String> tooEarly(RightsMedia media, String windowCode, LocalDate rightsStart, LocalDate releaseDate) {
        return windowFor(media, windowCode, releaseDate).filter(w -> rightsStart.isBefore(opensOn(w, releaseDate)))
                .map(w -> media + " rights start on " + rightsStart + " but window " + w.code() + " of the " + w.accord()
                        + " opens " + w.monthsAfterRelease() + " months after the release of " + releaseDate + ", on "
                        + opensOn(w, releaseDate));
    }
}
