// Hash routes (#/productions/ID/budget): the edge serves one index.html, the application picks the screen.
import { Store } from './store';

export type Route =
  | { name: 'productions' }
  | { name: 'newProduction' }
  | { name: 'dashboard'; id: string }
  | { name: 'editProduction'; id: string }
  | { name: 'budget'; id: string }
  | { name: 'costs'; id: string }
  | { name: 'financing'; id: string }
  | { name: 'crew'; id: string }
  | { name: 'rights'; id: string }
  | { name: 'distribution'; id: string };

const AREAS = ['budget', 'costs', 'financing', 'crew', 'rights', 'distribution', 'edit'] as const;

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'productions' || parts.length === 1) return { name: 'productions' };
  if (parts[1] === 'new') return { name: 'newProduction' };
  const id = parts[1];
  const area = parts[2] as typeof AREAS[number] | undefined;
  if (!area || !AREAS.includes(area)) return { name: 'dashboard', id };
  return area === 'edit' ? { name: 'editProduction', id } : { name: area, id };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'productions': return '#/productions';
    case 'newProduction': return '#/productions/new';
    case 'dashboard': return `#/productions/${encodeURIComponent(route.id)}`;
    case 'editProduction': return `#/productions/${encodeURIComponent(route.id)}/edit`;
    default: return `#/productions/${encodeURIComponent(route.id)}/${route.name}`;
  }
}

export const route = new Store<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => route.set(parseRoute(location.hash)));
}

export function go(to: Route): void {
  location.hash = href(to);
}
