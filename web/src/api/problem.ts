// problem+json (RFC 9457, platform Problem) read into what a person needs: a sentence, and errors beside their fields.
import { t } from '../i18n';

export type ProblemKind = 'invalid' | 'signedOut' | 'forbidden' | 'notFound' | 'conflict' | 'stale' | 'rule'
  | 'unavailable' | 'other';

export interface FieldErrorBody {
  field?: string;
  reason?: string;
}

export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldErrorBody[];
}

const kinds: Record<number, ProblemKind> = {
  400: 'invalid', 401: 'signedOut', 403: 'forbidden', 404: 'notFound', 409: 'conflict', 412: 'stale', 422: 'rule',
  428: 'stale', 502: 'unavailable', 503: 'unavailable', 504: 'unavailable',
};

export class ApiProblem extends Error {
  readonly kind: ProblemKind;
  /** field path ("delegatedProducer.siret") -> the reason the service gave */
  readonly fieldErrors: Record<string, string>;
  constructor(readonly status: number, readonly body: ProblemBody) {
    super(body.detail ?? body.title ?? `HTTP ${status}`);
    this.kind = kinds[status] ?? (status >= 500 ? 'unavailable' : 'other');
    this.fieldErrors = {};
    for (const e of body.errors ?? []) {
      if (e.field) this.fieldErrors[e.field] = e.reason ?? '';
    }
  }

  /** The plain-words sentence for the status, then the service's own detail when it adds something. */
  get summary(): string {
    const key = this.kind === 'unavailable' ? 'error.unavailable' : `error.${this.status}`;
    const general = t(key) === key ? t('error.other') : t(key);
    const detail = this.body.detail;
    return detail && this.kind !== 'unavailable' && Object.keys(this.fieldErrors).length === 0
      ? `${general} ${detail}` : general;
  }
}

/** A Response of a failed call -> ApiProblem, whether the body is problem+json, another JSON, text or nothing. */
export async function problemOf(response: Response): Promise<ApiProblem> {
  let body: ProblemBody = {};
  try {
    const text = await response.text();
    if (text) {
      const parsed = JSON.parse(text) as unknown;
      if (parsed && typeof parsed === 'object') body = parsed as ProblemBody;
    }
  } catch {
    // not JSON (an nginx error page): the status alone speaks
  }
  return new ApiProblem(response.status, body);
}
