// The audit trail (admins): every change and refused attempt, newest first, with filters and paging.
import { get, query } from './api.js';
import { h, fill, fmtTime, field } from './dom.js';
import { errorBox, loading } from './ui.js';

// The target types docs/api.md lists, offered as suggestions; any other value may be typed.
const TARGET_TYPES = ['serving-endpoint', 'secret-scope', 'secret', 'master-key', 'user',
  'service-principal', 'group', 'token'];

export function auditPage(main, me) {
  if (!me.admin) {
    fill(main, h('h1', {}, 'Audit'), h('p', {}, 'The audit trail is for members of the admins group.'));
    return;
  }
  const inputs = {
    target_type: field('Target type', { id: 'au-type', placeholder: 'serving-endpoint', list: 'au-types' }),
    target_name: field('Target name', { id: 'au-name' }),
    principal: field('Principal', { id: 'au-principal' }),
    start: field('From', { id: 'au-start', type: 'datetime-local' }),
    end: field('Until', { id: 'au-end', type: 'datetime-local' }),
  };
  const value = (k) => inputs[k].querySelector('input').value.trim();
  const body = h('div');
  const more = h('div');
  const load = async (pageToken, append) => {
    if (!append) fill(body, loading());
    fill(more);
    const params = {
      target_type: value('target_type'), target_name: value('target_name'), principal: value('principal'),
      start_time: value('start') && Date.parse(value('start')), end_time: value('end') && Date.parse(value('end')),
      max_results: 50, page_token: pageToken,
    };
    try {
      const a = await get('/api/2.0/audit-events' + query(params));
      if (!append) fill(body, table());
      const tbody = body.querySelector('tbody');
      for (const ev of a.events) tbody.append(row(ev));
      if (a.events.length === 0 && !append) fill(body, h('p.muted', {}, 'No event matches.'));
      if (a.next_page_token) {
        fill(more, h('button.secondary', { type: 'button', on: { click: () => load(a.next_page_token, true) } }, 'Older events'));
      }
    } catch (err) {
      (append ? more : body).replaceChildren(errorBox(err));
    }
  };
  const form = h('form.filters', { 'aria-label': 'Filter the audit trail', on: { submit: (e) => { e.preventDefault(); load(); } } },
    Object.values(inputs), h('button#audit-search', { type: 'submit' }, 'Search'));
  const types = h('datalist#au-types', {}, TARGET_TYPES.map((t) => h('option', { value: t })));
  fill(main, h('h1', {}, 'Audit trail'), form, types, body, more);
  load();
}

function table() {
  return h('table#audit.list', {}, h('caption.visually-hidden', {}, 'Audit events, newest first'),
    h('thead', {}, h('tr', {}, ['Time', 'Principal', 'Action', 'Target', 'Outcome', 'Message', 'Change'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody'));
}

function row(ev) {
  const change = ev.before || ev.after
    ? h('details', {}, h('summary', {}, 'before / after'),
        h('pre', {}, 'before: ' + JSON.stringify(ev.before ?? null, null, 1) + '\nafter: ' + JSON.stringify(ev.after ?? null, null, 1)))
    : '';
  return h('tr', {}, h('td', {}, fmtTime(ev.event_time)), h('td', {}, ev.principal), h('td', {}, h('code', {}, ev.action)),
    h('td', {}, `${ev.target_type} ${ev.target_name ?? ''}`), h('td', {}, h('span.outcome.' + String(ev.outcome).toLowerCase(), {}, ev.outcome)),
    h('td', {}, ev.message ?? ''), h('td', {}, change));
}
