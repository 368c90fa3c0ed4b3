// The deliverables as a QC board. A card moves by its buttons (keyboard, screen readers) or by dragging it onto a
// column; either way the move goes to the service with the card's If-Match, and a 412 (someone moved it meanwhile)
// offers to reload the board.
import { useEffect, useState } from 'preact/hooks';
import { api, call, ifMatch } from '../api/client';
import type { Deliverable, QcState } from '../api/generated/distribution-service';
import { ApiProblem } from '../api/problem';
import { date } from '../format';
import { t } from '../i18n';
import { Loading, Panel, ProblemBox } from '../ui/components';
import { canMove, isLate, qcColumns, replaceCard } from './qc';

export function QcBoard(props: { productionId: string; canMove: boolean }) {
  const productionId = props.productionId;
  const [items, setItems] = useState<Deliverable[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragged, setDragged] = useState<Deliverable | null>(null);
  const [said, setSaid] = useState('');
  const load = () => {
    setProblem(null);
    call('distribution', () => api.distribution.deliveries.listDeliverables({ productionId, size: 200 }))
      .then((page) => setItems(page.items), setProblem);
  };
  useEffect(load, [productionId]);
  const move = async (card: Deliverable, to: QcState) => {
    if (!canMove(card, to)) return;
    setBusy(card.id);
    setProblem(null);
    try {
      const moved = await call('distribution', () => api.distribution.deliveries.transitionDeliverable({
        productionId, deliverableId: card.id, ifMatch: ifMatch(card.version), qcTransitionRequest: { to, note: null } }));
      setItems((list) => replaceCard(list ?? [], moved));
      setSaid(t('qc.moved', { kind: t(`deliverable.${card.kind}`), state: t(`qc.${to}`) }));
    } catch (failure) {
      setProblem(failure as ApiProblem);
    } finally {
      setBusy(null);
    }
  };
  const today = new Date();
  return (
    <Panel service="distribution" title={t('qc.title')} headingLevel={3}>
      <ProblemBox problem={problem} onReload={load} />
      <p role="status" class="sr-only">{said}</p>
      {items == null && !problem && <Loading />}
      {items != null && (
        <div class="board">
          {qcColumns(items).map((column) => (
            <section key={column.state} class={dragged && canMove(dragged, column.state) ? 'column drop' : 'column'}
              aria-label={t(`qc.${column.state}`)} data-state={column.state}
              onDragOver={(e) => { if (dragged && canMove(dragged, column.state)) e.preventDefault(); }}
              onDrop={(e) => { e.preventDefault(); if (dragged) move(dragged, column.state); setDragged(null); }}>
              <h4>{t(`qc.${column.state}`)} <span class="count">({column.cards.length})</span></h4>
              <ul>{column.cards.map((card) => (
                <li key={card.id} class={isLate(card, today) ? 'card late' : 'card'} draggable={props.canMove}
                  onDragStart={() => setDragged(card)} onDragEnd={() => setDragged(null)}
                  aria-label={`${t(`deliverable.${card.kind}`)}, ${card.recipient}`}>
                  <strong>{t(`deliverable.${card.kind}`)}</strong>
                  <span>{card.recipient}</span>
                  <span>{t('qc.due')} {date(card.dueOn)}{isLate(card, today) ? ` — ${t('qc.late')}` : ''}</span>
                  {props.canMove && card.allowedNext.length > 0 && (
                    <div class="moves">{card.allowedNext.map((to) => (
                      <button type="button" key={to} disabled={busy === card.id} onClick={() => move(card, to)}
                        aria-label={t('qc.moveTo', { kind: t(`deliverable.${card.kind}`), state: t(`qc.${to}`) })}>
                        → {t(`qc.${to}`)}</button>))}
                    </div>)}
                </li>))}
              </ul>
            </section>))}
        </div>)}
    </Panel>
  );
}
