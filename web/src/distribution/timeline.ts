// The media chronology of a film as a timeline: each window placed by its opening date between the French release
// and the last opening, in months after release (the unit of the accords).
import type { WindowOpening } from '../api/generated/distribution-service';

export interface TimelineRow {
  code: string;
  media: string;
  accord: string;
  opensOn: Date;
  months: number;
  /** where the window opens along the axis, 0-100 */
  offset: number;
}

export interface Timeline {
  release: Date;
  end: Date;
  rows: TimelineRow[];
  /** ticks every 6 months after release up to the last opening, placed along the axis (0-100) */
  ticks: { months: number; offset: number }[];
}

const DAY = 86_400_000;

export function timeline(release: Date, windows: readonly WindowOpening[]): Timeline {
  const sorted = [...windows].sort((a, b) => a.opensOn.getTime() - b.opensOn.getTime() || a.window.code.localeCompare(b.window.code));
  const last = sorted.length === 0 ? release : sorted[sorted.length - 1].opensOn;
  const lastMonths = sorted.reduce((m, w) => Math.max(m, w.window.monthsAfterRelease), 0);
  // a margin of a month after the last opening, so that its marker is not on the edge
  const end = new Date(last.getTime() + 31 * DAY);
  const span = end.getTime() - release.getTime();
  const place = (d: Date) => (span <= 0 ? 0 : Math.round(((d.getTime() - release.getTime()) / span) * 1000) / 10);
  const rows = sorted.map((w) => ({
    code: w.window.code, media: w.window.media, accord: w.window.accord, opensOn: w.opensOn,
    months: w.window.monthsAfterRelease,
    offset: place(w.opensOn),
  }));
  const ticks: { months: number; offset: number }[] = [];
  for (let m = 0; m <= lastMonths; m += 6) {
    const d = new Date(release);
    d.setUTCMonth(d.getUTCMonth() + m);
    ticks.push({ months: m, offset: place(d) });
  }
  return { release, end, rows, ticks };
}
