/**
 * testNoProxy: would this tool send a request for `url` to the proxy, given this NO_PROXY value?
 * Total: any strings give an answer, with diagnostics located in the URL or the list.
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import { parseIPv4, parseIPv6 } from '../curl/no-proxy';
import { toJavaNonProxyHosts } from '../snippets/java';
import type { Entry, Target } from './matchers';
import { splitEntries } from './matchers';
import { NO_PROXY_TOOLS, type NoProxyTool } from './rules';

export interface NoProxyEnv {
  no_proxy?: string;
  NO_PROXY?: string;
}

export interface TestNoProxyInput {
  noProxy: string;
  url: string;
  tool: NoProxyTool;
  /** Which variables hold the value. Absent: both no_proxy and NO_PROXY are set to `noProxy`. */
  env?: NoProxyEnv;
}

export interface TestNoProxyResult {
  tool: NoProxyTool;
  bypass: boolean;
  /** The entry that decided, with offsets into the list the tool read. */
  matchedEntry?: Entry;
  /** The variable the list came from (undefined for Java, which reads none). */
  variable?: string;
  /** The list the tool actually applied. */
  list: string;
  reasons: string[];
  diagnostics: Diagnostic[];
}

const DEFAULT_PORTS: Readonly<Record<string, number>> = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443, 'ftp:': 21 };
const MAX_LIST = 100_000;

/** Parses the URL the way the tools do (WHATWG URL); a bare host gets http://. */
export function parseTarget(url: string): { target?: Target; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const trimmed = url.trim();
  if (trimmed === '') return { diagnostics: [diagnostic('error', 'empty-url', 'Enter a URL to test', 0, url.length)] };
  const offset = url.indexOf(trimmed);
  const hasScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(trimmed.slice(0, 40));
  let parsed: URL;
  try {
    parsed = new URL(hasScheme ? trimmed : `http://${trimmed}`);
  } catch {
    return { diagnostics: [diagnostic('error', 'bad-url', 'This is not a URL the tools could request', offset, offset + trimmed.length)] };
  }
  if (!hasScheme) diagnostics.push(diagnostic('info', 'no-scheme', 'No scheme: read as http://', offset, offset));
  if (parsed.hostname === '')
    return { diagnostics: [...diagnostics, diagnostic('error', 'no-host', 'The URL has no host', offset, offset + trimmed.length)] };
  const bracketed = parsed.hostname.startsWith('[');
  const host = bracketed ? parsed.hostname.slice(1, -1) : parsed.hostname;
  const explicit = parsed.port === '' ? undefined : Number(parsed.port);
  const port = explicit ?? DEFAULT_PORTS[parsed.protocol] ?? 0;
  const target: Target = {
    host,
    port,
    scheme: parsed.protocol.slice(0, -1),
    ipv6: bracketed && parseIPv6(host) !== undefined,
    ipv4: parseIPv4(host) !== undefined,
  };
  if (explicit !== undefined) target.explicitPort = explicit;
  return { target, diagnostics };
}

/** Checks the list for entries that no tool reads the way the author probably meant. */
export function lintNoProxy(list: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (list.length > MAX_LIST)
    out.push(
      diagnostic(
        'warning',
        'long-list',
        `The list is ${list.length} characters long: only the first ${MAX_LIST} are tested`,
        MAX_LIST,
        list.length,
      ),
    );
  for (const e of splitEntries(list.slice(0, MAX_LIST), ', \t\n\r')) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(e.value.slice(0, 20)))
      out.push(diagnostic('warning', 'scheme-in-entry', 'Entries are host names, not URLs: no tool strips the scheme', e.start, e.end));
    else if (e.value.includes('/') && !/^[0-9a-f.:[\]]+\/\d+$/i.test(e.value))
      out.push(diagnostic('warning', 'path-in-entry', 'A path or a malformed range: no tool reads this as intended', e.start, e.end));
    else if (e.value.includes('*') && e.value !== '*' && !e.value.startsWith('*.'))
      out.push(diagnostic('warning', 'inner-wildcard', '* inside a name is literal in every tool here', e.start, e.end));
    else {
      const problem = entryProblem(e.value);
      if (problem) out.push(diagnostic('warning', problem.code, problem.message, e.start, e.end));
    }
    if (out.length > 50) break;
  }
  return out;
}

