import { describe, expect, it } from 'vitest';
import { ApiProblem, problemOf } from './problem';

const problem = (status: number, body: object | string) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body),
    { status, headers: { 'Content-Type': 'application/problem+json' } });

describe('problem+json in plain words', () => {
  it('puts each field error beside its field', async () => {
    const p = await problemOf(problem(400, {
      type: 'urn:bobine:problem:validation', title: 'Invalid request', status: 400, detail: '2 fields are invalid',
      errors: [{ field: 'delegatedProducer.siret', reason: 'must be a SIRET of 14 digits with a valid Luhn key' },
        { field: 'title', reason: 'must not be blank' }],
    }));
    expect(p.kind).toBe('invalid');
    expect(p.fieldErrors['delegatedProducer.siret']).toBe('must be a SIRET of 14 digits with a valid Luhn key');
    expect(p.fieldErrors.title).toBe('must not be blank');
    expect(p.summary).toBe('Certaines informations ne sont pas valides.');
  });
  it('calls a 412 stale, so that the screen offers to reload', async () => {
    const p = await problemOf(problem(412, { title: 'Precondition Failed', status: 412, detail: 'stale ETag' }));
    expect(p.kind).toBe('stale');
    expect(p.summary).toContain('Quelqu’un d’autre a modifié cet élément');
  });
  it('adds the business rule the service explains to a 422', async () => {
    const p = await problemOf(problem(422, { status: 422, detail: 'the version is locked' }));
    expect(p.kind).toBe('rule');
    expect(p.summary).toBe('Cette opération enfreint une règle métier. the version is locked');
  });
  it('reads an nginx 502 page as a service that is down', async () => {
    const p = await problemOf(new Response('<html>Bad Gateway</html>', { status: 502 }));
    expect(p.kind).toBe('unavailable');
    expect(p.summary).toBe('Le service ne répond pas. Réessayez dans un instant.');
  });
  it('has a sentence for a status it does not know', () => {
    expect(new ApiProblem(418, {}).summary).toBe('Une erreur inattendue est survenue.');
  });
});
