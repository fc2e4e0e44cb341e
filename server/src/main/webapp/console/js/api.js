// The only module that talks to Gatehouse: same origin, the bearer token from session storage.
const TOKEN_KEY = 'gatehouse.console.token';
const ROOT = new URL('../../', import.meta.url);

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export const session = {
  get token() { return sessionStorage.getItem(TOKEN_KEY); },
  set token(value) { sessionStorage.setItem(TOKEN_KEY, value); },
  clear() { sessionStorage.removeItem(TOKEN_KEY); },
};

let onUnauthenticated = () => {};
export function whenUnauthenticated(handler) { onUnauthenticated = handler; }

/** Calls the API; resolves to the parsed JSON body, rejects with an ApiError carrying the server's message. */
export async function api(method, path, body, token = session.token) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(new URL(path.replace(/^\//, ''), ROOT), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, 'NETWORK_ERROR', 'Gatehouse did not answer: ' + e.message);
  }
  const text = await response.text();
  let json = {};
  try { json = text ? JSON.parse(text) : {}; } catch { json = { message: text }; }
  if (!response.ok) {
    const error = new ApiError(response.status, json.error_code || 'HTTP_' + response.status,
      json.message || json.detail || response.statusText);
    if (response.status === 401 && token === session.token) onUnauthenticated(error);
    throw error;
  }
  return json;
}

export const get = (path) => api('GET', path);

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

export const enc = encodeURIComponent;
