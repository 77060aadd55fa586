// The default text a candidate reads before pressing Start. It says plainly what is recorded.
import type { LoadedExercise } from '../library/load.ts';

export function defaultInstructions(title: string, candidateName: string, minutes: number, exercises: LoadedExercise[]): string {
  const list = exercises.map((e, i) => `${i + 1}. ${e.meta.title} (${e.meta.language}, about ${e.meta.minutes} min)`);
  return [
    `# ${title}`,
    '',
    `Hello ${candidateName}. This assessment has ${exercises.length} exercise${exercises.length === 1 ? '' : 's'} and a time limit of ${minutes} minutes:`,
    '',
    ...list,
    '',
    '- The clock starts when you press **Start** and keeps running if you close the app.',
    '- Your work is saved as you type; if the app closes, reopen it and continue where you were.',
    '- Run the visible tests as often as you like. Hidden tests are used for grading afterwards.',
    '- When time runs out, your work is submitted automatically. You can also submit early.',
    '- Assay records your test runs, pastes (their size), when the window loses focus and code snapshots,',
    '  and shares them with your interviewer together with your code.',
    '',
  ].join('\n');
}
