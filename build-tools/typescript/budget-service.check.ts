// What the web back-office relies on in budget-service's generated TypeScript client, checked by tsc with the client
// (build-tools/typecheck-client.sh): a property the service always sends must not be optional in the client, or every
// screen would have to handle its absence. The OpenAPI document declares them required (issue 13's contract filter).
import type { Money, Production } from '../../web/src/api/generated/budget-service';

/** true when the client lets property K of T be absent (K?: ...) or undefined. */
type MayBeMissing<T, K extends keyof T> = {} extends Pick<T, K> ? true : undefined extends T[K] ? true : false;

export const productionIdIsAlwaysThere: MayBeMissing<Production, 'id'> = false;
export const productionTitleIsAlwaysThere: MayBeMissing<Production, 'title'> = false;
export const moneyAmountIsAlwaysThere: MayBeMissing<Money, 'amount'> = false;
export const moneyCurrencyIsAlwaysThere: MayBeMissing<Money, 'currency'> = false;
