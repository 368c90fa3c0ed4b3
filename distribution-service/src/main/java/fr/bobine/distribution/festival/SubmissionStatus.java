package fr.bobine.distribution.festival;

/** Where the submission stands with the festival (FilmFreeway's submission status), separate from judging. */
public enum SubmissionStatus {
    IN_CONSIDERATION, INCOMPLETE, DISQUALIFIED, WITHDRAWN
}
