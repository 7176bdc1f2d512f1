import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diagnostic } from '../../../src/lib/diagnostics';
import { END_PLACEHOLDER, markSegments } from '../../../src/widgets/shared/marks';

const text = (segs: { text: string; placeholder?: boolean }[]) =>
  segs
    .filter((s) => !s.placeholder)
    .map((s) => s.text)
    .join('');

describe('markSegments', () => {
  describe('with no diagnostics', () => {
    it('returns the text as one plain segment', () => {
      expect(markSegments('Basic abc', [])).toEqual([{ text: 'Basic abc', start: 0, diagnostics: [] }]);
    });
  });
  describe('with one error in the middle', () => {
    it('cuts the text around it', () => {
      const d = diagnostic('error', 'bad', 'bad char', 6, 7);
      const segs = markSegments('Basic @bc', [d]);
      expect(segs.map((s) => s.text)).toEqual(['Basic ', '@', 'bc']);
      expect(segs[1]!.diagnostics).toEqual([d]);
    });
  });
  describe('with a zero-width diagnostic', () => {
    it('marks the character at the offset', () => {
      const segs = markSegments('abc', [diagnostic('warning', 'w', 'here', 1)]);
      expect(segs.map((s) => s.text)).toEqual(['a', 'b', 'c']);
      expect(segs[1]!.diagnostics).toHaveLength(1);
    });
    it('adds a visible placeholder at the end of the input', () => {
      const segs = markSegments('abc', [diagnostic('error', 'eof', 'unterminated', 3)]);
      expect(segs.at(-1)).toMatchObject({ text: END_PLACEHOLDER, start: 3, placeholder: true });
      expect(text(segs)).toBe('abc');
    });
  });
  describe('with overlapping diagnostics', () => {
    it('gives the overlap both diagnostics', () => {
      const a = diagnostic('warning', 'a', 'a', 0, 4);
      const b = diagnostic('error', 'b', 'b', 2, 6);
      const segs = markSegments('abcdefgh', [a, b]);
      expect(segs.map((s) => [s.text, s.diagnostics.map((d) => d.code).join()])).toEqual([
        ['ab', 'a'],
        ['cd', 'a,b'],
        ['ef', 'b'],
        ['gh', ''],
      ]);
    });
  });
  describe('with offsets outside the text', () => {
    it('clamps them', () => {
      const segs = markSegments('ab', [diagnostic('error', 'x', 'x', -5, 99)]);
      expect(segs).toEqual([{ text: 'ab', start: 0, diagnostics: [expect.objectContaining({ code: 'x' })] }]);
    });
  });
  it('always reassembles the original text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 40 }))), (s, spans) => {
        const diags = spans.map(([a, b]) => diagnostic('error', 'p', 'p', a, b));
        const segs = markSegments(s, diags);
        expect(text(segs)).toBe(s);
        for (const seg of segs) if (!seg.placeholder) expect(s.slice(seg.start, seg.start + seg.text.length)).toBe(seg.text);
      }),
    );
  });
});
