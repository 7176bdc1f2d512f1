/**
 * Secrets out of a share link. Which parts of a command carry credentials is decided by the library from
 * the parse (src/lib/curl/secrets.ts: every option, abbreviation, cluster and `=` form curl accepts, URL
 * userinfo, credential headers, tokens, environment assignments); this module only applies it to the
 * simulator's two text boxes.
 */
import { maskEnvValue, withoutSecrets } from '../../lib/curl/secrets';

/** The command with every credential replaced by ****; the rest of the text is kept as typed. */
export function redactCommand(text: string): string {
  return withoutSecrets(text);
}

/** NAME=value lines with passwords in proxy URLs (and variables named like secrets) masked. */
export function redactEnvLines(text: string): string {
  const lines = text.split('\n').map((line) => {
    const eq = line.indexOf('=');
    if (eq <= 0) return line;
    let name = line.slice(0, eq).trim();
    if (name.startsWith('export ')) name = name.slice(7).trim();
    return line.slice(0, eq + 1) + maskEnvValue(name, line.slice(eq + 1));
  });
  return withoutSecrets(lines.join('\n'));
}
