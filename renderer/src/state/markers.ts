// Compile/syntax markers: grouping per file and conversion to editor ranges, independent of Monaco
// (severity numbers are Monaco's MarkerSeverity values: Error 8, Warning 4).
import type { Marker } from '../../../core/common/results.ts';

export interface EditorMarker {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  message: string;
  severity: 8 | 4;
  source: string;
}

export interface LineInfo {
  lineCount: number;
  /** Last column of a 1-based line (length + 1). */
  maxColumn(line: number): number;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Maps a Marker to a range inside the model; without an end, the squiggle runs to the end of the line. */
export function toEditorMarker(m: Marker, lines: LineInfo, source = 'assay'): EditorMarker {
  const line = clamp(Math.trunc(m.line) || 1, 1, Math.max(1, lines.lineCount));
  const max = lines.maxColumn(line);
  const column = clamp(Math.trunc(m.column) || 1, 1, max);
  const endLine = m.endLine ? clamp(m.endLine, line, Math.max(1, lines.lineCount)) : line;
  let startColumn = column;
  let endColumn = m.endColumn ? clamp(m.endColumn, 1, lines.maxColumn(endLine)) : max;
  if (endLine === line && endColumn <= column) {
    // An empty range draws nothing: cover the character at the column, or the one before the line end.
    if (column < max) endColumn = column + 1;
    else [startColumn, endColumn] = [Math.max(1, column - 1), column];
  }
  return {
    startLineNumber: line,
    startColumn,
    endLineNumber: endLine,
    endColumn,
    message: m.message,
    severity: m.severity === 'warning' ? 4 : 8,
    source,
  };
}

/** Marker paths are workspace-relative; tools sometimes prefix them with "./". */
export function markerFile(m: Marker): string {
  return m.file.replace(/^(\.\/)+/, '');
}

export function markersByFile(markers: Marker[]): Map<string, Marker[]> {
  const out = new Map<string, Marker[]>();
  for (const m of markers) {
    const file = markerFile(m);
    const list = out.get(file) ?? [];
    list.push({ ...m, file });
    out.set(file, list);
  }
  return out;
}

/** Problems list order: by file, then position. */
export function sortMarkers(markers: Marker[]): Marker[] {
  return [...markers].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
