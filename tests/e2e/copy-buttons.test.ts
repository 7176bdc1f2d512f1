import { describe, expect, it } from 'vitest';
import { copyBlockProblem, type CopyBlock } from './copy-blocks';
import { htmlPages } from './dist-files';

/**
 * Every copy button in the built site copies exactly one command or one file (issue 10). The rule, with its
 * exceptions (continuations, here-documents, blocks titled or marked "# run these in order" as scripts), is
 * defined and documented in ./copy-blocks.ts. Expressive Code puts the copied text in the button's
 * data-code attribute (newlines as U+007F); the block's language is on its <pre>, its title in the figcaption.
 */
const FIGURE = /<figure class="frame[^"]*"[^>]*>([\s\S]*?)<\/figure>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

function copyBlocks(html: string): CopyBlock[] {
  const blocks: CopyBlock[] = [];
  for (const [, inner] of html.matchAll(FIGURE)) {
    const code = /<button[^>]*\bdata-code="([^"]*)"/.exec(inner!)?.[1];
    if (code === undefined) continue;
    blocks.push({
      language: /<pre[^>]*\bdata-language="([^"]*)"/.exec(inner!)?.[1] ?? '',
      title: decode((/<span class="title">([\s\S]*?)<\/span>/.exec(inner!)?.[1] ?? '').replace(/<[^>]*>/g, '')),
      code: decode(code).replace(/\u007f/g, '\n'),
      firstShownLine: decode((/<div class="ec-line">([\s\S]*?)<\/div><\/div>/.exec(inner!)?.[1] ?? '').replace(/<[^>]*>/g, '')),
    });
  }
  return blocks;
}

const pages = htmlPages().filter((p) => p.path.endsWith('/'));

describe('the copy-block rule', () => {
  it.each([
    [
      'two alternatives',
      {
        language: 'sh',
        title: '',
        code: 'curl -U alice -x http://p:3128 https://e/\n\nexport https_proxy=http://a:b@p:3128\ncurl https://e/',
      },
      true,
    ],
    [
      'PowerShell env then command, unmarked',
      { language: 'powershell', title: '', code: "$env:https_proxy = 'http://p:3128'\ncurl.exe https://e/" },
      true,
    ],
    ['cmd set lines', { language: 'bat', title: '', code: 'set http_proxy=http://p:3128\nset https_proxy=http://p:3128' }, true],
    [
      'one command with comments',
      { language: 'sh', title: '', code: '# prompts for the password\ncurl -U alice -x http://p:3128 https://e/' },
      false,
    ],
    ['a continued command', { language: 'sh', title: '', code: 'curl -v \\\n  -x http://p:3128 \\\n  https://e/' }, false],
    [
      'a PowerShell continuation',
      { language: 'powershell', title: '', code: 'Invoke-WebRequest https://e/ `\n  -Proxy http://p:3128' },
      false,
    ],
    [
      'a here-document',
      { language: 'sh', title: '', code: "cat > ~/.curlrc <<'EOF'\nproxy = http://p:3128\nproxy-user = alice\nEOF" },
      false,
    ],
    ['a multi-line quoted argument', { language: 'sh', title: '', code: "git config --global http.proxy 'http://p:3128\n'" }, false],
    [
      'a marked sequence',
      { language: 'sh', title: '', code: '# run these in order\nexport https_proxy=http://p:3128\ncurl https://e/' },
      false,
    ],
    [
      'a sequence marked on screen',
      { language: 'sh', title: '', code: 'export a=1\ncurl https://e/', firstShownLine: '# run these in order' },
      false,
    ],
    [
      'a shown comment without the mark',
      { language: 'sh', title: '', code: 'export a=1\ncurl https://e/', firstShownLine: '# either of these' },
      true,
    ],
    ['a titled script', { language: 'sh', title: 'setup.sh', code: 'export https_proxy=http://p:3128\ncurl https://e/' }, false],
    ['a transcript', { language: 'text', title: '', code: '> CONNECT e:443 HTTP/1.1\n< HTTP/1.1 407' }, false],
    ['a config file', { language: 'ini', title: '', code: '[global]\nproxy = http://p:3128' }, false],
  ] as const)('%s', (_, block, bad) => {
    expect(copyBlockProblem(block) !== null).toBe(bad);
  });
});

describe('every copy button in the built site', () => {
  it('finds copy buttons to check', () => {
    expect(pages.flatMap((p) => copyBlocks(p.html)).length).toBeGreaterThan(100);
  });

  it.each(pages.filter((p) => copyBlocks(p.html).length > 0).map((p) => [p.path, p] as const))(
    '%s copies one command per button',
    (_, page) => {
      const problems = copyBlocks(page.html)
        .map((block) => copyBlockProblem(block))
        .filter((p): p is string => p !== null);
      expect(problems).toEqual([]);
    },
  );
});
