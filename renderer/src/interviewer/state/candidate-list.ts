// A list of candidates as typed, pasted or read from a file: one per line, a name and optionally an email, split
// by comma, semicolon or tab (a CSV export works; a "name,email" header line is skipped wherever it is; quotes are removed).
export interface ListedCandidate {
  name: string;
  email?: string;
}

export interface CandidateList {
  candidates: ListedCandidate[];
  /** Lines that were not used, each with why (line numbers from 1). */
  problems: string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const unquote = (s: string) => s.trim().replace(/^"(.*)"$/s, '$1').replace(/""/g, '"').trim();

export function parseCandidateList(text: string): CandidateList {
  const candidates: ListedCandidate[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const cells = raw.split(/[,;\t]/).map(unquote).filter(Boolean);
    if (!cells.length) return;
    if (cells.every((c) => /^(name|candidate|full name|e-?mail)$/i.test(c))) return; // a header line (also mid-list, after an appended file)
    const email = cells.find((c) => EMAIL.test(c));
    const name = cells.find((c) => c !== email);
    if (!name) return void problems.push(`line ${i + 1}: no name`);
    if (name.length > 200) return void problems.push(`line ${i + 1}: the name is longer than 200 characters`);
    const key = name.toLowerCase();
    if (seen.has(key)) return void problems.push(`line ${i + 1}: ${name} is listed twice`);
    seen.add(key);
    candidates.push(email ? { name, email } : { name });
  });
  return { candidates, problems };
}
