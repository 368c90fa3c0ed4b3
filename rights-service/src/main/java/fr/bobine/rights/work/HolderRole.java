package fr.bobine.rights.work;

/** What a rights holder is to the work. */
public enum HolderRole {
    AUTHOR, SCREENWRITER, ADAPTER, DIALOGUE_WRITER, DIRECTOR, COMPOSER, LYRICIST, PUBLISHER, LABEL, ARCHIVE_OWNER, PHOTOGRAPHER, HEIR, OTHER
}
