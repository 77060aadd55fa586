// Go compiler diagnostics (`./sections.go:12:5: undefined: x`) → editor markers, paths relative to the module.
import type { Marker } from '../../../common/results.ts';

const LINE = /^(?:\.\/)?([^\s:][^:]*\.go):(\d+)(?::(\d+))?: (.*)$/;

export function parseGoErrors(text: string, moduleDir: string): Marker[] {
  const markers: Marker[] = [];
  const prefix = moduleDir.endsWith('/') ? moduleDir : `${moduleDir}/`;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const m = LINE.exec(line);
    if (m) {
      let file = m[1]!;
      if (file.startsWith(prefix)) file = file.slice(prefix.length);
      markers.push({ file, line: Number(m[2]), column: m[3] ? Number(m[3]) : 1, message: m[4]!, severity: 'error' });
    } else if (/^\t/.test(line) && markers.length > 0) {
      // Continuation lines ("\thave (string)\n\twant ()") belong to the previous diagnostic.
      markers[markers.length - 1]!.message += `\n${line.trim()}`;
    }
  }
  return markers;
}
