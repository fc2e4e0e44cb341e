// Secret scopes, their keys and ACLs. Values are write-only: the console never shows or asks for one back.
import { api, get, enc, query } from './api.js';
import { h, fill, fmtTime, field } from './dom.js';
import { errorBox, loading, action, confirmDialog } from './ui.js';

const RESERVED = 'gatehouse-managed';

export function secretsPage(main, me) {
  const list = h('div', {}, loading());
  const detail = h('div');
  const slot = h('div.slot', { 'aria-live': 'polite' });
  const name = field('New scope name', { id: 'scope-name', required: true });
  const create = h('button#scope-create', { type: 'submit' }, 'Create scope');
  const reload = () => get('/api/2.0/secrets/scopes/list').then(
    (a) => fill(list, scopesTable(a.scopes || [], detail, me, reload)), (err) => fill(list, errorBox(err)));
  action(create, slot, async () => {
    const scope = name.querySelector('input').value.trim();
    await api('POST', '/api/2.0/secrets/scopes/create', { scope });
    await reload();
    openScope(scope, detail, me, reload);
  });
  fill(main, h('h1', {}, 'Secrets'),
    h('p.muted', {}, 'Scopes, keys and who may use them. Secret values are never shown: no API returns them.'),
    h('div.grid', {},
      h('section.card', { 'aria-labelledby': 'sec-scopes' }, h('h2#sec-scopes', {}, 'Scopes'), list,
        h('form.inline', { 'aria-label': 'Create a scope' }, name, create), slot),
      detail));
  reload();
}

function scopesTable(scopes, detail, me, reload) {
  if (scopes.length === 0) return h('p.muted', {}, 'No scope you hold a permission on.');
  return h('ul#scopes.plain', {}, scopes.map((s) => h('li', {},
    h('button.link', { type: 'button', on: { click: () => openScope(s.name, detail, me, reload) } }, s.name))));
}

/** A scope: its keys (READ), put and delete (offered where ACLs show the caller may), its ACLs (MANAGE). */
async function openScope(scope, detail, me, reloadScopes) {
  fill(detail, loading());
  if (scope === RESERVED) return reservedScope(scope, detail);
  let acls = null;
  let aclError = null;
  try {
    acls = (await get('/api/2.0/secrets/acls/list' + query({ scope }))).items || [];
  } catch (e) {
    aclError = e;
  }
  // Reading the ACLs needs MANAGE, which includes WRITE; without it the console cannot tell READ
  // from WRITE, and offers no write actions rather than ones that may fail.
  const manage = acls !== null;
  const reopen = () => openScope(scope, detail, me, reloadScopes);
  const parts = [h('h2#sec-scope', {}, `Scope ${scope}`), keys(scope, manage, reopen)];
  if (manage) parts.push(putForm(scope, reopen), aclSection(scope, acls, reopen), deleteScope(scope, detail, reloadScopes));
  else parts.push(h('p.muted', {}, `You do not manage this scope, so its ACLs are not shown (${aclError.message}).`));
  fill(detail, h('section.card', { 'aria-labelledby': 'sec-scope' }, ...parts));
}

/** Gatehouse's own scope: admins may list its keys, nobody may change it (docs/api.md, Secrets). */
function reservedScope(scope, detail) {
  fill(detail, h('section.card', { 'aria-labelledby': 'sec-scope' }, h('h2#sec-scope', {}, `Scope ${scope}`),
    h('p.muted', {}, 'Gatehouse keeps the plaintext credentials of endpoint configs here. Nobody, admins included, may put, delete or grant in it.'),
    keys(scope, false)));
}

/** The scope's keys, loaded into the element returned. */
function keys(scope, manage, reopen) {
  const body = h('div', {}, loading());
  get('/api/2.0/secrets/list' + query({ scope })).then((a) => fill(body, keysTable(scope, a.secrets || [], manage, reopen)),
    (err) => fill(body, errorBox(err)));
  return body;
}

function keysTable(scope, secrets, manage, reopen) {
  if (secrets.length === 0) return h('p.muted', {}, 'No secrets in this scope.');
  const slot = h('div.slot', { 'aria-live': 'polite' });
  return h('div', {}, h('table#secret-keys.list', {}, h('caption', {}, 'Keys (values are never shown)'),
    h('thead', {}, h('tr', {}, ['Key', 'Last updated', manage ? 'Actions' : null].filter(Boolean).map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, secrets.map((s) => {
      const del = manage ? h('button.link.danger', { type: 'button', 'aria-label': `Delete secret ${s.key}` }, 'Delete') : null;
      if (del) action(del, slot, async () => {
        if (await confirmDialog('Delete the secret?', `${scope}/${s.key} is deleted; configs that reference it stop resolving.`, 'Delete')) {
          await api('POST', '/api/2.0/secrets/delete', { scope, key: s.key });
          reopen();
        }
      });
      return h('tr', {}, h('th', { scope: 'row' }, s.key), h('td', {}, fmtTime(s.last_updated_timestamp)), del ? h('td', {}, del) : null);
    }))), slot);
}

function putForm(scope, reopen) {
  const key = field('Key', { id: 'secret-key', required: true });
  const value = field('Value (write-only)', { id: 'secret-value', type: 'password', autocomplete: 'off', required: true });
  const put = h('button#secret-put', { type: 'submit' }, 'Put secret');
  const slot = h('div.slot', { 'aria-live': 'polite' });
  action(put, slot, async () => {
    const v = value.querySelector('input');
    await api('POST', '/api/2.0/secrets/put', { scope, key: key.querySelector('input').value.trim(), string_value: v.value });
    v.value = '';
    reopen();
  });
  return h('form.inline', { 'aria-label': 'Put a secret' }, key, value, put, slot);
}

function aclSection(scope, acls, reopen) {
  const slot = h('div.slot', { 'aria-live': 'polite' });
  const principal = field('Principal (user, group or application id)', { id: 'acl-principal', required: true });
  const level = field('Permission', { id: 'acl-permission', options: [['READ', 'READ'], ['WRITE', 'WRITE'], ['MANAGE', 'MANAGE']] });
  const put = h('button#acl-put', { type: 'submit' }, 'Grant');
  action(put, slot, async () => {
    await api('POST', '/api/2.0/secrets/acls/put',
      { scope, principal: principal.querySelector('input').value.trim(), permission: level.querySelector('select').value });
    reopen();
  });
  return h('div', {}, h('table#secret-acls.list', {}, h('caption', {}, 'Access control'),
    h('thead', {}, h('tr', {}, ['Principal', 'Permission', 'Actions'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, acls.map((a) => {
      const del = h('button.link.danger', { type: 'button', 'aria-label': `Remove ${a.principal}` }, 'Remove');
      action(del, slot, async () => { await api('POST', '/api/2.0/secrets/acls/delete', { scope, principal: a.principal }); reopen(); });
      return h('tr', {}, h('th', { scope: 'row' }, a.principal), h('td', {}, a.permission), h('td', {}, del));
    }))), h('form.inline', { 'aria-label': 'Grant a permission' }, principal, level, put), slot);
}

function deleteScope(scope, detail, reloadScopes) {
  const slot = h('div.slot', { 'aria-live': 'polite' });
  const del = h('button.danger', { type: 'button' }, 'Delete scope');
  action(del, slot, async () => {
    if (await confirmDialog('Delete the scope?', `Scope ${scope}, its secrets and ACLs are deleted.`, 'Delete scope')) {
      await api('POST', '/api/2.0/secrets/scopes/delete', { scope });
      fill(detail);
      reloadScopes();
    }
  });
  return h('div.actions', {}, del, slot);
}
