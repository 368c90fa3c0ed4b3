package fr.bobine.rights.waterfall;

/** How a group hands what reaches it to its members (blockframes: horizontal and vertical groups). */
public enum GroupMode {
    /** Split at once by each member's share; what members do not take, and the unshared part, go to the group's next. */
    PARI_PASSU,
    /** Each member in turn: the next starts with what the previous one did not take. */
    SEQUENTIAL
}
