package fr.bobine.rights.work;

/** Kinds of underlying works a production exploits. */
public enum WorkKind {
    NOVEL, SCREENPLAY, ADAPTATION, DIALOGUES, ORIGINAL_SCORE, PRE_EXISTING_MUSIC, ARCHIVE_FOOTAGE, PHOTOGRAPH, OTHER
}
