// What the editor opens with, built from the real seed exercise through the real loader.
import { describe, expect, it } from 'vitest';
import { candidateFiles, loadExercise } from '../../../core/node/library/load.ts';
import type { ExerciseView } from '../../../core/common/exercise.ts';
import {
  basename,
  defaultPath,
  editablePaths,
  initialContents,
  languageOf,
  orderedFiles,
  pickEditable,
} from '../../../renderer/src/state/workspace.ts';

const ex = loadExercise('exercises/go/log-sections');
const view: ExerciseView = {
  summary: { id: ex.meta.id, title: ex.meta.title, language: 'go', type: 'implement', difficulty: 'medium', minutes: 25, competencies: [] },
  prompt: ex.prompt,
  files: candidateFiles(ex),
};

describe('workspace contents', () => {
  it('opens on the starter when nothing was saved', () => {
    const c = initialContents(view, { exerciseId: ex.meta.id, files: {}, savedAt: null });
    expect(c['sections.go']).toBe(ex.starter['sections.go']);
    expect(c['sections_test.go']).toBe(ex.visible['sections_test.go']);
  });

  it('restores saved editable files but never lets a save replace a read-only file', () => {
    const saved = { exerciseId: ex.meta.id, files: { 'sections.go': 'package x', 'sections_test.go': 'tampered' }, savedAt: 'now' };
    const c = initialContents(view, saved);
    expect(c['sections.go']).toBe('package x');
    expect(c['sections_test.go']).toBe(ex.visible['sections_test.go']);
  });

  it('saves and runs only the editable files', () => {
    expect(editablePaths(view)).toEqual(['sections.go']);
    expect(pickEditable(view, { 'sections.go': 'a', 'go.mod': 'b', 'sections_test.go': 'c' })).toEqual({ 'sections.go': 'a' });
  });

  it('orders tabs: editable source, visible tests, support files', () => {
    expect(orderedFiles(view.files).map((f) => f.path)).toEqual(['sections.go', 'sections_test.go', 'go.mod']);
    expect(defaultPath(view)).toBe('sections.go');
  });

  it('picks the editor language from the file name', () => {
    expect(languageOf('a/b.go')).toBe('go');
    expect(languageOf('lib/x.rb')).toBe('ruby');
    expect(languageOf('go.mod')).toBe('plaintext');
    expect(languageOf('review.json')).toBe('json');
    expect(languageOf('NOTES.md')).toBe('markdown');
    expect(basename('lib/x.rb')).toBe('x.rb');
  });
});
