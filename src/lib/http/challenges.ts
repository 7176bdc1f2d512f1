/**
 * Proxy-Authenticate and WWW-Authenticate field values: a list of challenges (RFC 9110 §11.3, §11.6.1, §11.7.1).
 */
import { boundedDiagnostics, diagnostic, finishDiagnostics, type Diagnostic } from '../diagnostics';
import { isQdtext, isToken, isToken68 } from './chars';
import { scanAuthList, type AuthItem, type AuthParam } from './auth-list';
import { formatParamValue } from './quoted-string';

export type { AuthParam } from './auth-list';

/** A challenge as parsed, with offsets into the (joined) field value. */
export type Challenge = AuthItem;

export interface ChallengesResult {
  challenges: Challenge[];
  diagnostics: Diagnostic[];
}

/** What formatChallenge needs: a parsed Challenge or a hand-built one. */
export interface ChallengeInput {
  scheme: string;
  token68?: string | undefined;
  params?: readonly { name: string; value: string; quoted?: boolean }[];
}

/** The separator a recipient uses to combine several field lines of the same name (RFC 9110 §5.3). */
export const FIELD_LINE_SEPARATOR = ', ';

/** Combines field lines into one field value as a recipient does; offsets from parseChallenges refer to this string. */
export function joinFieldLines(lines: readonly string[]): string {
  return lines.join(FIELD_LINE_SEPARATOR);
}

// Schemes whose challenges carry auth-params, never a token68 (RFC 7617 §2, RFC 7616 §3.3, RFC 6750 §3).
const PARAM_SCHEMES = new Set(['basic', 'digest', 'bearer']);

/**
 * Parses a Proxy-Authenticate or WWW-Authenticate field value, or several field lines (joined with ", ").
 * Never throws. Valid input yields no diagnostic of severity "error".
 */
export function parseChallenges(field: string | readonly string[]): ChallengesResult {
  const text = typeof field === 'string' ? field : joinFieldLines(field);
  const diagnostics = boundedDiagnostics();
  const challenges = scanAuthList(text, diagnostics);
  if (challenges.length === 0) {
    // RFC 9110 §11.6.1, §11.7.1: the field carries at least one challenge.
    diagnostics.push(diagnostic('warning', 'no-challenge', 'The field holds no challenge', 0, text.length));
  }
  for (const challenge of challenges) {
    const lower = challenge.scheme.toLowerCase();
    if (challenge.token68 !== undefined && PARAM_SCHEMES.has(lower)) {
      const t = challenge.token68;
      const looksLikeParam = t.endsWith('=') && isToken(t.slice(0, t.indexOf('=')));
      diagnostics.push(
        diagnostic(
          'warning',
          'token68-in-param-scheme',
          looksLikeParam
            ? `A ${challenge.scheme} challenge takes parameters; "${t}" reads as a token68, probably a parameter with a missing value`
            : `A ${challenge.scheme} challenge takes parameters such as realm="...", not a token68`,
          challenge.end - t.length,
          challenge.end,
        ),
      );
    }
  }
  return { challenges, diagnostics: finishDiagnostics(diagnostics, text.length) };
}

/**
 * Writes a challenge back as a field value fragment. Values are written as tokens when they are tokens and
 * were not quoted, otherwise as quoted-strings with `"` and `\` escaped (RFC 9110 §5.6.4, §11.2).
 * Throws a TypeError when a part cannot be written (the scheme or a name is not a token, a bad token68,
 * a value with control characters or characters above U+00FF).
 */
export function formatChallenge(challenge: ChallengeInput): string {
  if (!isToken(challenge.scheme)) throw new TypeError(`The auth-scheme ${JSON.stringify(challenge.scheme)} is not a token`);
  const params = challenge.params ?? [];
  if (challenge.token68 !== undefined) {
    if (!isToken68(challenge.token68)) throw new TypeError(`${JSON.stringify(challenge.token68)} is not a token68`);
    if (params.length > 0) throw new TypeError('A challenge has either a token68 or parameters, not both');
    return `${challenge.scheme} ${challenge.token68}`;
  }
  if (params.length === 0) return challenge.scheme;
  return `${challenge.scheme} ${formatAuthParams(params)}`;
}

/** `name=value, name="value"` (RFC 9110 §11.2). Throws a TypeError as formatChallenge does. */
export function formatAuthParams(params: readonly { name: string; value: string; quoted?: boolean }[]): string {
  return params
    .map((p) => {
      if (!isToken(p.name)) throw new TypeError(`The parameter name ${JSON.stringify(p.name)} is not a token`);
      return `${p.name}=${formatParamValue(p.value, p.quoted === true || p.value === '')}`;
    })
    .join(', ');
}

/** The first parameter of that name (case-insensitive), as recipients use it. */
export function findParam(item: { params: readonly AuthParam[] }, name: string): AuthParam | undefined {
  const lower = name.toLowerCase();
  return item.params.find((p) => p.name.toLowerCase() === lower);
}

/** Whether a string can be a quoted-string's content (every character qdtext, `"` or `\`). */
export function canQuote(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!isQdtext(code) && code !== 0x22 && code !== 0x5c) return false;
  }
  return true;
}
