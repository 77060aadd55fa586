// The library: every exercise, grouped by role and type, with its difficulty, minutes and the requirements of
// the job description it assesses.
import type { Catalog } from '../../../core/common/lifecycle.ts';
import { languageTitle } from '../state/exercises.ts';
import { byRoleAndType } from './state/catalog.ts';
import { LibraryProblems } from './LibraryProblems.tsx';

export function LibraryView({ catalog }: { catalog: Catalog }) {
  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title">Library</h1>
      <p className="muted">
        {catalog.exercises.length} exercises, each tied to lines of a job description. Hidden tests, reference solutions
        and mutants stay on this computer: packs carry prompts, starters and visible tests only.
      </p>
      <LibraryProblems problems={catalog.problems ?? []} libraryDir={catalog.library.dir} />
      {byRoleAndType(catalog).map((s) => (
        <section key={s.role} className="iv-section" aria-label={s.title}>
          <h2>{s.title}</h2>
          <table className="iv-table">
            <thead>
              <tr>
                <th>Exercise</th>
                <th>Type</th>
                <th>Language</th>
                <th>Difficulty</th>
                <th className="num">Minutes</th>
                <th>Assesses</th>
              </tr>
            </thead>
            <tbody>
              {s.types.flatMap((t) =>
                t.exercises.map((e) => (
                  <tr key={e.id} data-testid="library-row" data-exercise-id={e.id}>
                    <td>
                      <strong>{e.title}</strong>
                      <div className="muted small">{e.id}</div>
                    </td>
                    <td>{t.title}</td>
                    <td>{languageTitle(e.language)}</td>
                    <td>{e.difficulty}</td>
                    <td className="num">{e.minutes}</td>
                    <td className="small">
                      {e.competencies.map((c) => (
                        <div key={c.id} title={c.id}>
                          {c.text}
                        </div>
                      ))}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
