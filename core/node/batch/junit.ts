// JUnit XML of a batch (GitLab shows it in the pipeline's Tests tab): one test suite per bundle, one test case
// per exercise and one "issued pack" case that fails on the scorecard's critical flags (pack_unverified when
// graded without the register); a verdict other than passed is a failure, a bundle not graded an error. Every
// string, all of it candidate-controlled, goes through xmlEscape, the one escaping function for this format.
import type { BatchRow } from './summary.ts';

/** Escapes text for XML 1.0 content and attribute values; drops characters XML cannot carry at all. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');

/**
 * The test case "issued pack": fails when the bundle was graded without the register (pack_unverified), its pack
 * was withdrawn (pack_withdrawn) or it differs from what was issued; every critical flag of the scorecard is listed in its message.
 */
function issueCase(row: BatchRow, name: string): { xml: string; failed: boolean } {
  const open = `    <testcase${attrs({ classname: name, name: 'issued pack' })}>`;
  if (row.flags.length === 0) return { xml: `${open}</testcase>`, failed: false };
  const msg = row.flags.map((f) => (f.message.startsWith(f.code) ? f.message : `${f.code}: ${f.message}`)).join('; ');
  const type = (['pack_unverified', 'pack_withdrawn'] as const).find((c) => row.flags.some((f) => f.code === c)) ?? 'flagged';
  return { xml: `${open}\n      <failure${attrs({ message: msg, type })}>${xmlEscape(msg)}</failure>\n    </testcase>`, failed: true };
}

function suite(row: BatchRow): string {
  const name = `${row.candidate ?? row.file} (${row.file})`;
  if (row.status !== 'graded') {
    const msg = row.problem ?? row.status;
    return `  <testsuite${attrs({ name, tests: 1, failures: 0, errors: 1 })}>\n    <testcase${attrs({ classname: name, name: 'bundle' })}>\n      <error${attrs({ message: msg, type: row.status })}>${xmlEscape(msg)}</error>\n    </testcase>\n  </testsuite>`;
  }
  const issue = issueCase(row, name);
  const failures = row.exercises.filter((e) => e.verdict !== 'passed').length + (issue.failed ? 1 : 0);
  const cases = [issue.xml, ...row.exercises.map((e) => {
    const open = `    <testcase${attrs({ classname: name, name: e.id, time: (e.durationMs / 1000).toFixed(3) })}>`;
    if (e.verdict === 'passed') return `${open}</testcase>`;
    const msg = `${e.verdict}, score ${e.score ?? '—'}/100: ${e.summary}`;
    return `${open}\n      <failure${attrs({ message: msg, type: e.verdict })}>${xmlEscape(msg)}</failure>\n    </testcase>`;
  })];
  return `  <testsuite${attrs({ name, tests: row.exercises.length + 1, failures, errors: 0 })}>\n${cases.join('\n')}\n  </testsuite>`;
}

export function renderJunit(rows: BatchRow[]): string {
  const tests = rows.reduce((n, r) => n + (r.status === 'graded' ? r.exercises.length + 1 : 1), 0);
  const failures = rows.reduce((n, r) => n + (r.status === 'graded' ? r.exercises.filter((e) => e.verdict !== 'passed').length + (r.flags.length ? 1 : 0) : 0), 0);
  const errors = rows.filter((r) => r.status !== 'graded').length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attrs({ name: 'assay grade-batch', tests, failures, errors })}>\n${rows.map(suite).join('\n')}\n</testsuites>\n`;
}
