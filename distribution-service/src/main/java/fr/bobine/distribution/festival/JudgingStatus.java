package fr.bobine.distribution.festival;

/** What the jury decided (FilmFreeway's judging status plus the labels festivals add), separate from the submission status. */
public enum JudgingStatus {
    UNDECIDED, SEMI_FINALIST, FINALIST, SELECTED, NOT_SELECTED, AWARD_WINNER
}
