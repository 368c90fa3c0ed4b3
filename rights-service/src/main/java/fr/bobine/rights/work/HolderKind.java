package fr.bobine.rights.work;

public enum HolderKind {
    PERSON, COMPANY
}
