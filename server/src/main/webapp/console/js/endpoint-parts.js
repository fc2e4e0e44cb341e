// The endpoint page's cards: tags, AI gateway, permissions and version history.
import { api, get, enc, query } from './api.js';
import { h, fill, fmtTime } from './dom.js';
import { errorBox, kvTable, loading, action } from './ui.js';

const card = (id, title, ...children) =>
  h('section.card', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);

export function tagsSection(e, reload) {
  const manager = e.permission_level === 'CAN_MANAGE';
  const slot = h('div.slot', { 'aria-live': 'polite' });
  const patch = async (body) => { await api('PATCH', `/api/2.0/serving-endpoints/${enc(e.name)}/tags`, body); reload(); };
  const list = h('ul#tags.tags', {}, e.tags.length === 0 ? h('li.muted', {}, 'No tags.') : e.tags.map((t) => {
    const remove = manager ? h('button.link', { type: 'button', 'aria-label': `Remove tag ${t.key}` }, '×') : null;
    if (remove) action(remove, slot, () => patch({ delete_tags: [t.key] }));
    return h('li.tag', {}, t.value === undefined ? t.key : `${t.key}=${t.value}`, ' ', remove);
  }));
  const parts = [list];
  if (manager) {
    const key = h('input#tag-key', { type: 'text', required: true, maxlength: 255 });
    const value = h('input#tag-value', { type: 'text', maxlength: 255 });
    const add = h('button#tag-add', { type: 'submit' }, 'Add or replace tag');
    action(add, slot, () => patch({ add_tags: [value.value ? { key: key.value, value: value.value } : { key: key.value }] }));
    parts.push(h('form.inline', { 'aria-label': 'Add a tag' },
      h('div.field', {}, h('label', { for: 'tag-key' }, 'Key'), key),
      h('div.field', {}, h('label', { for: 'tag-value' }, 'Value (optional)'), value), add));
  }
  return card('sec-tags', 'Tags', ...parts, slot);
}

export function gatewaySection(e) {
  const g = e.ai_gateway;
  if (!g) return card('sec-gateway', 'AI gateway and rate limits', h('p.muted', {}, 'No AI gateway settings: no rate limits, usage tracking by the server default.'));
  const limits = g.rate_limits || [];
  return card('sec-gateway', 'AI gateway and rate limits',
    h('table#rate-limits.list', {}, h('caption', {}, 'Rate limits (per minute)'),
      h('thead', {}, h('tr', {}, ['Key', 'Principal', 'Calls', 'Tokens'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, limits.length === 0 ? h('tr', {}, h('td', { colspan: 4 }, 'None.')) : limits.map((l) =>
        h('tr', {}, h('td', {}, l.key), h('td', {}, l.principal || (l.key === 'endpoint' ? '—' : 'default')),
          h('td.num', {}, l.calls ?? 'unlimited'), h('td.num', {}, l.tokens ?? 'unlimited'))))),
    kvTable('Other settings', { ...g, rate_limits: undefined }, ['rate_limits']));
}

export function permissionsSection(e) {
  const body = h('div', {}, loading());
  const section = card('sec-permissions', 'Permissions', body);
  if (e.permission_level !== 'CAN_MANAGE') {
    fill(body, h('p.muted', {}, `Your level is ${e.permission_level}. Who else holds which level is shown to managers only.`));
    return section;
  }
  get(`/api/2.0/permissions/serving-endpoints/${enc(e.id)}`).then(async (p) => {
    const rows = p.access_control_list.map((a) => {
      const [kind, principal] = a.user_name ? ['user', a.user_name]
        : a.group_name ? ['group', a.group_name] : ['service principal', a.service_principal_name];
      const level = a.all_permissions.map((x) => x.permission_level).join(', ');
      const inherited = a.all_permissions.some((x) => x.inherited);
      return { kind, principal, level, how: inherited ? 'inherited: admins manage every endpoint' : 'granted directly' };
    });
    const members = await Promise.all(rows.map((r) => (r.kind === 'group' ? groupMembers(r.principal) : null)));
    fill(body, h('table#permissions.list', {}, h('caption', {}, 'Who holds which level, and through which group'),
      h('thead', {}, h('tr', {}, ['Principal', 'Kind', 'Level', 'How', 'Members (through this group)'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.map((r, i) => h('tr', {}, h('th', { scope: 'row' }, r.principal), h('td', {}, r.kind),
        h('td', {}, r.level), h('td', {}, r.how), h('td', {}, members[i] ?? '—'))))));
  }, (err) => fill(body, errorBox(err)));
  return section;
}

async function groupMembers(name) {
  try {
    const list = await get('/api/2.0/preview/scim/v2/Groups' + query({ filter: `displayName eq "${name}"` }));
    const group = list.Resources?.[0];
    if (!group) return 'no such group yet';
    const m = group.members || [];
    return m.length ? m.map((x) => `${x.display} (${x.type})`).join(', ') : 'no members';
  } catch (err) {
    return err.message;
  }
}

export function historySection(e) {
  const body = h('div', {}, loading());
  const more = h('div.actions');
  const tbody = h('tbody');
  const page = (token) => get(`/api/2.0/serving-endpoints/${enc(e.name)}/config-versions` + query({ page_token: token }))
    .then((answer) => {
      if (!token) {
        fill(body, h('table#history.list', {}, h('caption', {}, 'Config versions, newest first'),
          h('thead', {}, h('tr', {}, ['Version', 'Status', 'Model', 'Submitted', 'By', 'Finished', 'Message']
            .map((c) => h('th', { scope: 'col' }, c)))), tbody));
      }
      for (const v of answer.config_versions || []) {
        const m = v.config?.served_entities?.[0]?.external_model;
        tbody.append(h('tr', { dataset: { version: v.config_version, status: v.status } },
          h('td.num', {}, v.config_version), h('td', {}, h('span.status.' + String(v.status).toLowerCase(), {}, v.status)),
          h('td', {}, m ? `${m.provider} / ${m.name}` : '—'), h('td', {}, fmtTime(v.start_time)),
          h('td', {}, v.created_by || '—'), h('td', {}, fmtTime(v.finished_at)), h('td', {}, v.message || '')));
      }
      fill(more, answer.next_page_token && (answer.config_versions || []).length
        ? h('button.secondary', { type: 'button', on: { click: () => page(answer.next_page_token) } }, 'Older versions') : null);
    }, (err) => fill(token ? more : body, token ? null : h('p.muted', {}, 'Version history is not available:'), errorBox(err)));
  page();
  return card('sec-history', 'Version history', body, more);
}
