// The exercise prompt: what it is (language, type, difficulty, time), what it assesses, then the
// Markdown brief rendered with raw HTML neutralised (see ../state/prompt.ts).
import { useMemo } from 'react';
import type { ExerciseView } from '../../../core/common/exercise.ts';
import { languageTitle, typeTitle } from '../state/exercises.ts';
import { renderPrompt } from '../state/prompt.ts';
import './PromptView.css';

const DIFFICULTY = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

export function PromptView({ view }: { view: ExerciseView }) {
  const html = useMemo(() => renderPrompt(view.prompt), [view.prompt]);
  const s = view.summary;
  return (
    <article className="prompt" aria-label="Exercise prompt">
      <ul className="prompt-tags" aria-label="About this exercise">
        <li>{languageTitle(s.language)}</li>
        <li>{typeTitle(s.type)}</li>
        <li>{DIFFICULTY[s.difficulty]}</li>
        <li>≈ {s.minutes} min</li>
      </ul>
      {s.competencies.length > 0 && (
        <details className="prompt-assesses">
          <summary>
            Assesses {s.competencies.length} requirement{s.competencies.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {s.competencies.map((c) => (
              <li key={c.id}>
                {c.text} <span className="prompt-role">({c.role})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="markdown" data-testid="prompt" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
