// The console's shell: who is signed in, which page the hash names, and the navigation.
import { api, session, whenUnauthenticated } from './api.js';
import { h, fill } from './dom.js';
import { errorBox } from './ui.js';
import { endpointsPage } from './endpoints.js';
import { endpointPage } from './endpoint.js';
import { secretsPage } from './secrets.js';
import { auditPage } from './audit.js';

const main = document.getElementById('main');
/** The signed-in principal: {userName, groups, admin}; null when signed out. */
export let me = null;
let stopPage = () => {};

function describeMe(scim) {
  const groups = (scim.groups || []).map((g) => g.display);
  return { userName: scim.userName, displayName: scim.displayName, groups, admin: groups.includes('admins') };
}

function signInPage(reason) {
  document.getElementById('nav').hidden = true;
  document.getElementById('who').hidden = true;
  const input = h('input#token', {
    type: 'password', name: 'token', autocomplete: 'off', required: true, spellcheck: 'false',
    'aria-describedby': 'token-help',
  });
  const slot = h('div.slot', { 'aria-live': 'polite' }, reason ? errorBox(reason) : null);
  const button = h('button#sign-in', { type: 'submit' }, 'Sign in');
  const form = h('form.signin.card', { 'aria-labelledby': 'signin-title' },
    h('h1#signin-title', {}, 'Sign in to Gatehouse'),
    h('div.field', {}, h('label', { for: 'token' }, 'Gatehouse token'), input),
    h('p#token-help.muted', {},
      'A token from the token API, or the admin token (the file admin-token in the data directory, ',
      h('code', {}, '~/.gatehouse/admin-token'), ' by default). It is kept in this tab only.'),
    slot, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const scim = await api('GET', '/api/2.0/preview/scim/v2/Me', undefined, input.value.trim());
      session.token = input.value.trim();
      me = describeMe(scim);
      const target = location.hash && location.hash !== '#/' ? location.hash : '#/endpoints';
      if (location.hash === target) route();
      else location.hash = target;
    } catch (e) {
      fill(slot, errorBox(e));
      input.focus();
    } finally {
      button.disabled = false;
    }
  });
  fill(main, form);
  input.focus();
}

function signOut(reason) {
  stopPage();
  session.clear();
  me = null;
  signInPage(reason);
}

function showChrome() {
  document.getElementById('nav').hidden = false;
  document.getElementById('nav-audit').hidden = !me.admin;
  document.getElementById('who').hidden = false;
  fill(document.getElementById('who-name'),
    h('span', { title: me.groups.length ? 'groups: ' + me.groups.join(', ') : 'no groups' },
      me.userName, me.admin ? ' (admin)' : ''));
}

const PAGES = [
  [/^#\/endpoints\/([^/]+)$/, (m) => endpointPage(main, decodeURIComponent(m[1]), me), 'endpoints'],
  [/^#\/secrets$/, () => secretsPage(main, me), 'secrets'],
  [/^#\/audit$/, () => auditPage(main, me), 'audit'],
  [/^/, () => endpointsPage(main, me), 'endpoints'],
];

async function route() {
  stopPage();
  stopPage = () => {};
  if (!session.token) return signInPage();
  if (!me) {
    try {
      me = describeMe(await api('GET', '/api/2.0/preview/scim/v2/Me'));
    } catch (e) {
      return signOut(e);
    }
  }
  showChrome();
  const hash = location.hash || '#/endpoints';
  const [pattern, render, nav] = PAGES.find(([p]) => p.test(hash));
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.page === nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  stopPage = render(hash.match(pattern)) || (() => {});
  main.focus({ preventScroll: true });
}

whenUnauthenticated((error) => signOut(error));
document.getElementById('sign-out').addEventListener('click', () => {
  location.hash = '';
  signOut();
});
window.addEventListener('hashchange', route);
route();
