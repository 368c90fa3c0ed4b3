// Two kept weekly cost reports side by side: for each chapter and line, the figures of the earlier and of the later
// report and what moved between them, recomputed in decimal strings (to − from) from the two reports' figures.
import type { CostFigures, CostReportComparedLine, CostReportComparison } from '../api/generated/budget-service';
import { isZero, subtract } from '../decimal';

export const COMPARED: (keyof CostFigures)[] = ['committed', 'actual', 'estimatedFinalCost', 'variance'];

export interface SideBySideRow {
  key: string;
  code: string;
  label: string | null;
  chapter: boolean;
  from: Record<string, string>;
  to: Record<string, string>;
  delta: Record<string, string>;
  moved: boolean;
}

function row(line: CostReportComparedLine, chapter: boolean): SideBySideRow {
  const from: Record<string, string> = {};
  const to: Record<string, string> = {};
  const delta: Record<string, string> = {};
  for (const figure of COMPARED) {
    from[figure] = line.from?.[figure].amount ?? '0.00';
    to[figure] = line.to?.[figure].amount ?? '0.00';
    delta[figure] = subtract(to[figure], from[figure]);
  }
  return { key: line.key, code: (chapter ? line.chapterCode : line.accountCode) ?? line.key, label: line.label, chapter,
    from, to, delta, moved: COMPARED.some((f) => !isZero(delta[f])) };
}

/** Chapters in their order, each followed by its lines that moved (the unchanged lines only make the table long). */
export function sideBySide(comparison: CostReportComparison): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  for (const chapter of comparison.chapters) {
    rows.push(row(chapter, true));
    const code = chapter.chapterCode ?? chapter.key;
    for (const line of comparison.lines.filter((l) => l.chapterCode === code)) {
      const r = row(line, false);
      if (r.moved) rows.push(r);
    }
  }
  return rows;
}

export function totalRow(comparison: CostReportComparison): SideBySideRow {
  return row(comparison.total, true);
}
