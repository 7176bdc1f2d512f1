import type { VNode } from '../../../src/widgets/shared/view';

/** The text a VNode tree renders (what a reader sees, buttons included). */
export function textOf(node: VNode | null | undefined): string {
  if (node === null || node === undefined) return '';
  if (typeof node === 'string') return node;
  const inner = node.children.map(textOf).join('');
  return ['p', 'li', 'dt', 'dd', 'tr', 'h3', 'h4', 'h5', 'pre', 'div'].includes(node.tag)
    ? inner + '\n'
    : inner + (node.tag === 'td' || node.tag === 'th' ? ' | ' : '');
}

/** The texts the copy buttons of a VNode tree copy. */
export function copyValues(node: VNode): string[] {
  if (typeof node === 'string') return [];
  const own = typeof node.attrs['data-copy-value'] === 'string' ? [node.attrs['data-copy-value']] : [];
  return own.concat(...node.children.map(copyValues));
}
