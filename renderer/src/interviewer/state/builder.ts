// Builder checks beyond the form: a time limit shorter than the chosen exercises' suggested minutes, an export
// error explained against the library's known problems, and requirement rows that are placeholders.
export function timeWarning(limit: number, exerciseMinutes: number): string | null {
  if (!Number.isFinite(limit) || limit <= 0 || exerciseMinutes <= 0 || limit >= exerciseMinutes) return null;
  return `The time limit (${limit} min) is shorter than the exercises' suggested ${exerciseMinutes} min: candidates are unlikely to finish. Raise the limit or remove an exercise.`;
}

/** What to do about a failed export, naming broken exercises the error mentions. */
export function exportAdvice(error: string, problems: readonly { dir: string; error: string }[]): string | null {
  const hit = problems.filter((p) => error.includes(p.dir) || error.includes(p.dir.split(/[\\/]/).pop() ?? '\0'));
  if (hit.length) return `Fix ${hit.map((p) => p.dir.split(/[\\/]/).slice(-2).join('/')).join(', ')} (see Library for the error), or leave it out of this assessment.`;
  if (/no exercise with id|unknown exercise|not found/i.test(error)) return 'An exercise of this selection is no longer in the library (moved, renamed or broken): check the Library screen, then choose the exercises again.';
  if (problems.length) return `The library has ${problems.length} exercise${problems.length === 1 ? '' : 's'} that do not load (listed under Library); fix them or choose others.`;
  return null;
}

/** A requirement row with no real text ("TODO", "TBD", empty) is a placeholder of the source, not a requirement. */
export function isPlaceholder(text: string): boolean {
  return /^\s*(todo|tbd|fixme|xxx|\.\.\.|…)?\s*[.:]?\s*$/i.test(text);
}
