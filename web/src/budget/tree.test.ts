import { describe, expect, it } from 'vitest';
import type { BudgetVersion } from '../api/generated/budget-service';
import { devisTree, leafAccounts } from './tree';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

// Only what the tree reads; the rest of a version does not matter here.
const version = {
  chapters: [{ code: '2', labelFr: 'Personnel', total: eur('3000.00') }, { code: '10', labelFr: 'Divers', total: eur('0.00') }],
  accounts: [
    { code: '24', chapterCode: '2', level: 1, labelFr: 'Équipe image', total: eur('3000.00') },
    { code: '2401', parentCode: '24', chapterCode: '2', level: 2, labelFr: 'Directeur photo', total: eur('3000.00') },
    { code: '2403', parentCode: '24', chapterCode: '2', level: 2, labelFr: 'Assistant', total: eur('0.00') },
    { code: '101', chapterCode: '10', level: 1, labelFr: 'Assurances', total: eur('0.00') },
  ],
  lines: [
    { id: 'b', accountCode: '2401', label: 'Prépa', position: 2, amount: eur('1000.00') },
    { id: 'a', accountCode: '2401', label: 'Tournage', position: 1, amount: eur('2000.00') },
  ],
} as unknown as BudgetVersion;

describe('devis tree', () => {
  it('orders chapters numerically (2 before 10) and keeps every chapter', () => {
    expect(devisTree(version).map((c) => c.chapter.code)).toEqual(['2', '10']);
  });
  it('shows only accounts with lines or money, lines in their order', () => {
    const [personnel, divers] = devisTree(version);
    expect(personnel.accounts.map((a) => a.account.code)).toEqual(['24', '2401']);
    expect(personnel.accounts[1].lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(divers.accounts).toEqual([]);
  });
  it('books lines only on leaf accounts', () => {
    expect(leafAccounts(version).map((a) => a.code)).toEqual(['101', '2401', '2403']);
  });
});
