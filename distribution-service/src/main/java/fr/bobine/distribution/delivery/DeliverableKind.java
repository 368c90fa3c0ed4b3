package fr.bobine.distribution.delivery;

/** Items of a delivery schedule (shared/domain/distribution.md §2.4). */
public enum DeliverableKind {
    PICTURE_MASTER, DCP, PAD, IMF_PACKAGE, M_AND_E, SUBTITLES, MUSIC_CUE_SHEET, CHAIN_OF_TITLE, EO_CERTIFICATE,
    VISA_EXPLOITATION, PRESS_KIT, TRAILER, STILLS
}
