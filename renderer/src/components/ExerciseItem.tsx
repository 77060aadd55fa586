// One exercise in the picker: status (icon + word), title, difficulty, minutes and what it assesses.
import { useEffect, useRef } from 'react';
import type { ExerciseSummary } from '../../../core/common/exercise.ts';
import { statusLabel, type ExerciseStatus } from '../state/exercises.ts';

export interface ExerciseItemProps {
  exercise: ExerciseSummary;
  current: boolean;
  status: ExerciseStatus;
  onSelect(id: string): void;
}

const DIFFICULTY = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

export function ExerciseItem({ exercise: ex, current, status, onSelect }: ExerciseItemProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const label = statusLabel(status);
  const assesses = ex.competencies.map((c) => c.text).join(' · ');
  return (
    <button
      ref={ref}
      type="button"
      className="exercise-item"
      data-testid="exercise-item"
      data-exercise-id={ex.id}
      data-status={status}
      aria-current={current ? 'page' : undefined}
      onClick={() => onSelect(ex.id)}
    >
      <span className={`exercise-status tone-${label.tone}`} title={label.word}>
        <span aria-hidden="true">{label.icon}</span>
        <span className="visually-hidden">{label.word}</span>
      </span>
      <span className="exercise-body">
        <span className="exercise-name">{ex.title}</span>
        <span className="exercise-meta">
          {DIFFICULTY[ex.difficulty]} · {ex.minutes} min
        </span>
        {assesses && (
          <span className="exercise-assesses" title={assesses}>
            Assesses: {assesses}
          </span>
        )}
      </span>
    </button>
  );
}
