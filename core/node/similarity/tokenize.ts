// Tokenizers for the similarity check. Comments and whitespace are dropped; identifiers become "I", string-like
// literals "S", numbers "N"; keywords, builtins and operators stay as they are. Renaming variables or rewording
// strings and comments therefore changes nothing, while the structure of the code still shows.

export interface Token {
  t: string;
  file: string;
  line: number;
}

type Lang = 'go' | 'ruby';

const GO_KEEP = new Set(
  ('break case chan const continue default defer else fallthrough for func go goto if import interface map package ' +
    'range return select struct switch type var bool byte error float64 int int64 rune string uint any nil true false ' +
    'append cap close copy delete len make new panic recover').split(' '),
);
const RUBY_KEEP = new Set(
  ('alias and begin break case class def defined? do else elsif end ensure false for if in module next nil not or redo ' +
    'rescue retry return self super then true undef unless until when while yield each map select reject reduce ' +
    'each_with_object inject new raise require attr_reader attr_accessor lambda proc').split(' '),
);
const OPS = ['<<=', '>>=', '...', '&^=', '**=', '||=', '&&=', '<=>', '===', ':=', '==', '!=', '<=', '>=', '&&', '||', '<-', '++',
  '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<', '>>', '&^', '=>', '->', '::', '**', '=~', '!~', '..'];

export function languageOf(path: string): Lang {
  return path.endsWith('.rb') ? 'ruby' : 'go';
}

/** Skips a quoted literal starting at i (the opening quote); returns the index after it. */
function skipQuoted(src: string, i: number, quote: string, interpolates: boolean): number {
  let j = i + 1;
  while (j < src.length && src[j] !== quote) {
    if (src[j] === '\\' && quote !== '`') j += 2;
    else if (interpolates && src.startsWith('#{', j)) {
      let depth = 1;
      j += 2;
      while (j < src.length && depth > 0) depth += src[j] === '{' ? 1 : src[j] === '}' ? -1 : 0, j++;
    } else j++;
  }
  return j + 1;
}

const PERCENT_PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

export function tokenize(src: string, file: string, lang: Lang = languageOf(file)): Token[] {
  const out: Token[] = [];
  const lineAt: number[] = [];
  let line = 1;
  for (let k = 0; k < src.length; k++) {
    lineAt.push(line);
    if (src[k] === '\n') line++;
  }
  const push = (t: string, at: number) => out.push({ t, file, line: lineAt[at] ?? line });
  const ruby = lang === 'ruby';
  const keep = ruby ? RUBY_KEEP : GO_KEEP;
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const lineStart = i === 0 || src[i - 1] === '\n';
    if (/\s/.test(c)) i++;
    else if (!ruby && src.startsWith('//', i)) i = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    else if (!ruby && src.startsWith('/*', i)) i = src.indexOf('*/', i + 2) < 0 ? src.length : src.indexOf('*/', i + 2) + 2;
    else if (ruby && lineStart && src.startsWith('=begin', i)) i = src.indexOf('\n=end', i) < 0 ? src.length : src.indexOf('\n=end', i) + 5;
    else if (ruby && c === '#') i = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    else if (c === '"' || c === '`' || c === "'") {
      push('S', i);
      i = skipQuoted(src, i, c, ruby && c === '"');
    } else if (ruby && c === '%' && /^%[qQwWiIr]?[([{<|!/]/.test(src.slice(i, i + 3)) && regexAllowed(out)) {
      const j = /[qQwWiIr]/.test(src[i + 1]!) ? i + 2 : i + 1;
      const close = PERCENT_PAIRS[src[j]!] ?? src[j]!;
      push('S', i);
      i = src.indexOf(close, j + 1) < 0 ? src.length : src.indexOf(close, j + 1) + 1;
    } else if (ruby && c === ':' && /[A-Za-z_]/.test(src[i + 1] ?? '') && src[i - 1] !== ':') {
      const m = /^:[A-Za-z_][A-Za-z0-9_]*[?!]?/.exec(src.slice(i))!;
      push('S', i);
      i += m[0].length;
    } else if (ruby && c === '/' && regexAllowed(out)) {
      push('S', i);
      i = skipQuoted(src, i, '/', true);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^[0-9.][0-9a-zA-Z_.]*/.exec(src.slice(i, i + 64))!;
      push('N', i);
      i += m[0].length;
    } else if (/[A-Za-z_@$]/.test(c)) {
      const m = (ruby ? /^[@$]{0,2}[A-Za-z_][A-Za-z0-9_]*[?!]?/ : /^[A-Za-z_][A-Za-z0-9_]*/).exec(src.slice(i, i + 256));
      const word = m ? m[0] : c;
      push(keep.has(word) ? word : 'I', i);
      i += word.length;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i)) ?? c;
      push(op, i);
      i += op.length;
    }
  }
  return out;
}

/** In Ruby, "/" starts a regex literal where an operand is expected (after an operator, "(", "," or a keyword). */
function regexAllowed(out: Token[]): boolean {
  const prev = out[out.length - 1]?.t;
  if (prev === undefined) return true;
  return !(prev === 'I' || prev === 'N' || prev === 'S' || prev === ')' || prev === ']' || prev === '}' || prev === 'end' || prev === 'self');
}
