// The exercise picker: grouped by role (language + the job role assessed) and by exercise type.
import type { RoleGroup, ExerciseStatus } from '../state/exercises.ts';
import { ExerciseItem } from './ExerciseItem.tsx';
import './ExerciseList.css';

export interface ExerciseListProps {
  groups: RoleGroup[];
  currentId: string | null;
  statusOf(id: string): ExerciseStatus;
  onSelect(id: string): void;
}

export function ExerciseList({ groups, currentId, statusOf, onSelect }: ExerciseListProps) {
  return (
    <nav className="exercise-list" aria-label="Exercises">
      {groups.map((g) => (
        <section key={g.key} className="exercise-group" aria-labelledby={`group-${g.key}`}>
          <h2 id={`group-${g.key}`} className="exercise-group-title" title={g.title}>
            {g.title}
          </h2>
          {g.types.map((t) => (
            <div key={t.type} className="exercise-type">
              <h3 className="exercise-type-title">{t.title}</h3>
              <ul>
                {t.exercises.map((ex) => (
                  <li key={ex.id}>
                    <ExerciseItem
                      exercise={ex}
                      current={ex.id === currentId}
                      status={statusOf(ex.id)}
                      onSelect={onSelect}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </nav>
  );
}
