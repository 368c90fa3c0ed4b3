import { describe, expect, it } from 'vitest';
import { t } from './i18n';

describe('i18n', () => {
  it('speaks French by default and English on request', () => {
    expect(t('budget.total')).toBe('Total du devis');
    expect(t('budget.total', {}, 'en')).toBe('Devis total');
  });
  it('fills placeholders', () => {
    expect(t('productions.count', { n: 3 })).toBe('3 production(s)');
  });
  it('names each overtime tier', () => {
    expect(t('pay.OVERTIME_25')).toBe('Heures supplémentaires à 25 %');
  });
});
