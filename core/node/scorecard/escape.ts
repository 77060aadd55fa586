// One escaping function per output format. Every string from a bundle (candidate name, file names, comments,
// notes, titles) reaches a scorecard, the dashboard or an export through exactly one of these.
//
// First, for every format, `visible`: control characters (C0 except tab and newline, DEL, C1), line and paragraph
// separators and bidi controls (which reorder what a reader sees: "Passed" can be drawn where "Failed" is written)
// are replaced by a visible "[U+XXXX]", so no format's parser or renderer ever gets them.

const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function visible(s: string): string {
  return s.replace(/\r\n/g, '\n').replace(HIDDEN, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

/** Text content of an HTML element. */
export function htmlText(s: string): string {
  return visible(s).replace(/[&<>"'`=]/g, (c) => HTML[c]!);
}

/** A quoted HTML attribute value (the caller writes the double quotes). Newlines become spaces. */
export function htmlAttr(s: string): string {
  return htmlText(s).replace(/[\n\t]/g, ' ');
}

/**
 * A CSS string literal, quotes included. Everything but letters, digits, space and a few harmless punctuation marks
 * is a six-digit hex escape, so no character (form feed, newline, quote, backslash, `<`) can end the string or the
 * surrounding <style> element.
 */
export function cssString(s: string): string {
  return `"${visible(s).replace(/[^A-Za-z0-9 .,:_-]/gu, (c) => `\\${c.codePointAt(0)!.toString(16).padStart(6, '0')}`)}"`;
}

/**
 * Markdown text (paragraph or table cell): inline markup characters backslash-escaped, `< > &` as entities (no raw
 * HTML, no autolinks), a leading list or heading marker escaped, newlines as <br> (so text never starts a block).
 */
export function mdText(s: string): string {
  return visible(s)
    .replace(/[\\`*_[\]{}()#|~]/g, '\\$&')
    .replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'))
    .replace(/^([-+=>]|\d+[.)])/, (m) => `\\${m}`)
    .replace(/\t/g, ' ')
    .replace(/\n/g, '<br>');
}

/** Characters a spreadsheet reads as the start of a formula (also their full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * A CSV field (RFC 4180). A text that starts like a formula, also after leading spaces, gets a leading `'`;
 * fields holding the separators of either locale (`,` or `;`), quotes or line breaks are quoted, so a
 * `;`-separated spreadsheet never splits one field into a second one that starts with `=`.
 */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const text = visible(v).replace(/\n/g, '\r\n');
  const safe = FORMULA_START.test(text.replace(/^[ \u00a0]+/, '')) ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Text in the PDF scorecard. The PDF is the HTML scorecard printed by headless Chromium with its own header and
 * footer turned off, so its text is HTML text (the page footer is a CSS string: cssString).
 */
export function pdfText(s: string): string {
  return htmlText(s);
}
