package fr.bobine.crew.payroll;

public enum PeriodStatus {
    OPEN, CLOSED
}
