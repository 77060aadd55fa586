import { describe, expect, it } from 'vitest';
import { parseCandidateList } from '../../../renderer/src/interviewer/state/candidate-list.ts';

describe('candidate list', () => {
  it('takes one name per line, with an optional email in any column, and skips a header and blank lines', () => {
    const out = parseCandidateList('Name,Email\r\nAda Lovelace, ada@example.com\n\n"grace@example.com";"Grace Hopper"\nname\temail\nEdsger Dijkstra\n');
    expect(out.candidates).toEqual([{ name: 'Ada Lovelace', email: 'ada@example.com' }, { name: 'Grace Hopper', email: 'grace@example.com' }, { name: 'Edsger Dijkstra' }]);
    expect(out.problems).toEqual([]);
  });
  it('reports duplicates (case-insensitive) and email-only lines; keeps the rest', () => {
    const out = parseCandidateList('Ada\nada\nx@y.z\n__proto__\n');
    expect(out.candidates).toEqual([{ name: 'Ada' }, { name: '__proto__' }]);
    expect(out.problems).toEqual(['line 2: ada is listed twice', 'line 3: no name']);
  });
});
