// JUnit XML escaping: candidate-controlled names and messages never change the document's structure.
import { describe, expect, it } from 'vitest';
import { renderJunit, xmlEscape } from '../../../core/node/batch/junit.ts';
import type { BatchRow } from '../../../core/node/batch/summary.ts';

const row = (candidate: string, summary: string, status: BatchRow['status'] = 'graded', flags: BatchRow['flags'] = []): BatchRow => ({
  file: `${candidate}.assay-submission`, digest: 'a'.repeat(64), candidate, assessmentId: 'x', status, problem: status === 'graded' ? null : summary,
  score: 50, passed: 0, total: 1,
  exercises: [{ id: 'go-x', verdict: 'failed', score: 50, summary, isolation: 'full', durationMs: 1234 }],
  pack: status === 'graded' ? 'this_register' : null,
  flags,
});

describe('xmlEscape', () => {
  it.each([
    ['<a href="x">&\'', '&lt;a href=&quot;x&quot;&gt;&amp;&apos;'],
    [']]><!--', ']]&gt;&lt;!--'],
    ['bell\u0007 esc\u001b nul\u0000 ok\ttab', 'bell\uFFFD esc\uFFFD nul\uFFFD ok\ttab'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['emoji 😀 stays', 'emoji 😀 stays'],
    ['\uFFFE\uFFFF', '\uFFFD\uFFFD'],
  ])('%j', (input, expected) => {
    expect(xmlEscape(input)).toBe(expected);
  });
});

describe('renderJunit', () => {
  it('keeps one suite per bundle whatever the names hold', () => {
    const xml = renderJunit([row('</testsuite></testsuites><x>', '"/><failure message="pwned'), row('Bob', '<error/>', 'rejected')]);
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml.match(/<\/testsuite>/g)).toHaveLength(2);
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml.match(/<error /g)).toHaveLength(1);
    expect(xml).toContain('tests="3" failures="1" errors="1"');
    expect(xml).toContain('time="1.234"');
    expect(xml).not.toContain('<x>');
  });
});

describe('renderJunit: the issued pack', () => {
  it('passes the "issued pack" case of a bundle graded against its record', () => {
    const xml = renderJunit([row('Ada', 'ok')]);
    expect(xml).toMatch(/<testcase classname="[^"]*" name="issued pack"><\/testcase>/);
  });

  it('fails the "issued pack" case with every critical flag, pack_unverified by type, escaped', () => {
    const flags = [
      { code: 'pack_unverified', message: 'pack_unverified: graded without the register' },
      { code: 'time_limit_changed', message: '"/><x>600 min' },
    ];
    const xml = renderJunit([row('Ada', 'ok', 'graded', flags)]);
    expect(xml).toContain('tests="2" failures="2" errors="0"');
    expect(xml).toMatch(/name="issued pack">\n\s+<failure message="pack_unverified: graded without the register; time_limit_changed: &quot;\/&gt;&lt;x&gt;600 min" type="pack_unverified">/);
    expect(xml).not.toContain('<x>');
  });

  it('fails it with type pack_withdrawn for a withdrawn pack, the reason escaped', () => {
    const flags = [{ code: 'pack_withdrawn', message: 'pack withdrawn on 2026-04-05 06:07 UTC: leaked "/><x>' }];
    const xml = renderJunit([row('Ada', 'ok', 'graded', flags)]);
    expect(xml).toMatch(/name="issued pack">\n\s+<failure message="pack_withdrawn: pack withdrawn on 2026-04-05 06:07 UTC: leaked &quot;\/&gt;&lt;x&gt;" type="pack_withdrawn">/);
    expect(xml).not.toContain('<x>');
    const both = renderJunit([row('Ada', 'ok', 'graded', [{ code: 'pack_unverified', message: 'pack_unverified: x' }, ...flags])]);
    expect(both).toContain('type="pack_unverified"');
  });
});
