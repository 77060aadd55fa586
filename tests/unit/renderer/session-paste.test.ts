// Where a paste landed, from the Monaco model's URI (assay://<exercise>/<path>); and the instructions' title.
import { describe, expect, it } from 'vitest';
import { pasteTarget } from '../../../renderer/src/session/paste.ts';
import { withoutLeadingTitle } from '../../../renderer/src/session/intro.ts';

describe('paste target', () => {
  it('names the exercise and the file of a workspace model', () => {
    expect(pasteTarget({ scheme: 'assay', authority: 'ruby-reference-extractor', path: '/reference_extractor.rb' })).toEqual({
      exerciseId: 'ruby-reference-extractor',
      file: 'reference_extractor.rb',
    });
    expect(pasteTarget({ scheme: 'assay', authority: 'go-a', path: '/pkg/deep.go' })).toEqual({ exerciseId: 'go-a', file: 'pkg/deep.go' });
  });

  it('ignores models that are not workspace files (diff views, find widget)', () => {
    expect(pasteTarget({ scheme: 'inmemory', authority: 'model', path: '/1' })).toBeNull();
    expect(pasteTarget({ scheme: 'assay', authority: '', path: '/x.go' })).toBeNull();
    expect(pasteTarget({ scheme: 'assay', authority: 'go-a', path: '/' })).toBeNull();
  });
});

describe('instructions title', () => {
  it('drops a leading heading that repeats the title, and nothing else', () => {
    expect(withoutLeadingTitle('# Backend screen\n\nHello', 'Backend screen')).toBe('Hello');
    expect(withoutLeadingTitle('# Other\n\nHello', 'Backend screen')).toBe('# Other\n\nHello');
    expect(withoutLeadingTitle('Hello\n# Backend screen\n', 'Backend screen')).toBe('Hello\n# Backend screen\n');
  });
});
