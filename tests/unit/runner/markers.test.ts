import { describe, expect, it } from 'vitest';
import { parseGoErrors } from '../../../core/node/runner/go/markers.ts';
import { parseRubyErrors } from '../../../core/node/runner/ruby/markers.ts';

describe('parseGoErrors', () => {
  it('maps go build output to markers relative to the module', () => {
    const out = [
      '# assay.local/logsections [assay.local/logsections.test]',
      './sections.go:12:5: undefined: x',
      '/tmp/assay-run-1/src/util/helper.go:3:1: syntax error: non-declaration statement outside function body',
      './sections.go:20:9: cannot use s (variable of type string) as int value in return statement',
      '\thave (string)',
      '\twant (int)',
      'too many errors',
    ].join('\n');
    expect(parseGoErrors(out, '/tmp/assay-run-1/src')).toEqual([
      { file: 'sections.go', line: 12, column: 5, message: 'undefined: x', severity: 'error' },
      { file: 'util/helper.go', line: 3, column: 1, message: 'syntax error: non-declaration statement outside function body', severity: 'error' },
      { file: 'sections.go', line: 20, column: 9, message: 'cannot use s (variable of type string) as int value in return statement\nhave (string)\nwant (int)', severity: 'error' },
    ]);
  });

  it('accepts diagnostics without a column', () => {
    expect(parseGoErrors('x.go:7: something odd', '/w')).toEqual([{ file: 'x.go', line: 7, column: 1, message: 'something odd', severity: 'error' }]);
  });
});

describe('parseRubyErrors', () => {
  it('reads line and caret column of a Ruby 3.1 syntax error', () => {
    const msg = "/tmp/w/src/a.rb:4: syntax error, unexpected `end', expecting ']'\n  end\n  ^~~\n";
    expect(parseRubyErrors(msg, '/tmp/w/src')).toEqual([
      { file: 'a.rb', line: 4, column: 3, message: "syntax error, unexpected `end', expecting ']'", severity: 'error' },
    ]);
  });

  it('handles several errors, end-of-input without a snippet, and warnings', () => {
    const msg = [
      "b.rb:3: syntax error, unexpected ')'",
      '  y = )',
      '      ^',
      'b.rb:2: warning: assigned but unused variable - x',
      "d.rb:2: syntax error, unexpected end-of-input, expecting `end'",
    ].join('\n');
    expect(parseRubyErrors(msg, '/w')).toEqual([
      { file: 'b.rb', line: 3, column: 7, message: "syntax error, unexpected ')'", severity: 'error' },
      { file: 'b.rb', line: 2, column: 1, message: 'assigned but unused variable - x', severity: 'warning' },
      { file: 'd.rb', line: 2, column: 1, message: "syntax error, unexpected end-of-input, expecting `end'", severity: 'error' },
    ]);
  });

  it('recovers the real column when Ruby elides the start of a long line', () => {
    const source = `x = 1\nputs(${'aaaa + '.repeat(60)})\n`;
    const line2 = source.split('\n')[1]!;
    const shown = line2.slice(line2.length - 40);
    const caretAt = shown.length - 1; // on the final ')'
    const msg = `long.rb:2: syntax error, unexpected ')'\n...${shown}\n...${' '.repeat(caretAt)}^`;
    const [m] = parseRubyErrors(msg, '/w', { 'long.rb': source });
    expect(m!.line).toBe(2);
    expect(line2[m!.column - 1]).toBe(')');
    expect(m!.column).toBe(line2.length);
  });
});
