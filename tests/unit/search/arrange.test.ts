import { describe, expect, it } from 'vitest';
import type { Match, MatchKind } from '../../../src/lib/errors/matcher';
import { arrange, type Candidates, type Suggestion } from '../../../src/lib/search/arrange';

function match(page: string, kind: MatchKind, tool = false, anchor = 'how-to-fix-it'): Match {
  const cause = { text: 'A cause.' };
  const entry = { id: `${page}-${kind}`, tools: ['curl'] as const, message: 'm', page, anchor, causes: [cause] as const };
  return { entry, kind, score: 1, cause, tool };
}
const page = (url: string) => ({ url, title: url });
const none: Candidates = { messages: [], named: [], guide: null, titles: [] };
const urls = (s: Suggestion[]) => s.map((x) => (x.kind === 'message' ? `msg ${x.match.entry.page}` : `${x.why} ${x.page.url}`));

describe('arrange', () => {
  it('puts a message pasted whole above the page the query names', () => {
    const got = arrange({ ...none, messages: [match('/errors/wget/', 'exact')], named: [{ ...page('/codes/407/'), strength: 'exact' }] });
    expect(urls(got)).toStrictEqual(['msg /errors/wget/', 'named /codes/407/']);
  });

  it('puts the page the query names above a message it is only a fragment of', () => {
    const got = arrange({
      ...none,
      messages: [match('/errors/maven/', 'fragment')],
      named: [{ ...page('/codes/407/'), strength: 'exact' }],
    });
    expect(urls(got)).toStrictEqual(['named /codes/407/', 'msg /errors/maven/']);
  });

  it('puts the tool’s guide above an error page that shares the tool’s name', () => {
    const got = arrange({ ...none, messages: [match('/errors/npm-e407/', 'partial', true)], guide: page('/guides/npm/') });
    expect(urls(got)).toStrictEqual(['guide /guides/npm/', 'msg /errors/npm-e407/']);
  });

  it('puts a message the question quotes part of above the tool’s guide', () => {
    const got = arrange({ ...none, messages: [match('/guides/connect-tunnels/', 'fragment')], guide: page('/guides/git/') });
    expect(urls(got)).toStrictEqual(['msg /guides/connect-tunnels/', 'guide /guides/git/']);
  });

  it('puts a status line named inside a longer text between the tool’s messages and other tools’ ones', () => {
    const got = arrange({
      ...none,
      messages: [match('/errors/other/', 'partial'), match('/errors/npm-e407/', 'partial', true)],
      named: [{ ...page('/codes/407/'), strength: 'within' }],
    });
    expect(urls(got)).toStrictEqual(['msg /errors/npm-e407/', 'named /codes/407/', 'msg /errors/other/']);
  });

  it('lists a page once, at its best place, and one message per heading', () => {
    const got = arrange({
      ...none,
      messages: [match('/errors/a/', 'exact'), match('/errors/a/', 'fragment')],
      named: [{ ...page('/errors/a/'), strength: 'exact' }],
      titles: [page('/codes/407/'), page('/codes/407/')],
    });
    expect(urls(got)).toStrictEqual(['msg /errors/a/', 'title /codes/407/']);
  });
});
