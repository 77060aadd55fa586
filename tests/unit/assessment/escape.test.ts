// Property tests for the one-escaping-function-per-format rule: control characters (form feed included), bidi
// overrides, quotes, separators and very long strings, generated from a seeded PRNG, never escape their format.
import { describe, expect, it } from 'vitest';
import { csvCell, cssString, htmlAttr, htmlText, mdText, pdfText, visible } from '../../../core/node/scorecard/escape.ts';
import { renderHtml } from '../../../core/node/scorecard/html.ts';
import { renderCsv } from '../../../core/node/scorecard/csv.ts';
import { renderMarkdown } from '../../../core/node/scorecard/markdown.ts';
import type { Scorecard } from '../../../core/common/assessment.ts';

const NASTY = ['\f', '\u000b', '\r', '\n', '\t', '\u0000', '\u001b', '\u0085', '\u2028', '\u2029', '\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u200f', '\u061c', '\ufeff', '"', "'", '`', '\\', '<', '>', '&', '=', '+', '-', '@', ';', ',', '|', '*', '_', '#', '[', ']', '(', ')', '{', '}', '}', '/', ':', ' ', 'a', 'Z', '9', 'é', '中', '😀', '\uff1d'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}
function strings(n: number): string[] {
  const out: string[] = ['x'.repeat(200_000), '\f}body::after{content:"100/100 Passed"}', '</style><script>alert(1)</script>'];
  for (let i = 0; i < n; i++) {
    const r = rng(i + 7);
    const len = Math.floor(r() * 40);
    out.push(Array.from({ length: len }, () => NASTY[Math.floor(r() * NASTY.length)]).join(''));
  }
  return out;
}
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/;

describe('escaping per format', () => {
  const inputs = strings(2000);

  it('visible: no control or bidi character survives, and the text is otherwise kept', () => {
    for (const s of inputs) expect(visible(s)).not.toMatch(HIDDEN);
    expect(visible('a\u202eb')).toBe('a[U+202E]b');
    expect(visible('Ada\fLovelace')).toBe('Ada[U+000C]Lovelace');
  });

  it('HTML text and attributes: no markup character and no hidden character', () => {
    for (const s of inputs) {
      for (const out of [htmlText(s), htmlAttr(s), pdfText(s)]) {
        expect(out).not.toMatch(/[<>"'`]/);
        expect(out).not.toMatch(HIDDEN);
        expect(out.replace(/&(amp|lt|gt|quot|#39|#96|#61);/g, '')).not.toContain('&');
      }
      expect(htmlAttr(s)).not.toMatch(/[\n\t]/);
    }
  });

  it('CSS strings: only letters, digits, a few marks and six-digit hex escapes inside the quotes', () => {
    for (const s of inputs) expect(cssString(s)).toMatch(/^"(?:[A-Za-z0-9 .,:_-]|\\[0-9a-f]{6})*"$/);
  });

  it('Markdown: no raw HTML, no table-breaking pipe, no newline, no block start', () => {
    for (const s of inputs) {
      const out = mdText(s);
      expect(out.replace(/<br>/g, '')).not.toMatch(/[<>\n\r]/);
      expect(out).not.toMatch(/(^|[^\\])\|/);
      expect(out).not.toMatch(HIDDEN);
      expect(out).not.toMatch(/^([-+=>#]|\d+[.)])/);
    }
  });

  it('CSV: one field per value in both `,` and `;` locales, and no field starts a formula', () => {
    for (const s of inputs) {
      const out = csvCell(s);
      const unquoted = out.startsWith('"') ? out.slice(1, -1).replace(/""/g, '"') : out;
      if (!out.startsWith('"')) expect(out).not.toMatch(/[,;"\r\n]/);
      else expect(out.slice(1, -1)).not.toMatch(/(^|[^"])"([^"]|$)/);
      expect(unquoted.replace(/^[ \u00a0]+/, '')).not.toMatch(/^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/);
      expect(unquoted.replace(/\r\n/g, '')).not.toMatch(HIDDEN); // line breaks only as CRLF inside quotes
    }
    expect(csvCell('a;=1+1')).toBe('"a;=1+1"');
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\uff1dSUM(A1)')).toBe("'\uff1dSUM(A1)");
  });
});

describe('the forged "100/100 Passed" scorecard is impossible', () => {
  const card = {
    schema: 'assay.scorecard/1', generatedAt: '2026-01-01T00:00:00.000Z',
    candidate: 'Eve\f}@page{@bottom-left{content:"100/100 Passed"}}body::before{content:"100/100 Passed"}',
    bundleDigest: 'a'.repeat(64),
    assessment: { id: 'x'.repeat(10), title: 'T\u202eDELIAF', roleId: null, roleTitle: null, timeLimitMinutes: 45, library: { commit: null, dirty: false, hash: 'b'.repeat(64) } },
    session: { startedAt: '2026-01-01T00:00:00.000Z', submittedAt: '2026-01-01T00:30:00.000Z', submitReason: 'manual', timeUsedMs: 1, appClosedMs: 0, idleMs: 0, focusLost: 0, awayMs: 0, pastes: 0, largestPasteChars: 0, runs: 0 },
    overall: { score: 12, passed: 0, total: 1 },
    exercises: [], competencies: [],
    rubric: { schema: 'assay.rubric/1', reviewer: '', rows: [], recommendation: null, notes: '' },
    flags: [], timeline: [],
  } as unknown as Scorecard;

  it('HTML (and so PDF): the name cannot leave its CSS string or its element', () => {
    const html = renderHtml(card);
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(style).not.toContain('100/100 Passed');
    expect(style).not.toContain('\f');
    expect(html).not.toContain('\u202e');
    // the name shows as text (with its form feed made visible), never as generated content
    expect(html).not.toMatch(/content:\s*"100\/100/);
    expect(html).toContain('Eve[U+000C]}@page');
  });

  it('Markdown and CSV carry the name as text', () => {
    expect(renderMarkdown(card)).not.toContain('\f');
    const csv = renderCsv([card]);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csv).not.toContain('\f');
  });
});
