/**
 * The proxy config builder's output as a view tree: every tool's snippets, one section per tool, the
 * active one shown (the others carry data-inactive and are hidden by CSS once the element runs).
 * Pure: the same function renders the worked example at build time and the live result in the browser.
 */
import { SNIPPET_TOOLS, validateProxyInput, type FieldDiagnostic, type ProxyField } from '../../lib/snippets';
import type { ProxyFormState } from '../../lib/snippets/shareable';
import { v, vcopy, type VElement } from '../shared/view';

/** The form's fields as typed (lib/snippets/shareable names them, so the share link and the form agree). */
export type ProxyConfigState = ProxyFormState;

export const EXAMPLE_STATE: ProxyConfigState = {
  scheme: 'http',
  host: 'proxy.example.com',
  port: '3128',
  user: 'alice',
  password: 's3cret',
  authScheme: 'basic',
  noProxy: 'localhost,127.0.0.1,.corp.example',
};

export interface ProxyConfigView {
  node: VElement;
  /** The first error message per field, for aria-describedby. */
  fieldErrors: Partial<Record<ProxyField, string>>;
  ok: boolean;
  summary: string;
}

export function proxyConfigView(state: ProxyConfigState, activeTool: string, idPrefix: string): ProxyConfigView {
  const { input, diagnostics } = validateProxyInput(state);
  const fieldErrors: Partial<Record<ProxyField, string>> = {};
  for (const d of diagnostics) if (d.severity === 'error' && fieldErrors[d.field] === undefined) fieldErrors[d.field] = located(d, state);
  const warnings = diagnostics.filter((d) => d.severity !== 'error');
  if (!input) {
    return {
      node: v(
        'div',
        { class: 'w-pc-result' },
        v('p', { class: 'w-error' }, 'Fix the highlighted fields to see the configuration:'),
        v(
          'ul',
          { class: 'w-diagnostics' },
          ...diagnostics
            .filter((d) => d.severity === 'error')
            .map((d) => v('li', {}, v('span', { class: 'w-sev w-sev--error' }, label(d.field)), ': ', located(d, state))),
        ),
      ),
      fieldErrors,
      ok: false,
      summary: `Cannot build the configuration: ${Object.values(fieldErrors)[0] ?? 'invalid input'}`,
    };
  }
  const sections = SNIPPET_TOOLS.map((tool) => {
    let snippets;
    try {
      snippets = tool.build(input);
    } catch (e) {
      snippets = [
        {
          title: tool.label,
          language: 'text',
          code: `Could not build this snippet: ${e instanceof Error ? e.message : String(e)}`,
          notes: [],
        },
      ];
    }
    const headingId = `${idPrefix}-tool-${tool.id}`;
    // A note every variant carries (a warning about the input, not the variant) is said once, under the tool's name.
    const shared = snippets.length > 1 ? snippets[0]!.notes.filter((n) => snippets.every((x) => x.notes.includes(n))) : [];
    return v(
      'div',
      {
        class: 'w-pc-tool',
        'data-tool-section': tool.id,
        'data-inactive': tool.id !== activeTool,
        role: 'region',
        'aria-labelledby': headingId,
      },
      v('h4', { id: headingId }, tool.label),
      shared.length > 0
        ? v(
            'ul',
            { class: 'w-note w-pc-notes', 'data-shared-notes': '' },
            shared.map((n) => v('li', {}, n)),
          )
        : null,
      snippets.map((s) => {
        const own = s.notes.filter((n) => !shared.includes(n));
        return v(
          'div',
          { class: 'w-pc-variant' },
          v('h5', {}, s.title, s.keepsSecretOut ? v('span', { class: 'w-pc-badge' }, 'keeps the password out of history') : null),
          v(
            'div',
            { class: 'w-with-copy' },
            v('pre', { class: 'w-code', tabindex: 0, 'aria-label': `${tool.label}: ${s.title}`, 'data-language': s.language }, s.code),
            vcopy(s.code, `${tool.label}: ${s.title}`),
          ),
          own.length > 0
            ? v(
                'ul',
                { class: 'w-note w-pc-notes' },
                own.map((n) => v('li', {}, n)),
              )
            : null,
        );
      }),
    );
  });
  return {
    node: v(
      'div',
      { class: 'w-pc-result' },
      warnings.length > 0
        ? v(
            'ul',
            { class: 'w-diagnostics' },
            ...warnings.map((d) => v('li', {}, v('span', { class: 'w-sev w-sev--warning' }, 'Warning'), ': ', d.message)),
          )
        : null,
      ...sections,
    ),
    fieldErrors,
    ok: true,
    summary: `Configuration for ${SNIPPET_TOOLS.length} tools updated`,
  };
}

function label(field: ProxyField): string {
  return {
    scheme: 'Scheme',
    host: 'Host',
    port: 'Port',
    user: 'User',
    password: 'Password',
    authScheme: 'Authentication',
    noProxy: 'NO_PROXY',
  }[field];
}

/** The message with the offending character quoted (never the password's characters). */
function located(d: FieldDiagnostic, state: ProxyConfigState): string {
  if (d.field === 'password' || d.end <= d.start) return d.message;
  const value = d.field === 'scheme' || d.field === 'authScheme' ? '' : state[d.field === 'noProxy' ? 'noProxy' : d.field];
  if (value.length === 0 || d.start >= value.length || d.end - d.start > 40) return d.message;
  return `${d.message} (character ${d.start + 1}: “${value.slice(d.start, d.end)}”)`;
}
