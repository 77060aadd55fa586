// The left column: the exercise picker (collapsible) above the prompt of the open exercise.
import { useState } from 'react';
import type { ExerciseView } from '../../../core/common/exercise.ts';
import type { ExerciseStatus, RoleGroup } from '../state/exercises.ts';
import { ExerciseList } from './ExerciseList.tsx';
import { PromptView } from './PromptView.tsx';

export interface SidebarProps {
  groups: RoleGroup[];
  currentId: string;
  statusOf(id: string): ExerciseStatus;
  onSelect(id: string): void;
  view: ExerciseView | undefined;
}

export function Sidebar({ groups, currentId, statusOf, onSelect, view }: SidebarProps) {
  const [listOpen, setListOpen] = useState(true);
  const count = groups.reduce((n, g) => n + g.types.reduce((m, t) => m + t.exercises.length, 0), 0);
  return (
    <aside className="sidebar" aria-label="Exercises and prompt">
      <div className={`sidebar-list${listOpen ? '' : ' collapsed'}`} data-region="exercises" tabIndex={-1}>
        <button
          type="button"
          className="sidebar-heading"
          aria-expanded={listOpen}
          aria-controls="exercise-list"
          onClick={() => setListOpen(!listOpen)}
        >
          <span aria-hidden="true" className="chevron">
            ›
          </span>
          Exercises <span className="sidebar-count">{count}</span>
        </button>
        {listOpen && (
          <div id="exercise-list" className="sidebar-scroll">
            <ExerciseList groups={groups} currentId={currentId} statusOf={statusOf} onSelect={onSelect} />
          </div>
        )}
      </div>
      <div className="sidebar-prompt" data-region="prompt" tabIndex={-1}>
        <h2 className="sidebar-heading sidebar-heading-static">Prompt</h2>
        <div className="sidebar-scroll" tabIndex={0} role="region" aria-label="Prompt of the open exercise" data-testid="prompt-scroll">{view ? <PromptView view={view} /> : <p className="panel-empty">Opening…</p>}</div>
      </div>
    </aside>
  );
}
