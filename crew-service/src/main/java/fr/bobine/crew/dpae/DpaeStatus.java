package fr.bobine.crew.dpae;

public enum DpaeStatus {
    TO_SEND, SENT, ACCEPTED, REJECTED
}
