// Ruby (3.1) syntax errors → editor markers. The message lists `path:LINE: text`, usually followed by the
// offending source line and a caret line (`  ^~~`) that gives the column.
import type { Marker } from '../../../common/results.ts';
import type { FileSet } from '../../library/load.ts';

const HEAD = /^(.+?\.rb):(\d+): (.*)$/;
const CARET = /^(?:\.\.\.)?\s*\^~*\s*$/;

/** `root` is stripped from absolute paths; `sources` (relative path → content) pins columns when lines are elided. */
export function parseRubyErrors(text: string, root: string, sources: FileSet = {}): Marker[] {
  const markers: Marker[] = [];
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = HEAD.exec(lines[i]!);
    if (!m) continue;
    let file = m[1]!;
    if (file.startsWith(prefix)) file = file.slice(prefix.length);
    const line = Number(m[2]);
    const message = m[3]!.trim();
    let column = 1;
    const snippet = lines[i + 1];
    const caret = lines[i + 2] === undefined ? null : CARET.exec(lines[i + 2]!);
    if (snippet !== undefined && caret) {
      column = caretColumn(snippet, lines[i + 2]!.indexOf('^'), sources[file]?.split('\n')[line - 1]);
      i += 2;
    }
    markers.push({ file, line, column, message: message.replace(/^warning: /, ''), severity: /^warning:/.test(message) ? 'warning' : 'error' });
  }
  return markers;
}

/** 1-based column of the caret. Long lines are shown elided ("...middle..."); the source line gives the offset. */
function caretColumn(snippet: string, caretAt: number, source: string | undefined): number {
  if (source === undefined || source === snippet) return caretAt + 1;
  const lead = snippet.startsWith('...') ? 3 : 0;
  const shown = snippet.slice(lead).replace(/\.\.\.$/, '');
  const offset = source.indexOf(shown);
  if (offset < 0) return caretAt + 1;
  return offset + (caretAt - lead) + 1;
}
