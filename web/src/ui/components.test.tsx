import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { ApiProblem } from '../api/problem';
import { call, serviceUp } from '../api/client';
import { Field, Panel, ProblemBox } from './components';

afterEach(() => {
  cleanup();
  serviceUp.crew.set(true);
});

describe('what a person sees when something goes wrong', () => {
  it('offers to reload after a 412', () => {
    const reload = vi.fn();
    render(<ProblemBox problem={new ApiProblem(412, { status: 412 })} onReload={reload} />);
    expect(screen.getByRole('alert').textContent).toContain('Quelqu’un d’autre a modifié cet élément');
    fireEvent.click(screen.getByRole('button', { name: 'Recharger la dernière version' }));
    expect(reload).toHaveBeenCalledOnce();
  });
  it('shows a field error next to its field, tied to it for screen readers', () => {
    render(<Field label="SIRET" value="123" onInput={() => undefined} error="must be a SIRET of 14 digits" />);
    const input = screen.getByLabelText('SIRET');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent)
      .toBe('must be a SIRET of 14 digits');
  });
  it('greys out the panel of a service that does not answer, and only that one', async () => {
    render(<><Panel service="crew" title="Équipe"><p>contrats</p></Panel>
      <Panel service="rights" title="Droits"><p>remontées</p></Panel></>);
    await call('crew', () => Promise.reject(Object.assign(new Error('down'), {
      name: 'ResponseError', response: new Response('Bad Gateway', { status: 502 }) }))).catch(() => undefined);
    expect((await screen.findByRole('region', { name: 'Équipe' })).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('region', { name: 'Droits' }).getAttribute('aria-disabled')).toBe('false');
    expect(screen.getByRole('status').textContent).toContain('Service indisponible');
  });
  it('brings the panel back at the service\'s next answer', async () => {
    serviceUp.crew.set(false);
    render(<Panel service="crew" title="Équipe"><p>contrats</p></Panel>);
    await call('crew', () => Promise.resolve('ok'));
    expect((await screen.findByRole('region', { name: 'Équipe' })).getAttribute('aria-disabled')).toBe('false');
  });
});
