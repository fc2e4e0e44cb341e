// Usage charts of one endpoint (usage API): calls and 429s, tokens, cost, top principals, latency.
import uPlot from '../../webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { get, enc, query } from './api.js';
import { h, fill, fmtCost, fmtNumber } from './dom.js';
import { errorBox, loading } from './ui.js';

const MINUTE = 60_000;
const RANGES = [
  ['minute', 'Last hour, per minute', 60 * MINUTE, MINUTE],
  ['hour', 'Last 24 hours, per hour', 24 * 60 * MINUTE, 60 * MINUTE],
  ['day', 'Last 30 days, per day', 30 * 24 * 60 * MINUTE, 24 * 60 * MINUTE],
];

export function usageSection(e) {
  const select = h('select#usage-range', {}, RANGES.map(([v, label]) => h('option', { value: v }, label)));
  const refresh = h('button#usage-refresh.secondary', { type: 'button' }, 'Refresh');
  const body = h('div#usage-body', {});
  const draw = () => render(e, RANGES.find((r) => r[0] === select.value), body);
  select.addEventListener('change', draw);
  refresh.addEventListener('click', draw);
  draw();
  return h('section.card.usage', { 'aria-labelledby': 'sec-usage' }, h('h2#sec-usage', {}, 'Usage'),
    h('div.inline', {}, h('div.field', {}, h('label', { for: 'usage-range' }, 'Period'), select), refresh), body);
}

async function render(e, [groupBy, , span, step], body) {
  fill(body, loading('Loading usage…'));
  const end = Date.now();
  const start = Math.floor((end - span) / step) * step;
  const path = `/api/2.0/serving-endpoints/${enc(e.name)}/usage`;
  const [series, principals] = await Promise.allSettled([
    get(path + query({ group_by: groupBy, start_time: start, end_time: end })),
    get(path + query({ group_by: 'principal', start_time: start, end_time: end })),
  ]);
  fill(body);
  if (series.status === 'rejected') {
    body.append(h('div.chart-error', {}, h('p', {}, `Charts per ${groupBy} are not available:`), errorBox(series.reason)));
  } else {
    const report = series.value;
    const t = report.totals || {};
    body.append(h('p#usage-totals', { dataset: { calls: t.calls ?? 0 } },
      `${fmtNumber(t.calls)} calls (${fmtNumber(t.failed_calls)} failed`,
      t.rate_limited_calls !== undefined ? `, ${fmtNumber(t.rate_limited_calls)} refused with 429` : '',
      `), ${fmtNumber(t.total_tokens)} tokens, estimated cost ${fmtCost(t.cost_usd)}`,
      t.unpriced_calls ? ` (${t.unpriced_calls} calls without a price)` : '', '.'));
    body.append(latency(report));
    const columns = buckets(report.groups || [], start, end, step);
    const specs = [
      ['chart-calls', 'Calls', [['calls', 'Calls'], ['failed_calls', 'Failed'], ['rate_limited_calls', '429s']]],
      ['chart-tokens', 'Tokens', [['total_tokens', 'Total'], ['completion_tokens', 'Completion']]],
      ['chart-cost', 'Estimated cost (USD)', [['cost_usd', 'Cost']]],
    ];
    // All figures are laid out first, so each chart is sized to its own column.
    const figures = specs.map(([id, title]) => h('figure.chart', { id }, h('figcaption', {}, title)));
    body.append(h('div.charts', {}, figures));
    specs.forEach(([, title, series], i) => chart(figures[i], title, columns, series, step));
  }
  body.append(principals.status === 'rejected' ? errorBox(principals.reason) : topPrincipals(principals.value));
}

function latency(report) {
  const l = report.latency_ms || report.totals?.latency_ms;
  if (!l) {
    // The report leaves latency out when no call of the period succeeded.
    const why = report.totals?.rate_limited_calls === undefined ? 'not reported by this server' : 'no successful call in the period';
    return h('p#latency.muted', {}, `Latency percentiles: ${why}.`);
  }
  return h('dl#latency.facts', {}, ['p50', 'p90', 'p99'].map((p) =>
    [h('dt', {}, `Latency ${p}`), h('dd', {}, l[p] === undefined || l[p] === null ? '—' : `${fmtNumber(l[p])} ms`)]));
}

/** Every bucket of the period, empty ones included, as columns of the totals. */
function buckets(groups, start, end, step) {
  const byStart = new Map(groups.map((g) => [g.start_time ?? Date.parse(g.key), g.totals]));
  const xs = [];
  const rows = [];
  for (let t = start; t < end; t += step) {
    xs.push(t / 1000);
    rows.push(byStart.get(t) || {});
  }
  return { xs, rows };
}

function chart(figure, title, { xs, rows }, series, step) {
  const present = series.filter(([key]) => rows.some((r) => r[key] !== undefined) || key === series[0][0]);
  const data = [xs, ...present.map(([key]) => rows.map((r) => r[key] ?? 0))];
  const total = data.slice(1).map((col) => col.reduce((a, b) => a + b, 0));
  figure.dataset.total = total[0] ?? 0;
  const style = getComputedStyle(document.documentElement);
  const colours = ['--chart-1', '--chart-2', '--chart-3'].map((v) => style.getPropertyValue(v).trim());
  const axis = { stroke: style.getPropertyValue('--fg').trim(), grid: { stroke: style.getPropertyValue('--line').trim() } };
  // A bar starts at its bucket's start (align 1), so the axis runs to the end of the last bucket;
  // at least 2 px wide, so one call in an hour of minutes still shows.
  const bars = uPlot.paths.bars({ size: [0.9, 40, 2], align: 1 });
  const range = [xs[0], xs[xs.length - 1] + step / 1000];
  new uPlot({
    width: Math.max(280, figure.clientWidth - 16), height: 180,
    scales: { x: { time: true, range: () => range }, y: { range: (u, min, max) => [0, max > 0 ? max * 1.1 : 1] } },
    axes: [axis, { ...axis, size: 60 }],
    series: [{ label: 'Time' }, ...present.map(([, label], i) => ({
      // Bars, drawn in order: each later series is a part of the first (failed of calls, 429s of
      // failed, completion of total tokens), so it shows as the lower part of its bar.
      label, stroke: colours[i], fill: colours[i] + (i === 0 ? '66' : 'cc'), width: 1,
      paths: bars, points: { show: false },
    }))],
  }, data, figure);
  figure.append(h('details', {}, h('summary', {}, `${title}: data table`),
    h('table.list', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Bucket start'),
      present.map(([, label]) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, xs.map((x, i) => (data.slice(1).some((col) => col[i]) ?
        h('tr', {}, h('td', {}, new Date(x * 1000).toLocaleString()), data.slice(1).map((col) => h('td.num', {}, col[i]))) : null))))));
}

function topPrincipals(report) {
  const groups = [...(report.groups || [])].sort((a, b) => b.totals.calls - a.totals.calls).slice(0, 10);
  return h('table#top-principals.list', {}, h('caption', {}, 'Top principals in the period'),
    h('thead', {}, h('tr', {}, ['Principal', 'Calls', 'Tokens', 'Cost'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, groups.length === 0 ? h('tr', {}, h('td', { colspan: 4 }, 'No calls in the period.')) :
      groups.map((g) => h('tr', {}, h('th', { scope: 'row' }, g.key), h('td.num', {}, fmtNumber(g.totals.calls)),
        h('td.num', {}, fmtNumber(g.totals.total_tokens)), h('td.num', {}, fmtCost(g.totals.cost_usd))))));
}
