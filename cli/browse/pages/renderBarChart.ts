import { html, type SafeHtml } from '../html';
import type { PublicationDay } from '../types';

const WIDTH = 720;
const HEIGHT = 180;
const MAX_DAYS = 60;
const MAX_SERIES = 6;

/**
 * Articles per day by publication as an inline SVG of stacked bars (the last {@link MAX_DAYS} days that
 * have articles; the {@link MAX_SERIES} largest publications, the rest as "other"), with a legend and a
 * `<title>` per bar for the numbers. No script draws it.
 *
 * @example
 * renderBarChart([{ publication: 'Valley Courier', day: '2022-03-01', count: 2 }]).value.startsWith('<figure');
 */
export function renderBarChart(perDay: readonly PublicationDay[]): SafeHtml {
  if (perDay.length === 0) return html`<p class="empty">No dated articles yet.</p>`;
  const totals = new Map<string, number>();
  for (const row of perDay) totals.set(row.publication, (totals.get(row.publication) ?? 0) + row.count);
  const series = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const shown = series.slice(0, MAX_SERIES);
  const seriesOf = (publication: string) => (shown.includes(publication) ? publication : 'other');
  const names = series.length > MAX_SERIES ? [...shown, 'other'] : shown;
  const days = [...new Set(perDay.map((row) => row.day))].sort().slice(-MAX_DAYS);
  const byDay = new Map<string, Map<string, number>>();
  for (const row of perDay) {
    if (!days.includes(row.day)) continue;
    const stack = byDay.get(row.day) ?? new Map<string, number>();
    const name = seriesOf(row.publication);
    stack.set(name, (stack.get(name) ?? 0) + row.count);
    byDay.set(row.day, stack);
  }
  const highest = Math.max(...days.map((day) => sum(byDay.get(day))));
  const slot = WIDTH / days.length;
  const barWidth = Math.max(1, slot * 0.8);
  const bars = days.map((day, index) => {
    const stack = byDay.get(day) ?? new Map();
    let y = HEIGHT;
    return names.map((name, colour) => {
      const count = stack.get(name) ?? 0;
      if (count === 0) return '';
      const height = (count / highest) * (HEIGHT - 10);
      y -= height;
      return html`<rect class="series-${colour}" x="${(index * slot).toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}"><title>${day} · ${name}: ${count}</title></rect>`;
    });
  });
  const legend = names.map(
    (name, colour) => html`<li><span class="swatch series-${colour}"></span>${name}</li>`,
  );
  return html`<figure class="chart">
<svg viewBox="0 0 ${WIDTH} ${HEIGHT + 20}" role="img" aria-label="Articles per day by publication">
${bars}
<text x="0" y="${HEIGHT + 15}">${days[0]}</text><text x="${WIDTH}" y="${HEIGHT + 15}" text-anchor="end">${days.at(-1)}</text>
</svg>
<figcaption>Articles per day by publication (highest day: ${highest})<ul class="legend">${legend}</ul></figcaption>
</figure>`;
}

function sum(stack: Map<string, number> | undefined): number {
  return [...(stack?.values() ?? [])].reduce((total, count) => total + count, 0);
}
