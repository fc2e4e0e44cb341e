// Small pieces every page uses: error messages, state badges, confirmation, flattened configs.
import { h, fill } from './dom.js';

/** The server's message, shown where the action was taken. */
export function errorBox(error) {
  return h('p.error', { role: 'alert' },
    h('strong', {}, error.code ? error.code + ': ' : 'Error: '), error.message);
}

/** Shows an error (or clears it with null) in slot. */
export function showError(slot, error) {
  fill(slot, error ? errorBox(error) : null);
}

/** An action that disables its button while it runs and reports its error next to it. */
export function action(button, slot, run) {
  button.addEventListener('click', async (event) => {
    event.preventDefault();
    button.disabled = true;
    showError(slot, null);
    try {
      await run();
    } catch (e) {
      showError(slot, e);
    } finally {
      button.disabled = false;
    }
  });
}

const STATES = {
  IN_PROGRESS: ['updating', 'updating'],
  UPDATE_FAILED: ['update failed', 'failed'],
  UPDATE_CANCELED: ['cancelled', 'cancelled'],
};

/** The endpoint's state as text and colour: ready / updating / update failed / cancelled / not ready. */
export function stateOf(endpoint) {
  const update = endpoint.state?.config_update || 'NOT_UPDATING';
  const [text, tone] = STATES[update] ||
    (endpoint.state?.ready === 'READY' ? ['ready', 'ready'] : ['not ready', 'idle']);
  return { text, tone, update, ready: endpoint.state?.ready };
}

export function stateBadge(endpoint) {
  const s = stateOf(endpoint);
  return h('span.badge.' + s.tone, {
    dataset: { state: s.update, ready: s.ready || '' },
    title: `ready: ${s.ready}, config_update: ${s.update}`,
  }, h('span.dot', { 'aria-hidden': 'true' }), s.text);
}

/** Asks for confirmation in a modal dialog; resolves true when confirmed. */
export function confirmDialog(title, text, confirmLabel) {
  return new Promise((resolve) => {
    const yes = h('button.danger', { type: 'button', value: 'yes' }, confirmLabel);
    const no = h('button.secondary', { type: 'button', value: 'no' }, 'Keep it');
    const dialog = h('dialog.confirm', { 'aria-labelledby': 'dlg-title' },
      h('h2#dlg-title', {}, title), h('p', {}, text), h('div.actions', {}, no, yes));
    const close = (answer) => { dialog.close(); dialog.remove(); resolve(answer); };
    yes.addEventListener('click', () => close(true));
    no.addEventListener('click', () => close(false));
    dialog.addEventListener('cancel', () => close(false));
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}

/** {a: {b: [1]}} -> [['a.b[0]', '1']]: comparable lines of a config. */
export function flatten(value, prefix = '', out = []) {
  if (Array.isArray(value)) {
    if (value.length === 0) out.push([prefix, '[]']);
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) out.push([prefix, '{}']);
    for (const k of keys) flatten(value[k], prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.push([prefix, String(value)]);
  }
  return out;
}

/** A key/value table of a flattened object. */
export function kvTable(caption, object, skip = []) {
  const rows = flatten(object || {}).filter(([k]) => !skip.some((s) => k.startsWith(s)));
  return h('table.kv', {}, h('caption', {}, caption),
    h('tbody', {}, rows.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v)))));
}

export function loading(text = 'Loading…') {
  return h('p.muted', { role: 'status' }, text);
}
