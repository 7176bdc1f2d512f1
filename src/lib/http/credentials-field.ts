/**
 * Proxy-Authorization and Authorization field values: exactly one set of credentials (RFC 9110 §11.4, §11.6.2, §11.7.2).
 */
import { boundedDiagnostics, diagnostic, finishDiagnostics, type Diagnostic } from '../diagnostics';
import { scanAuthList, type AuthItem } from './auth-list';

export type Credentials = AuthItem;

export interface CredentialsResult {
  credentials?: Credentials;
  diagnostics: Diagnostic[];
}

/** Parses a credentials field value (scheme + token68 or auth-params). Never throws. */
export function parseCredentials(field: string): CredentialsResult {
  const diagnostics = boundedDiagnostics();
  const items = scanAuthList(field, diagnostics);
  const first = items[0];
  if (first === undefined) {
    diagnostics.push(
      diagnostic('error', 'missing-credentials', 'The field holds no credentials (an auth-scheme is expected)', 0, field.length),
    );
    return { diagnostics };
  }
  const second = items[1];
  if (second !== undefined) {
    // RFC 9110 §11.6.2: the field is `credentials`, not a list.
    diagnostics.push(
      diagnostic(
        'error',
        'multiple-credentials',
        `Only one set of credentials may be sent; "${second.scheme}" starts a second one`,
        second.start,
        items[items.length - 1]!.end,
      ),
    );
  }
  return { credentials: first, diagnostics: finishDiagnostics(diagnostics, field.length) };
}
