import { describe, expect, it } from 'vitest';
import { exerciseStatus, groupExercises, pickerOrder, statusLabel } from '../../../renderer/src/state/exercises.ts';
import type { ExerciseSummary } from '../../../core/common/exercise.ts';
import type { RunReport } from '../../../core/common/results.ts';

const sbd = 'Senior Backend Developer, CI/CD Pipelines';
function ex(id: string, language: 'go' | 'ruby', type: ExerciseSummary['type'], role: string, title = id): ExerciseSummary {
  return { id, title, language, type, difficulty: 'medium', minutes: 25, competencies: [{ id: `${id}-req`, text: 'x', role }] };
}

describe('groupExercises', () => {
  const list = [
    ex('ruby-b', 'ruby', 'fix', 'Developer', 'B'),
    ex('go-z', 'go', 'review', sbd, 'Z'),
    ex('go-a', 'go', 'implement', sbd, 'A'),
    ex('ruby-a', 'ruby', 'implement', 'Developer', 'A'),
    ex('go-b', 'go', 'implement', sbd, 'B'),
  ];

  it('groups by language and role, then by type in a fixed order', () => {
    const groups = groupExercises(list);
    expect(groups.map((g) => g.title)).toEqual([`Go · ${sbd}`, 'Ruby · Developer']);
    expect(groups[0]!.types.map((t) => t.type)).toEqual(['implement', 'review']);
    expect(groups[0]!.types[0]!.exercises.map((e) => e.id)).toEqual(['go-a', 'go-b']);
    expect(groups[1]!.types.map((t) => t.title)).toEqual(['Implement', 'Fix a bug']);
  });

  it('gives the picker order used for "exercise i of n"', () => {
    expect(pickerOrder(groupExercises(list)).map((e) => e.id)).toEqual(['go-a', 'go-b', 'go-z', 'ruby-a', 'ruby-b']);
  });
});

describe('exerciseStatus', () => {
  const done = (verdict: RunReport['verdict'], cancelled = false) =>
    ({ kind: 'done', runId: 'r', report: { verdict, cancelled } as RunReport }) as const;

  it('reflects the last run, then whether work was saved', () => {
    expect(exerciseStatus(undefined, false)).toBe('new');
    expect(exerciseStatus(undefined, true)).toBe('started');
    expect(exerciseStatus({ kind: 'running', runId: 'r', phase: 'running', output: '', cancelling: false }, true)).toBe('running');
    expect(exerciseStatus(done('passed'), true)).toBe('passed');
    expect(exerciseStatus(done('compile_error'), true)).toBe('failed');
    expect(exerciseStatus(done('failed', true), true)).toBe('started');
  });

  it('labels every status with an icon and a word', () => {
    for (const s of ['new', 'started', 'running', 'passed', 'failed'] as const) {
      expect(statusLabel(s).icon).not.toBe('');
      expect(statusLabel(s).word).not.toBe('');
    }
  });
});
