/**
 * Finds the curl invocation among the commands of a pasted snippet, and the environment it runs with:
 * `export NAME=value` earlier in the snippet, `NAME=value curl …` prefixes and `env NAME=value curl …`.
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { ShellCommand, ShellWord, ShellWordsResult } from './words';

export interface CurlInvocation {
  /** The shell command holding curl. */
  command: ShellCommand;
  /** The word naming curl (`curl`, `/usr/bin/curl`, `curl.exe`). */
  program: ShellWord;
  /** curl's arguments. */
  args: ShellWord[];
  /** Variables the snippet itself gives to curl (exports and prefixes), on top of the caller's env. */
  env: Record<string, string>;
}

// Words that run the next word as the command (sudo's own options are not modelled).
const WRAPPERS = new Set(['env', 'sudo', 'exec', 'command', 'time', 'nohup', 'builtin', 'xargs']);
const POWERSHELL_WEB_CMDLETS = new Set(['invoke-webrequest', 'iwr', 'invoke-restmethod', 'irm']);

export function findCurlInvocation(words: ShellWordsResult, diagnostics: Diagnostic[]): CurlInvocation | undefined {
  const exported: Record<string, string> = {};
  for (const command of words.commands) {
    const env: Record<string, string> = { ...exported };
    for (const a of command.assignments) env[a.name] = a.value;
    let i = 0;
    while (i < command.words.length) {
      const w = command.words[i]!;
      const name = basename(w.value).toLowerCase();
      if (name === 'curl' || name === 'curl.exe') {
        explainProgram(words.dialect, w, name, diagnostics);
        return { command, program: w, args: command.words.slice(i + 1), env };
      }
      if (name === 'wget' || name === 'wget.exe') {
        diagnostics.push(wgetNote(words.dialect, w, name));
        break;
      }
      if (POWERSHELL_WEB_CMDLETS.has(name)) {
        diagnostics.push(
          diagnostic(
            'warning',
            'powershell-cmdlet',
            `${w.value} is PowerShell's Invoke-WebRequest/Invoke-RestMethod, not curl: its parameters and proxy handling differ`,
            w.start,
            w.end,
          ),
        );
        break;
      }
      if (name === 'export' && words.dialect === 'posix') {
        for (const arg of command.words.slice(i + 1)) {
          const eq = arg.value.indexOf('=');
          if (eq > 0) exported[arg.value.slice(0, eq)] = arg.value.slice(eq + 1);
        }
        break;
      }
      if (!WRAPPERS.has(name)) break;
      i++;
      // env NAME=value … and sudo's/env's options before the command
      while (i < command.words.length) {
        const v = command.words[i]!.value;
        const eq = v.indexOf('=');
        if (eq > 0 && !v.startsWith('-')) {
          env[v.slice(0, eq)] = v.slice(eq + 1);
          i++;
          continue;
        }
        if (v.startsWith('-') && v !== '-') {
          i++;
          continue;
        }
        break;
      }
    }
    if (command.words.length === 0) {
      // NAME=value alone: a shell variable, not exported to later commands (XCU §2.9.1)
      for (const a of command.assignments) {
        diagnostics.push(
          diagnostic(
            'info',
            'assignment-not-exported',
            `${a.name} is set for the shell only; curl sees it only if it is exported or written before curl on the same line`,
            a.start,
            a.end,
          ),
        );
      }
    }
  }
  return undefined;
}

/**
 * What `wget` runs depends on where it is typed: GNU Wget on Linux and macOS (and wget.exe wherever it is
 * installed); in Windows PowerShell 5.1 `wget` is an alias of Invoke-WebRequest, an alias PowerShell 6 and
 * later removed (about_Aliases; PowerShell 6.0 release notes), so there it runs wget.exe if installed.
 */
function wgetNote(dialect: string, w: ShellWord, name: string): Diagnostic {
  const wget = 'GNU Wget, not curl: it reads http_proxy/https_proxy/no_proxy too, but takes --proxy-user/--proxy-password and has no -x';
  const message =
    dialect === 'powershell' && name === 'wget'
      ? `In Windows PowerShell 5.1, wget is an alias of Invoke-WebRequest (its own parameters and proxy handling); in PowerShell 7 it runs wget.exe, ${wget}`
      : `On Linux and macOS ${w.value} is ${wget}. (Only in Windows PowerShell 5.1 is wget an alias of Invoke-WebRequest.)`;
  return diagnostic('warning', 'wget', message, w.start, w.end);
}

function explainProgram(dialect: string, w: ShellWord, name: string, diagnostics: Diagnostic[]): void {
  if (name === 'curl' && dialect === 'powershell') {
    diagnostics.push(
      diagnostic(
        'warning',
        'powershell-curl-alias',
        'In Windows PowerShell 5.1, curl is an alias for Invoke-WebRequest, which takes different parameters; type curl.exe to run the real curl',
        w.start,
        w.end,
      ),
    );
  } else if (name === 'curl.exe') {
    diagnostics.push(
      diagnostic('info', 'curl-exe', 'curl.exe is the curl shipped with Windows 10 and later; it reads the same options', w.start, w.end),
    );
  }
}

function basename(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return slash >= 0 ? path.slice(slash + 1) : path;
}
