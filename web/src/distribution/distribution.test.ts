import { describe, expect, it } from 'vitest';
import type { Deliverable, RevenueReport, WindowOpening } from '../api/generated/distribution-service';
import { canMove, isLate, qcColumns, replaceCard } from './qc';
import { revenueTotals } from './revenue';
import { timeline } from './timeline';

const card = (id: string, kind: string, qcState: string, dueOn: string, allowedNext: string[] = []) =>
  ({ id, kind, qcState, dueOn: new Date(dueOn), allowedNext, version: 0 }) as unknown as Deliverable;

describe('QC board', () => {
  const deliverables = [
    card('dcp', 'DCP', 'ACCEPTED', '2027-09-15'),
    card('trailer', 'TRAILER', 'REQUESTED', '2027-07-15', ['DELIVERED']),
    card('kit', 'PRESS_KIT', 'REQUESTED', '2027-07-15', ['DELIVERED']),
    card('cue', 'MUSIC_CUE_SHEET', 'REQUESTED', '2027-06-01', ['DELIVERED']),
    card('visa', 'VISA_EXPLOITATION', 'IN_QC', '2027-09-01', ['ACCEPTED', 'REDELIVERY_REQUESTED', 'REJECTED']),
  ];
  it('puts each deliverable in the column of its QC state, by due date then kind', () => {
    const columns = qcColumns(deliverables);
    expect(columns.map((c) => c.state)).toEqual(['REQUESTED', 'DELIVERED', 'IN_QC', 'REDELIVERY_REQUESTED', 'ACCEPTED', 'REJECTED']);
    expect(columns[0].cards.map((c) => c.id)).toEqual(['cue', 'kit', 'trailer']);
    expect(columns[2].cards.map((c) => c.id)).toEqual(['visa']);
    expect(columns[4].cards.map((c) => c.id)).toEqual(['dcp']);
    expect(columns[1].cards).toEqual([]);
  });
  it('offers only the moves the service allows', () => {
    expect(canMove(deliverables[1], 'DELIVERED')).toBe(true);
    expect(canMove(deliverables[1], 'ACCEPTED')).toBe(false);
    expect(canMove(deliverables[4], 'IN_QC')).toBe(false);
  });
  it('replaces a moved card with the service answer', () => {
    const moved = card('trailer', 'TRAILER', 'DELIVERED', '2027-07-15', ['IN_QC']);
    const next = replaceCard(deliverables, moved);
    expect(qcColumns(next)[1].cards.map((c) => c.id)).toEqual(['trailer']);
    expect(next).toHaveLength(5);
  });
  it('calls late what is not accepted after its due date', () => {
    const today = new Date('2027-08-01');
    expect(isLate(deliverables[1], today)).toBe(true);
    expect(isLate(deliverables[0], today)).toBe(false);
    expect(isLate(deliverables[4], today)).toBe(false);
  });
});

describe('media windows timeline', () => {
  const opening = (code: string, media: string, months: number, opensOn: string) =>
    ({ window: { code, media, accord: '2022', monthsAfterRelease: months }, opensOn: new Date(opensOn) }) as unknown as WindowOpening;
  it('places each window by its opening between the release and a month after the last one', () => {
    const release = new Date('2027-10-06');
    const line = timeline(release, [
      opening('SVOD', 'SVOD', 15, '2029-01-06'),
      opening('VIDEO', 'VIDEO', 4, '2028-02-06'),
      opening('PAY_TV', 'PAY_TV', 6, '2028-04-06'),
    ]);
    expect(line.rows.map((r) => r.code)).toEqual(['VIDEO', 'PAY_TV', 'SVOD']);
    // 2027-10-06 -> 2029-01-06 is 458 days, the axis ends 31 days later (489 days); VIDEO opens after 123 days (25.2 %),
    // the 6-month tick after 183 (37.4 %), the 12-month one after 366 (2028 is a leap year: 74.8 %)
    expect(line.rows[0].offset).toBe(25.2);
    expect(line.rows[2].offset).toBe(93.7);
    expect(line.ticks).toEqual([{ months: 0, offset: 0 }, { months: 6, offset: 37.4 }, { months: 12, offset: 74.8 }]);
  });
  it('is an empty axis without windows', () => {
    const line = timeline(new Date('2027-10-06'), []);
    expect(line.rows).toEqual([]);
    expect(line.ticks).toEqual([{ months: 0, offset: 0 }]);
  });
});

describe('revenue reports', () => {
  it('sums the receipts in decimals and the admissions', () => {
    const report = (amount: string, admissions: number) => ({ total: { amount, currency: 'EUR' }, admissions }) as RevenueReport;
    expect(revenueTotals([report('325417.50', 48210), report('212922.00', 31544), report('134122.50', 19870)]))
      .toEqual({ gross: '672462.00', currency: 'EUR', admissions: 99624 });
    expect(revenueTotals([])).toEqual({ gross: '0.00', currency: 'EUR', admissions: 0 });
  });
});
