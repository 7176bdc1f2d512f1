/**
 * A tiny element builder for the widgets' custom elements. Children are strings (written as text
 * nodes, never parsed as HTML) or nodes; `null`/`undefined`/`false` children are skipped. Attributes are
 * set with setAttribute, except `class` and boolean `true` (empty attribute) and `false`/undefined (omitted).
 * Event handlers are never attributes: attach them with addEventListener, so the CSP holds.
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) throw new TypeError(`h(): event handler attribute "${name}" is not allowed; use addEventListener`);
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

/** Appends children (strings become text nodes). */
function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces all children of `parent`. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** The element under `root` with `data-<name>` (or `data-<name>="<value>"`); throws if the markup is missing it. */
export function part<T extends Element = HTMLElement>(root: ParentNode, name: string, value?: string): T {
  const selector = value === undefined ? `[data-${name}]` : `[data-${name}="${value}"]`;
  const el = root.querySelector<T & Element>(selector);
  if (!el) throw new Error(`widget markup is missing ${selector}`);
  return el;
}
