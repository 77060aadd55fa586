// The instructions page shows the assessment's title itself; a leading "# <title>" line of the instructions'
// Markdown would only repeat it.
export function withoutLeadingTitle(markdown: string, title: string): string {
  const m = /^\s*#\s+(.+?)\s*\n/.exec(markdown);
  return m && m[1]!.trim() === title.trim() ? markdown.slice(m[0].length) : markdown;
}
