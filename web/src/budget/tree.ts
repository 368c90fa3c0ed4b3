// A devis version as people read it: chapters, then the accounts under each, then the lines of each account.
// The single mapping from the API's flat lists (lines, accounts, chapters) to the screen.
import type { BudgetAccountTotal, BudgetChapterTotal, BudgetLine, BudgetVersion } from '../api/generated/budget-service';

export interface AccountNode {
  account: BudgetAccountTotal;
  lines: BudgetLine[];
}

export interface ChapterNode {
  chapter: BudgetChapterTotal;
  accounts: AccountNode[];
}

const byCode = (a: { code?: string }, b: { code?: string }) =>
  (a.code ?? '').localeCompare(b.code ?? '', 'fr', { numeric: true });

/** Every chapter; under it only the accounts that hold lines or money, so a 300-account template stays readable. */
export function devisTree(version: BudgetVersion): ChapterNode[] {
  const lines = version.lines ?? [];
  const linesOf = (code: string) => lines.filter((l) => l.accountCode === code)
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return [...(version.chapters ?? [])].sort(byCode).map((chapter) => ({
    chapter,
    accounts: (version.accounts ?? [])
      .filter((a) => a.chapterCode === chapter.code)
      .sort(byCode)
      .map((account) => ({ account, lines: linesOf(account.code ?? '') }))
      .filter((n) => n.lines.length > 0 || Number(n.account.total?.amount ?? 0) !== 0),
  }));
}

/** The accounts a line can be booked on: those no other account hangs under. */
export function leafAccounts(version: BudgetVersion): BudgetAccountTotal[] {
  const parents = new Set((version.accounts ?? []).map((a) => a.parentCode).filter(Boolean));
  return (version.accounts ?? []).filter((a) => !parents.has(a.code)).sort(byCode);
}
