// ATS exports (CSV, JSON) and the one-page summary HTML, with hostile candidate-controlled strings: formula
// injection, quotes and newlines, HTML, and ids like __proto__.
import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../../core/common/assessment.ts';
import { atsTable, renderAtsCsv, renderAtsJson } from '../../../core/node/scorecard/ats.ts';
import { renderSummaryHtml } from '../../../core/node/scorecard/summary-html.ts';

function card(name: string, score: number | null, over: Partial<Scorecard> = {}): Scorecard {
  return {
    schema: 'assay.scorecard/1',
    generatedAt: '2026-03-02T10:00:00Z',
    candidate: name,
    bundleDigest: 'd'.repeat(64),
    assessment: { id: 'a1', title: 'Backend', roleId: null, roleTitle: null, timeLimitMinutes: 60, library: {} as never },
    session: { startedAt: '2026-03-02T09:00:00Z', submittedAt: '2026-03-02T09:40:00Z', submitReason: 'submitted', timeUsedMs: 2_400_000, appClosedMs: 0, idleMs: 0, focusLost: 0, awayMs: 0, pastes: 0, largestPasteChars: 0, runs: 0 },
    overall: { score, passed: 1, total: 1 },
    exercises: [{ id: 'ex-one', title: 'One', language: 'go', type: 'implement', difficulty: 'easy', minutes: 20, verdict: 'passed', summary: '', score, hidden: { passed: 1, total: 1 }, visible: null, lastRun: null, timeSpentMs: 1_200_000, runs: 0, pastes: 0, diff: { added: 1, removed: 0 }, libraryMatches: true, flags: [] }],
    competencies: [{ id: '__proto__', text: 'x', assessedBy: [], score: 70 }],
    rubric: { schema: 'assay.rubric/1', reviewer: '', rows: [], recommendation: 'yes', notes: '' },
    flags: [
      { code: 'large_paste', message: '=HYPERLINK("http://evil")', severity: 'warning' },
      { code: 'tampered', message: 'a "quoted", multi\nline', severity: 'critical' },
    ],
    timeline: [],
    ...over,
  } as Scorecard;
}

describe('ATS exports', () => {
  const cards = [card('=cmd|calc', 100), card('<img src=x onerror=alert(1)>', null)];

  it('one row per candidate with exercise and competency columns, decision and flags by severity', () => {
    const t = atsTable(cards);
    expect(t.rows).toHaveLength(2);
    expect(t.columns).toEqual(expect.arrayContaining(['exercise:ex-one:score', 'exercise:ex-one:verdict', 'competency:__proto__:score', 'decision', 'flags_critical', 'flags_warning', 'flags_info']));
    const row = Object.fromEntries(t.columns.map((c, i) => [c, t.rows[0]![i]]));
    expect(row).toMatchObject({ decision: 'Yes', flags_critical: 1, flags_warning: 1, flags_info: 0, 'exercise:ex-one:score': 100, overall_score: 100 });
  });

  it('CSV neutralises formulas and quotes fields with quotes and newlines (RFC 4180)', () => {
    const csv = renderAtsCsv(cards);
    const lines = csv.split('\r\n');
    expect(lines[1]!.startsWith("'=cmd|calc,")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('"a ""quoted"", multi\r\nline"'); // a line break inside a field is CRLF, like the rows (RFC 4180)
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('JSON keeps a __proto__ competency id as a plain key and parses back', () => {
    const doc = JSON.parse(renderAtsJson(cards)) as { schema: string; candidates: Record<string, unknown>[] };
    expect(doc.schema).toBe('assay.candidates/1');
    expect(doc.candidates[0]!['competency:__proto__:score']).toBe(70);
    expect(Object.getPrototypeOf(doc.candidates[0])).toBe(Object.prototype);
    expect(doc.candidates[1]!.candidate).toBe('<img src=x onerror=alert(1)>');
  });

  it('the summary HTML escapes every candidate string and has no script', () => {
    const html = renderSummaryHtml('Backend <script>x</script>', cards);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;img src&#61;x onerror&#61;alert(1)&gt;');
    expect(html).toContain('<svg');
  });
});
