// The deliverables as a QC board: one column per QC state in the order a deliverable goes through them, cards by due
// date. Which moves a card offers comes from the service (allowedNext), never from a copy of its state machine.
import type { Deliverable, QcState } from '../api/generated/distribution-service';

export const QC_COLUMNS: QcState[] = ['REQUESTED', 'DELIVERED', 'IN_QC', 'REDELIVERY_REQUESTED', 'ACCEPTED', 'REJECTED'];

export interface QcColumn {
  state: QcState;
  cards: Deliverable[];
}

export function qcColumns(deliverables: readonly Deliverable[]): QcColumn[] {
  return QC_COLUMNS.map((state) => ({
    state,
    cards: deliverables.filter((d) => d.qcState === state)
      .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.kind.localeCompare(b.kind)),
  }));
}

/** Whether dropping the card on a column is a move the service allows from its current state. */
export function canMove(card: Pick<Deliverable, 'qcState' | 'allowedNext'>, to: QcState): boolean {
  return card.qcState !== to && card.allowedNext.includes(to);
}

/** A card replaced by the service's answer, the others as they were (the board keeps its order by column). */
export function replaceCard(deliverables: readonly Deliverable[], moved: Deliverable): Deliverable[] {
  return deliverables.map((d) => (d.id === moved.id ? moved : d));
}

/** Late: not accepted and its due date before the given day. */
export function isLate(card: Pick<Deliverable, 'qcState' | 'dueOn'>, today: Date): boolean {
  return card.qcState !== 'ACCEPTED' && card.dueOn.getTime() < today.getTime();
}
