// The exercise picker: grouping by role (language + the role the exercise assesses) and type, and the
// status dot of each exercise.
import type { ExerciseSummary, ExerciseType, Language } from '../../../core/common/exercise.ts';
import type { RunState } from './run.ts';
import type { Label } from './verdict.ts';

export interface TypeGroup {
  type: ExerciseType;
  title: string;
  exercises: ExerciseSummary[];
}

export interface RoleGroup {
  key: string;
  language: Language;
  title: string;
  types: TypeGroup[];
}

const TYPE_ORDER: ExerciseType[] = ['implement', 'fix', 'write-tests', 'review'];
const TYPE_TITLES: Record<ExerciseType, string> = {
  implement: 'Implement',
  fix: 'Fix a bug',
  'write-tests': 'Write tests',
  review: 'Review',
};
const LANGUAGE_TITLES: Record<Language, string> = { go: 'Go', ruby: 'Ruby' };

export function languageTitle(language: Language): string {
  return LANGUAGE_TITLES[language];
}

export function typeTitle(type: ExerciseType): string {
  return TYPE_TITLES[type];
}

function roleOf(ex: ExerciseSummary): string {
  const roles = [...new Set(ex.competencies.map((c) => c.role))].sort();
  return roles.join(' + ') || 'General';
}

export function groupExercises(list: ExerciseSummary[]): RoleGroup[] {
  const groups = new Map<string, RoleGroup>();
  for (const ex of list) {
    const role = roleOf(ex);
    const key = `${ex.language}:${role}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, language: ex.language, title: `${LANGUAGE_TITLES[ex.language]} · ${role}`, types: [] };
      groups.set(key, group);
    }
    let typeGroup = group.types.find((t) => t.type === ex.type);
    if (!typeGroup) {
      typeGroup = { type: ex.type, title: TYPE_TITLES[ex.type], exercises: [] };
      group.types.push(typeGroup);
    }
    typeGroup.exercises.push(ex);
  }
  const sorted = [...groups.values()].sort((a, b) => a.title.localeCompare(b.title));
  for (const g of sorted) {
    g.types.sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
    for (const t of g.types) t.exercises.sort((a, b) => a.title.localeCompare(b.title));
  }
  return sorted;
}

/** The exercises in the order the picker shows them (for "exercise i/n" and next/previous). */
export function pickerOrder(groups: RoleGroup[]): ExerciseSummary[] {
  return groups.flatMap((g) => g.types.flatMap((t) => t.exercises));
}

export type ExerciseStatus = 'new' | 'started' | 'running' | 'passed' | 'failed';

export function exerciseStatus(run: RunState | undefined, started: boolean): ExerciseStatus {
  if (run?.kind === 'running') return 'running';
  if (run?.kind === 'done' && !run.report.cancelled) return run.report.verdict === 'passed' ? 'passed' : 'failed';
  return started ? 'started' : 'new';
}

const STATUS_LABELS: Record<ExerciseStatus, Label> = {
  new: { icon: '○', word: 'Not started', tone: 'neutral' },
  started: { icon: '◐', word: 'In progress', tone: 'neutral' },
  running: { icon: '◌', word: 'Running', tone: 'neutral' },
  passed: { icon: '✓', word: 'Visible tests pass', tone: 'ok' },
  failed: { icon: '✗', word: 'Last run failed', tone: 'bad' },
};

export function statusLabel(status: ExerciseStatus): Label {
  return STATUS_LABELS[status];
}
