// Builds elements from data without innerHTML, so nothing the API returns is ever parsed as markup.

/** h('tag.class#id', {attrs, on: {click}}, ...children) */
export function h(spec, attrs = {}, ...children) {
  const [, tag, rest] = spec.match(/^([a-z0-9-]+)(.*)$/i);
  const el = document.createElement(tag);
  for (const part of rest.match(/[.#][^.#]+/g) || []) {
    if (part[0] === '.') el.classList.add(part.slice(1));
    else el.id = part.slice(1);
  }
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'on') {
      for (const [event, fn] of Object.entries(value)) el.addEventListener(event, fn);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key in el && typeof value !== 'string') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : value);
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function fmtTime(ms) {
  if (ms === undefined || ms === null) return '—';
  const d = new Date(Number(ms));
  const thisYear = d.getFullYear() === new Date().getFullYear();
  return d.toLocaleString(undefined, {
    year: thisYear ? undefined : 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit'
  });
}

export function fmtCost(usd) {
  if (usd === undefined || usd === null) return '—';
  return '$' + (usd < 0.01 ? Number(usd).toPrecision(2) : Number(usd).toFixed(2));
}

export function fmtNumber(n) {
  return n === undefined || n === null ? '—' : Number(n).toLocaleString();
}

/** A section with a heading, its id derived from the title, and an error slot under the heading. */
export function section(title, ...children) {
  const id = 'sec-' + title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return h('section.card', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** A labelled input: returns [label, input]. */
export function field(labelText, attrs = {}) {
  const id = attrs.id || 'f-' + Math.random().toString(36).slice(2, 9);
  const input = attrs.options
    ? h('select', { id, name: attrs.name },
        attrs.options.map(([value, label]) => h('option', { value }, label)))
    : h('input', { id, type: 'text', ...attrs });
  return h('div.field', {}, h('label', { for: id }, labelText), input);
}
