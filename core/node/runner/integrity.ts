// Checks on in-framework results (visible tests), which candidate code shares a process with and could forge:
// the set of reported tests against the expected set (from the reference run), duplicates, and minitest
// assertion counts. Forgery is `tampered`; merely suspicious numbers become flags for the interviewer.
import type { Flag } from '../../common/results.ts';

/** What the reference solution's visible run reported: every test name and, for minitest, assertion counts. */
export interface Baseline {
  names: string[];
  assertions: Record<string, number> | null;
}

export interface SetCheck {
  duplicates: string[];
  unexpected: string[];
  missing: string[];
}

/**
 * `subtests`: Go subtests ("TestX/case") of an expected top-level test are accepted even if the reference did
 * not produce them (table names can depend on data).
 */
export function checkTestSet(names: string[], expected: string[] | null, subtests: boolean): SetCheck {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const n of names) (seen.has(n) ? duplicates : seen).add(n);
  if (!expected) return { duplicates: [...duplicates], unexpected: [], missing: [] };
  const want = new Set(expected);
  const known = (n: string) => want.has(n) || (subtests && n.includes('/') && want.has(n.slice(0, n.indexOf('/'))));
  return {
    duplicates: [...duplicates],
    unexpected: [...seen].filter((n) => !known(n)),
    missing: expected.filter((n) => !seen.has(n)),
  };
}

export function setProblem(c: SetCheck): string | null {
  const list = (xs: string[]) => xs.slice(0, 5).join(', ') + (xs.length > 5 ? ` and ${xs.length - 5} more` : '');
  if (c.duplicates.length) return `tests reported more than once: ${list(c.duplicates)}`;
  if (c.unexpected.length) return `results for tests that do not exist: ${list(c.unexpected)}`;
  if (c.missing.length) return `no result for tests: ${list(c.missing)}`;
  return null;
}

/** A passing minitest test with no assertions, or fewer than the reference made, is worth a look. */
export function assertionFlags(tests: { name: string; status: string; assertions: number }[], baseline: Baseline | null): Flag[] {
  const flags: Flag[] = [];
  for (const t of tests) {
    if (t.status !== 'pass') continue;
    const ref = baseline?.assertions?.[t.name];
    if (t.assertions === 0 && (ref === undefined || ref > 0)) {
      flags.push({ code: 'no-assertions', severity: 'critical', message: `${t.name} passed without running a single assertion` });
    } else if (ref !== undefined && t.assertions < ref) {
      flags.push({ code: 'fewer-assertions', severity: 'warning', message: `${t.name} passed with ${t.assertions} assertions; the reference makes ${ref}` });
    }
  }
  return flags;
}
