// Picking exercises by hand: grouped by role and type, each with its difficulty, minutes and what it assesses.
import type { Catalog } from '../../../core/common/lifecycle.ts';
import { languageTitle } from '../state/exercises.ts';
import { byRoleAndType } from './state/catalog.ts';

export function ExercisePicker({ catalog, selected, onToggle }: { catalog: Catalog; selected: string[]; onToggle(id: string): void }) {
  return (
    <div className="iv-picker" data-testid="exercise-picker">
      {byRoleAndType(catalog).map((s) => (
        <fieldset key={s.role} className="iv-picker-role">
          <legend>{s.title}</legend>
          {s.types.map((t) => (
            <div key={t.type} className="iv-picker-type">
              <h3 className="section-title">{t.title}</h3>
              {t.exercises.map((e) => (
                <label key={e.id} className="iv-pick" data-testid="pick-exercise" data-exercise-id={e.id}>
                  <input type="checkbox" checked={selected.includes(e.id)} onChange={() => onToggle(e.id)} />
                  <span className="iv-pick-body">
                    <strong>{e.title}</strong>
                    <span className="muted small">
                      {languageTitle(e.language)} · {e.difficulty} · {e.minutes} min
                      {selected.includes(e.id) ? ` · #${selected.indexOf(e.id) + 1}` : ''}
                    </span>
                    <span className="small">{e.competencies.map((c) => c.text).join(' · ')}</span>
                  </span>
                </label>
              ))}
            </div>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
