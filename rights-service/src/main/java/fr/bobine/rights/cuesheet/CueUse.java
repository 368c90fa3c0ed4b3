package fr.bobine.rights.cuesheet;

/** How the music is used on screen (générique début/fin, musique de fond, musique à l'image, thème). */
public enum CueUse {
    OPENING_CREDITS, END_CREDITS, BACKGROUND, VISUAL, THEME
}
