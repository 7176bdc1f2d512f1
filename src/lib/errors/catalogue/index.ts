/**
 * The error-message catalogue: every message a tool prints that the site explains, as data.
 * It feeds the search dialog (matches shown above Pagefind's results), the /errors/ list, and a
 * build check (src/integrations/catalogue-check.ts) that fails when a message is not on its page.
 *
 * Adding messages: one file per tool family in this folder (`conda.ts` exports `conda`), imported
 * and spread into CATALOGUE below. Each entry (types in ../types.ts):
 *
 *   {
 *     id: 'npm-error-code-e407',             // unique, kebab-case, stable
 *     tools: ['npm'],                         // ToolId values from ../types.ts (TOOLS); add a tool there
 *     message: 'npm error 407 Proxy Authentication Required - GET {url:https://registry.npmjs.org/left-pad}',
 *     page: '/errors/npm-e407/',              // the page that fixes it (trailing slash)
 *     anchor: 'how-to-fix-it',                // heading id on that page where the fix starts
 *     causes: [{ text: 'The proxy URL has no credentials.', link: '/guides/special-characters/' }],
 *   }
 *
 * `message` is the text exactly as the tool prints it, one line, with each variable part written as
 * `{slot:example}` (slots: host, ip, port, url, path, user, status, number, version, package, text).
 * With every slot replaced by its example, the message must appear verbatim on `page` (whitespace
 * runs count as one space), and `anchor` must be a heading id there: `astro build` fails naming the
 * entry otherwise. If you rename a heading on a page, update its entries' `anchor` here.
 * A slot never touches a letter or digit (`v{version:1.2}` is not allowed; write the `v` into the example).
 * Keep literal what identifies the message (`407` in "response 407" is literal: 403 is another
 * entry); make a slot only of what differs from one reader to the next (hosts, URLs, packages).
 * `causes` are short plain sentences, most likely first; `link` optional (`#heading` or a site path).
 */
import type { CatalogueEntry } from '../types';
import { apt } from './apt';
import { browser } from './browser';
import { curl } from './curl';
import { docker } from './docker';
import { dotnet } from './dotnet';
import { git } from './git';
import { java } from './java';
import { node } from './node';
import { npm } from './npm';
import { python } from './python';
import { wget } from './wget';
import { conda } from './conda';
import { go } from './go';
import { socks } from './socks';
import { squid } from './squid';

export const CATALOGUE: readonly CatalogueEntry[] = [
  ...curl,
  ...git,
  ...npm,
  ...python,
  ...java,
  ...dotnet,
  ...node,
  ...docker,
  ...wget,
  ...apt,
  ...browser,
  ...conda,
  ...go,
  ...socks,
  ...squid,
];