/** An entry no tool can match as its author meant: a wildcard with no name, an impossible address or prefix. */
function entryProblem(value: string): { code: string; message: string } | undefined {
  if (/^\*\.*$/.test(value) && value !== '*')
    return { code: 'empty-wildcard', message: `${value} names no domain: no tool matches anything with it` };
  const slash = value.indexOf('/');
  const address = slash < 0 ? value : value.slice(0, slash);
  const prefix = slash < 0 ? undefined : value.slice(slash + 1);
  const dotted = /^\d{1,3}(\.\d{1,3}){3}$/.test(address);
  if (dotted && address.split('.').some((o) => Number(o) > 255))
    return { code: 'bad-ipv4', message: `${address} is not an IPv4 address: each part is 0 to 255` };
  if (prefix === undefined) return undefined;
  const v6 = address.includes(':');
  const max = v6 ? 128 : 32;
  if (!/^\d+$/.test(prefix) || Number(prefix) > max)
    return { code: 'bad-prefix', message: `/${prefix} is not a prefix length: ${v6 ? 'IPv6' : 'IPv4'} ranges take /0 to /${max}` };
  if (!v6 && !dotted) return { code: 'bad-range', message: `${address} is not an IPv4 address, so ${value} is no range` };
  return undefined;
}

/**
 * A NO_PROXY value that makes every tool here bypass the proxy for `url`: the list as given, or with the host
 * added (an IPv6 host both bare and in brackets), checked against every tool's own matcher. Undefined when no
 * such value was found (or the URL does not parse).
 */
export function bypassForAll(list: string, url: string): string | undefined {
  const { target } = parseTarget(url);
  if (!target) return undefined;
  const everyone = (value: string) => NO_PROXY_TOOLS.every((r) => testNoProxy({ noProxy: value, url, tool: r.tool }).bypass);
  const base = list
    .slice(0, MAX_LIST)
    .trim()
    .replace(/[,\s]+$/, '');
  const host = target.ipv6 ? `${target.host},[${target.host}]` : target.host;
  for (const candidate of [base, base === '' ? host : `${base},${host}`, host])
    if (candidate !== '' && everyone(candidate)) return candidate;
  return undefined;
}

export function testNoProxy(input: TestNoProxyInput): TestNoProxyResult {
  const rules = NO_PROXY_TOOLS.find((r) => r.tool === input.tool);
  const { target, diagnostics: urlDiagnostics } = parseTarget(String(input.url ?? ''));
  const noProxy = String(input.noProxy ?? '');
  const diagnostics = [...urlDiagnostics, ...lintNoProxy(noProxy)];
  if (!rules) return { tool: input.tool, bypass: false, list: '', reasons: [`Unknown tool ${String(input.tool)}`], diagnostics };
  const env: NoProxyEnv = input.env ?? { no_proxy: noProxy, NO_PROXY: noProxy };
  const reasons: string[] = [];
  let list = '';
  let variable: string | undefined;
  if (rules.tool === 'java') {
    const raw = (env.no_proxy ?? env.NO_PROXY ?? noProxy).slice(0, MAX_LIST);
    if (raw.includes('|')) {
      list = raw;
      reasons.push('Java ignores NO_PROXY; the value contains |, so it is read as http.nonProxyHosts.');
    } else {
      const converted = toJavaNonProxyHosts(splitEntries(raw, ', \t').map((e) => e.value));
      list = converted.value;
      reasons.push(`Java ignores NO_PROXY; converted to -Dhttp.nonProxyHosts=${list === '' ? '(empty)' : list}.`, ...converted.notes);
    }
  } else {
    for (const name of rules.variables) {
      const v = name === 'no_proxy' ? env.no_proxy : name === 'NO_PROXY' ? env.NO_PROXY : undefined;
      if (v === undefined || (v === '' && !rules.emptyWins)) continue;
      variable = name;
      list = v.slice(0, MAX_LIST);
      break;
    }
    const order = rules.variables.join(', then ');
    if (variable === undefined)
      reasons.push(`${rules.label} reads ${order}${rules.variables.length === 1 ? ' only' : ''}: none is set here.`);
    else if (env.no_proxy !== undefined && env.NO_PROXY !== undefined && env.no_proxy !== env.NO_PROXY)
      reasons.push(`${rules.label} reads ${order}: it used ${variable}.`);
    else if (rules.variables.length === 1 && env.NO_PROXY !== undefined && env.no_proxy === undefined)
      reasons.push(`${rules.label} ignores NO_PROXY.`);
  }
  if (!target)
    return {
      tool: rules.tool,
      bypass: false,
      list,
      reasons: [...reasons, 'No valid URL to test.'],
      diagnostics,
      ...(variable ? { variable } : {}),
    };
  const r = rules.match(target, list);
  const result: TestNoProxyResult = { tool: rules.tool, bypass: r.bypass, list, reasons: [...reasons, ...r.reasons], diagnostics };
  if (r.entry && r.entry.end > r.entry.start) result.matchedEntry = r.entry;
  if (variable) result.variable = variable;
  return result;
}

/** testNoProxy for every tool, in table order. */
export function testNoProxyAll(input: Omit<TestNoProxyInput, 'tool'>): TestNoProxyResult[] {
  return NO_PROXY_TOOLS.map((r) => testNoProxy({ ...input, tool: r.tool }));
}
