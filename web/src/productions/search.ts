// Case- and accent-insensitive matching of what a person types against a production's titles.
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('fr');
}

export function matches(query: string, ...texts: (string | null | undefined)[]): boolean {
  const q = fold(query.trim());
  return q === '' || texts.some((t) => t != null && fold(t).includes(q));
}
