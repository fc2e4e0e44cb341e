// One endpoint: what serves, what is being rolled out (polled while an update runs), and the rest.
import { api, get, enc } from './api.js';
import { h, fill, fmtTime } from './dom.js';
import { errorBox, stateBadge, stateOf, confirmDialog, flatten, kvTable, loading, showError } from './ui.js';
import { tagsSection, gatewaySection, permissionsSection, historySection } from './endpoint-parts.js';
import { usageSection } from './usage.js';

const POLL_MS = 2000;

export function endpointPage(main, name) {
  const head = h('div', {}, loading());
  const update = h('div#update');
  const rest = h('div.grid');
  const usage = h('div');
  fill(main, h('p.crumbs', {}, h('a', { href: '#/endpoints' }, 'Endpoints'), ' / ', name), head, update, usage, rest);
  let timer = null;
  let stopped = false;
  let lastVersion = null;

  let latest = 0;
  const load = async () => {
    // A reload after an action may overlap a poll: only the newest answer is shown.
    if (timer) clearTimeout(timer);
    timer = null;
    const seq = ++latest;
    let endpoint;
    try {
      endpoint = await get('/api/2.0/serving-endpoints/' + enc(name));
    } catch (e) {
      if (seq === latest) fill(head, h('h1', {}, name), errorBox(e));
      return;
    }
    if (stopped || seq !== latest) return;
    fill(head, header(endpoint));
    fill(update, updateView(endpoint, load));
    const versionKey = `${endpoint.state.config_update}:${endpoint.config?.config_version}:${endpoint.last_updated_timestamp}`;
    if (versionKey !== lastVersion) {
      lastVersion = versionKey;
      fill(rest, servingSection(endpoint), tagsSection(endpoint, load), gatewaySection(endpoint),
        permissionsSection(endpoint), historySection(endpoint));
    }
    if (!usage.firstChild && endpoint.permission_level === 'CAN_MANAGE') fill(usage, usageSection(endpoint));
    if (endpoint.state.config_update === 'IN_PROGRESS' && !stopped) timer = setTimeout(load, POLL_MS);
  };
  load();
  return () => { stopped = true; if (timer) clearTimeout(timer); };
}

function header(e) {
  return h('header.endpoint-head', {},
    h('h1', {}, e.name, ' ', stateBadge(e)),
    e.description ? h('p', {}, e.description) : null,
    h('dl.facts', {},
      fact('Task', e.task || '—'),
      fact('State', h('code#state-code', {}, `${e.state.ready} / ${e.state.config_update}`)),
      fact('Serving version', e.config ? String(e.config.config_version) : 'none'),
      fact('Creator', e.creator),
      fact('Created', fmtTime(e.creation_timestamp)),
      fact('Last update', fmtTime(e.last_updated_timestamp)),
      fact('Your level', h('span#my-level', {}, e.permission_level))));
}

const fact = (term, value) => [h('dt', {}, term), h('dd', {}, value)];

function updateView(e, reload) {
  const s = stateOf(e);
  if (s.update === 'UPDATE_FAILED' || s.update === 'UPDATE_CANCELED') {
    return h('div.notice.' + s.tone, { role: 'status' },
      h('strong', {}, s.update === 'UPDATE_FAILED' ? 'The last update failed. ' : 'The last update was cancelled. '),
      h('span#update-message', {}, e.state.config_update_message || ''),
      e.config ? ` Version ${e.config.config_version} keeps serving.` : ' No version serves yet.');
  }
  if (s.update !== 'IN_PROGRESS' || !e.pending_config) return null;
  const p = e.pending_config;
  const slot = h('div.slot', { 'aria-live': 'polite' });
  const cancel = e.permission_level === 'CAN_MANAGE'
    ? h('button#cancel-update.danger', { type: 'button' }, 'Cancel update')
    : null;
  cancel?.addEventListener('click', async () => {
    const ok = await confirmDialog('Cancel the update?',
      `Version ${p.config_version} stops rolling out; ${e.config ? 'version ' + e.config.config_version + ' keeps serving' : 'nothing serves yet'}.`,
      'Cancel update');
    if (!ok) return;
    cancel.disabled = true;
    try {
      await api('DELETE', `/api/2.0/serving-endpoints/${enc(e.name)}/pending-config`);
      reload();
    } catch (err) {
      showError(slot, err);
      cancel.disabled = false;
    }
  });
  const seconds = Math.max(0, Math.round((Date.now() - p.start_time) / 1000));
  return h('section.card.updating', { 'aria-labelledby': 'sec-update' },
    h('h2#sec-update', {}, `Update to version ${p.config_version} in progress`),
    h('p', {}, h('progress', { 'aria-label': 'Update in progress' }),
      ` Started ${fmtTime(p.start_time)} (${seconds} s ago); readiness checks are running. This view refreshes every ${POLL_MS / 1000} s.`),
    compare(e.config, p), h('div.actions', {}, cancel), slot);
}

/** The serving and pending configs side by side, changed lines marked (colour and the word). */
function compare(serving, pending) {
  const strip = (c) => c && { served_entities: c.served_entities, traffic_config: c.traffic_config };
  const left = new Map(flatten(strip(serving) || {}));
  const right = new Map(flatten(strip(pending)));
  const keys = [...new Set([...left.keys(), ...right.keys()])].filter((k) => !k.includes('.state.'));
  return h('table#config-diff.diff', {},
    h('caption', {}, 'Serving config and pending config'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'),
      h('th', { scope: 'col' }, serving ? `Serving (version ${serving.config_version})` : 'Serving (none)'),
      h('th', { scope: 'col' }, `Pending (version ${pending.config_version})`))),
    h('tbody', {}, keys.map((k) => {
      const changed = left.get(k) !== right.get(k);
      return h('tr', changed ? { class: 'changed' } : {},
        h('th', { scope: 'row' }, k, changed ? h('span.change-mark', {}, ' changed') : null),
        h('td', {}, left.get(k) ?? '—'), h('td', {}, right.get(k) ?? '—'));
    })));
}

function servingSection(e) {
  const card = h('section.card', { 'aria-labelledby': 'sec-serving' }, h('h2#sec-serving', {}, 'Serving config'));
  if (!e.config) card.append(h('p.muted', {}, 'No config version serves yet.'));
  else card.append(kvTable(`Version ${e.config.config_version}`, { served_entities: e.config.served_entities, traffic_config: e.config.traffic_config }));
  return card;
}
