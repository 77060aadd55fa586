import { describe, expect, it } from 'vitest';
import { markerFile, markersByFile, sortMarkers, toEditorMarker } from '../../../renderer/src/state/markers.ts';
import type { Marker } from '../../../core/common/results.ts';

// A three-line model: "package main" (12 chars), "" and "func f() {" (10 chars).
const lines = { lineCount: 3, maxColumn: (l: number) => [13, 1, 11][l - 1]! };
const m = (over: Partial<Marker>): Marker => ({ file: 'main.go', line: 1, column: 1, message: 'boom', severity: 'error', ...over });

describe('toEditorMarker', () => {
  it('runs from the column to the end of the line when there is no end', () => {
    expect(toEditorMarker(m({ line: 3, column: 6 }), lines)).toMatchObject({
      startLineNumber: 3,
      startColumn: 6,
      endLineNumber: 3,
      endColumn: 11,
      severity: 8,
      message: 'boom',
    });
  });

  it('keeps an explicit range and maps warnings', () => {
    expect(toEditorMarker(m({ line: 1, column: 2, endLine: 1, endColumn: 5, severity: 'warning' }), lines)).toMatchObject({
      startColumn: 2,
      endColumn: 5,
      severity: 4,
    });
  });

  it('never produces an empty range: at the line end it covers the last character', () => {
    expect(toEditorMarker(m({ line: 1, column: 13 }), lines)).toMatchObject({ startColumn: 12, endColumn: 13 });
    expect(toEditorMarker(m({ line: 3, column: 2, endLine: 3, endColumn: 2 }), lines)).toMatchObject({ startColumn: 2, endColumn: 3 });
  });

  it('clamps positions outside the model (stale markers after edits)', () => {
    expect(toEditorMarker(m({ line: 99, column: 99 }), lines)).toMatchObject({ startLineNumber: 3, startColumn: 10, endColumn: 11 });
    expect(toEditorMarker(m({ line: 0, column: 0 }), lines)).toMatchObject({ startLineNumber: 1, startColumn: 1, endColumn: 13 });
  });
});

describe('marker files', () => {
  it('normalises ./ prefixes and groups per file', () => {
    expect(markerFile(m({ file: './sections.go' }))).toBe('sections.go');
    const byFile = markersByFile([m({ file: './a.go', line: 2 }), m({ file: 'a.go', line: 1 }), m({ file: 'b.go' })]);
    expect([...byFile.keys()]).toEqual(['a.go', 'b.go']);
    expect(byFile.get('a.go')!.map((x) => x.line)).toEqual([2, 1]);
  });

  it('sorts problems by file and position', () => {
    const sorted = sortMarkers([m({ file: 'b.go' }), m({ file: 'a.go', line: 3 }), m({ file: 'a.go', line: 1, column: 9 })]);
    expect(sorted.map((x) => `${x.file}:${x.line}`)).toEqual(['a.go:1', 'a.go:3', 'b.go:1']);
  });
});
