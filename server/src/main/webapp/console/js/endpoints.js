// The endpoints page: every endpoint the caller may see, its state, and its last 24 h of usage.
import { get, enc } from './api.js';
import { h, fill, fmtTime, fmtCost, fmtNumber } from './dom.js';
import { errorBox, stateBadge, stateOf, loading } from './ui.js';

const model = (e) => e.config?.served_entities?.[0]?.external_model || {};
const tagText = (t) => (t.value === undefined ? t.key : `${t.key}=${t.value}`);

export function endpointsPage(main, me) {
  const filters = {
    tag: h('input#flt-tag', { type: 'search', placeholder: 'key or key=value' }),
    task: h('select#flt-task', {}),
    provider: h('select#flt-provider', {}),
    state: h('select#flt-state', {}),
  };
  const body = h('div', {}, loading('Loading endpoints…'));
  fill(main,
    h('h1', {}, 'Serving endpoints'),
    h('form.filters', { role: 'search', 'aria-label': 'Filter endpoints', on: { submit: (e) => e.preventDefault() } },
      h('div.field', {}, h('label', { for: 'flt-tag' }, 'Tag'), filters.tag),
      h('div.field', {}, h('label', { for: 'flt-task' }, 'Task'), filters.task),
      h('div.field', {}, h('label', { for: 'flt-provider' }, 'Provider'), filters.provider),
      h('div.field', {}, h('label', { for: 'flt-state' }, 'State'), filters.state)),
    body);

  let endpoints = [];
  const usage = new Map();
  const render = () => fill(body, table(endpoints.filter((e) => matches(e, filters)), usage));
  Object.values(filters).forEach((el) => el.addEventListener('input', render));

  get('/api/2.0/serving-endpoints').then((answer) => {
    endpoints = answer.endpoints || [];
    options(filters.task, 'Any task', endpoints.map((e) => e.task).filter(Boolean));
    options(filters.provider, 'Any provider', endpoints.map((e) => model(e).provider).filter(Boolean));
    options(filters.state, 'Any state', endpoints.map((e) => stateOf(e).text));
    render();
    // Usage needs CAN_MANAGE: only asked for where the caller holds it.
    for (const e of endpoints.filter((x) => x.permission_level === 'CAN_MANAGE')) {
      get(`/api/2.0/serving-endpoints/${enc(e.name)}/usage`)
        .then((u) => usage.set(e.name, u.totals), (err) => usage.set(e.name, { error: err }))
        .then(render);
    }
  }, (err) => fill(body, errorBox(err)));
}

function options(select, anyLabel, values) {
  fill(select, h('option', { value: '' }, anyLabel),
    [...new Set(values)].sort().map((v) => h('option', { value: v }, v)));
}

function matches(e, f) {
  const tag = f.tag.value.trim().toLowerCase();
  return (!tag || e.tags.some((t) => tagText(t).toLowerCase().includes(tag)))
    && (!f.task.value || e.task === f.task.value)
    && (!f.provider.value || model(e).provider === f.provider.value)
    && (!f.state.value || stateOf(e).text === f.state.value);
}

function table(endpoints, usage) {
  if (endpoints.length === 0) {
    return h('p.muted', {}, 'No endpoint matches. Endpoints are created through the API ',
      h('code', {}, 'POST /api/2.0/serving-endpoints'), ' or Terraform.');
  }
  return h('table#endpoints.list', {},
    h('caption.visually-hidden', {}, 'Serving endpoints'),
    h('thead', {}, h('tr', {}, ['Name', 'Task', 'Provider / model', 'State', 'Owner and tags',
      'Last update', 'Calls (24 h)', 'Cost (24 h)'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, endpoints.map((e) => row(e, usage.get(e.name)))));
}

function row(e, totals) {
  const m = model(e);
  const restricted = e.permission_level !== 'CAN_MANAGE';
  const usageCell = (value) => h('td.num', restricted ? { title: 'Usage needs CAN_MANAGE' } : {},
    restricted ? '—' : !totals ? '…' : totals.error ? h('span.cell-error', {}, totals.error.message) : value(totals));
  return h('tr', { dataset: { endpoint: e.name } },
    h('th', { scope: 'row' }, h('a', { href: '#/endpoints/' + enc(e.name) }, e.name)),
    h('td', {}, e.task || '—'),
    h('td', {}, m.provider ? `${m.provider} / ${m.name}` : '—'),
    h('td', {}, stateBadge(e)),
    h('td', {}, h('span.owner', {}, e.creator || '—'),
      e.tags.map((t) => h('span.tag', {}, tagText(t)))),
    h('td', {}, fmtTime(e.last_updated_timestamp)),
    usageCell((t) => fmtNumber(t.calls)),
    usageCell((t) => fmtCost(t.cost_usd)));
}
