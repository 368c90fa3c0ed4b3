package fr.bobine.distribution.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class QcStateTest {

    @Test
    void happyPathRequestedDeliveredInQcAccepted() {
        assertTrue(QcState.REQUESTED.canMoveTo(QcState.DELIVERED));
        assertTrue(QcState.DELIVERED.canMoveTo(QcState.IN_QC));
        assertTrue(QcState.IN_QC.canMoveTo(QcState.ACCEPTED));
    }

    @Test
    void qcFailureLeadsToRedeliveryOrRejection() {
        assertEquals(EnumSet.of(QcState.ACCEPTED, QcState.REDELIVERY_REQUESTED, QcState.REJECTED), QcState.IN_QC.next());
        assertEquals(EnumSet.of(QcState.DELIVERED), QcState.REDELIVERY_REQUESTED.next());
        assertEquals(EnumSet.of(QcState.REQUESTED), QcState.REJECTED.next());
    }

    @Test
    void acceptedIsFinalAndQcCannotBeSkipped() {
        assertTrue(QcState.ACCEPTED.next().isEmpty());
        assertFalse(QcState.ACCEPTED.canMoveTo(QcState.REQUESTED));
        assertFalse(QcState.DELIVERED.canMoveTo(QcState.ACCEPTED));
        assertFalse(QcState.REQUESTED.canMoveTo(QcState.IN_QC));
    }
}
