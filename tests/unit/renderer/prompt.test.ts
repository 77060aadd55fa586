import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderPrompt } from '../../../renderer/src/state/prompt.ts';

describe('renderPrompt', () => {
  it('renders Markdown: headings, code, tables', () => {
    const html = renderPrompt('# Title\n\nUse `Parse`.\n\n```go\nfunc f() {}\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<code>Parse</code>');
    expect(html).toContain('<pre><code class="language-go">func f() {}');
    expect(html).toContain('<td>1</td>');
  });

  it('shows raw HTML as text instead of injecting it', () => {
    const html = renderPrompt('Hello <img src=x onerror="alert(1)"> and\n\n<script>alert(2)</script>\n');
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops dangerous link targets and images', () => {
    const html = renderPrompt('[click](javascript:alert(1)) [ok](https://example.org "t") ![logo](http://evil/x.png)');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click');
    expect(html).toContain('<a href="https://example.org" title="t" rel="noreferrer noopener" target="_blank">ok</a>');
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('logo');
  });

  it('renders the seed exercise prompts', () => {
    for (const path of ['exercises/go/log-sections/prompt.md', 'exercises/ruby/reference-extractor/prompt.md']) {
      const html = renderPrompt(readFileSync(path, 'utf8'));
      expect(html).toMatch(/^<h1>/);
      expect(html).not.toMatch(/<script/i);
    }
  });
});
