// The only HTTP layer of the application: the generated clients, each configured once with the session's token.
// call() turns every failure into an ApiProblem and keeps track of which service answers, so that a panel of a
// service that is down greys out while the others work. Regenerating the clients changes nothing here.
import * as budget from './generated/budget-service';
import * as crew from './generated/crew-service';
import * as rights from './generated/rights-service';
import * as distribution from './generated/distribution-service';
import { isoDay } from '../format';
import { ApiProblem, problemOf } from './problem';
import { session } from '../auth/session';
import { Store } from '../store';

export type Service = 'budget' | 'crew' | 'rights' | 'distribution';
export const SERVICES: Service[] = ['budget', 'crew', 'rights', 'distribution'];

const token = async () => session.get()?.accessToken ?? '';

/**
 * The generated clients write every Date of a query as an instant ("2027-10-06T00:00:00.000Z"); a day (a LocalDate,
 * which the screens build at UTC midnight with localDate()) goes as the day itself, "2027-10-06", as the services read it.
 */
export function queryString(params: Record<string, unknown>): string {
  const days: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    const midnight = value instanceof Date && value.getUTCHours() === 0 && value.getUTCMinutes() === 0
      && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    days[key] = midnight ? isoDay(value as Date) : value;
  }
  return budget.querystring(days as budget.HTTPQuery);
}

const budgetConfig = new budget.Configuration({ accessToken: token, queryParamsStringify: queryString });
const crewConfig = new crew.Configuration({ accessToken: token, queryParamsStringify: queryString });
const rightsConfig = new rights.Configuration({ accessToken: token, queryParamsStringify: queryString });
const distributionConfig = new distribution.Configuration({ accessToken: token, queryParamsStringify: queryString });

export const api = {
  budget: {
    productions: new budget.ProductionsApi(budgetConfig),
    budgets: new budget.BudgetsApi(budgetConfig),
    referenceData: new budget.BudgetReferenceDataApi(budgetConfig),
    costReport: new budget.CostReportApi(budgetConfig),
    cashFlow: new budget.CashFlowApi(budgetConfig),
    financing: new budget.FinancingPlanApi(budgetConfig),
    invoices: new budget.InvoicesApi(budgetConfig),
    purchaseOrders: new budget.PurchaseOrdersApi(budgetConfig),
    membership: new budget.MembershipApi(budgetConfig),
    carbon: new budget.CarbonFootprintApi(budgetConfig),
  },
  crew: {
    contracts: new crew.ContractsApi(crewConfig),
    timesheets: new crew.TimesheetsApi(crewConfig),
    dpae: new crew.DPAEApi(crewConfig),
    payrollInputs: new crew.PayrollInputsApi(crewConfig),
    people: new crew.PeopleApi(crewConfig),
  },
  rights: {
    waterfalls: new rights.WaterfallsApi(rightsConfig),
    statements: new rights.StatementsApi(rightsConfig),
    chainOfTitle: new rights.ChainOfTitleApi(rightsConfig),
    cueSheets: new rights.CueSheetsApi(rightsConfig),
  },
  distribution: {
    premieres: new distribution.ScreeningsAndPremieresApi(distributionConfig),
    festivals: new distribution.FestivalsApi(distributionConfig),
    submissions: new distribution.FestivalSubmissionsApi(distributionConfig),
    deliveries: new distribution.DeliveriesApi(distributionConfig),
    mediaWindows: new distribution.MediaWindowsApi(distributionConfig),
    revenueReports: new distribution.RevenueReportsApi(distributionConfig),
  },
};

/** false while a service does not answer (network error, 502/503/504); true again at its next answer. */
export const serviceUp: Record<Service, Store<boolean>> = {
  budget: new Store(true), crew: new Store(true), rights: new Store(true), distribution: new Store(true),
};

interface GeneratedResponseError {
  name: string;
  response?: Response;
}

/** Runs one generated-client call for a service; a failure comes out as an ApiProblem. */
export async function call<T>(service: Service, request: () => Promise<T>): Promise<T> {
  try {
    const result = await request();
    if (!serviceUp[service].get()) serviceUp[service].set(true);
    return result;
  } catch (e) {
    const error = e as GeneratedResponseError;
    let problem: ApiProblem;
    if (error instanceof ApiProblem) {
      problem = error;
    } else if (error?.name === 'ResponseError' && error.response) {
      problem = await problemOf(error.response);
    } else if (error?.name === 'FetchError' || e instanceof TypeError) {
      problem = new ApiProblem(503, { title: 'Service Unavailable' });
    } else {
      // A response the generated client could not read: said as an unexpected error, never a blank panel.
      console.error(`${service}: unexpected failure`, e);
      problem = new ApiProblem(0, { detail: String((e as Error)?.message ?? e) });
    }
    if (problem.kind === 'unavailable') serviceUp[service].set(false);
    else if (!serviceUp[service].get()) serviceUp[service].set(true);
    if (problem.kind === 'signedOut') session.set(null);
    return Promise.reject(problem);
  }
}

/** The If-Match of a resource: the services' ETag is its optimistic-locking version in quotes. */
export function ifMatch(version: number | undefined): string {
  return `"${version ?? 0}"`;
}

/** A fresh Idempotency-Key for one POST that creates something (a retry of the same click reuses it). */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}

/** Saves a download (a Blob from a generated client) under its file name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
