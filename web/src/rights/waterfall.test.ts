import { describe, expect, it } from 'vitest';
import { sharesOf } from './waterfall';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

describe('where each euro went', () => {
  it('adds what each beneficiary took over the receipts, to the cent, largest first', () => {
    // receipt 1: 1000.00 gross: exhibitor 530.00, distributor 141.00, producer 329.00
    // receipt 2:  100.10 gross: exhibitor  53.05, distributor  14.11, producer  32.94
    const shares = sharesOf({ receipts: [
      { steps: [{ holder: 'exploitant', took: eur('530.00') }, { holder: 'distributeur', took: eur('141.00') },
        { holder: 'producteur', took: eur('329.00') }] },
      { steps: [{ holder: 'exploitant', took: eur('53.05') }, { holder: 'distributeur', took: eur('14.11') },
        { holder: 'producteur', took: eur('32.94') }] },
    ] } as unknown as Parameters<typeof sharesOf>[0]);
    expect(shares).toEqual([
      { holder: 'exploitant', took: '583.05' }, // 530.00 + 53.05
      { holder: 'producteur', took: '361.94' }, // 329.00 + 32.94
      { holder: 'distributeur', took: '155.11' }, // 141.00 + 14.11
    ]);
  });
  it('leaves out steps that took nothing', () => {
    expect(sharesOf({ receipts: [{ steps: [{ holder: 'auteur', took: eur('0.00') }] }] } as unknown as Parameters<typeof sharesOf>[0])).toEqual([]);
  });
});
