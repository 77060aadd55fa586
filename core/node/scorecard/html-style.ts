// The scorecard's stylesheet: screen and print (A4), system fonts only, no remote resources.

import { cssString } from './escape.ts';

export { cssString };

/** footer: text printed at the bottom left of every page (the page number goes bottom right). */
export const scorecardCss = (footer: string) => `
@page { size: A4; margin: 14mm 14mm 16mm 14mm;
  @bottom-left { content: ${cssString(footer)}; font: 8pt 'Noto Sans', 'DejaVu Sans', sans-serif; color: #777; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Noto Sans', 'DejaVu Sans', sans-serif; color: #777; } }
:root { --ink: #1d2433; --muted: #5f6b7a; --line: #d9dee5; --soft: #f3f5f8; --accent: #2f5fb3;
  --good: #1e7d4f; --good-bg: #e3f3ea; --warn: #9a5b00; --warn-bg: #fdf1dc; --bad: #b3261e; --bad-bg: #fbe4e2; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); font: 9.5pt/1.45 'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; }
main { max-width: 182mm; margin: 0 auto; padding: 8mm 0; }
@media print { main { padding: 0; max-width: none; } }
header.doc { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid var(--ink); padding-bottom: 3mm; }
.brand { font-size: 8pt; letter-spacing: .12em; text-transform: uppercase; color: var(--muted); }
h1 { font-size: 20pt; margin: 1mm 0 0; line-height: 1.15; }
.sub { color: var(--muted); margin-top: 1mm; }
.meta { text-align: right; color: var(--muted); font-size: 8.5pt; }
.meta strong { color: var(--ink); }
.conf { display: inline-block; border: 1px solid var(--muted); border-radius: 2px; padding: 0 5px; font-size: 7.5pt;
  letter-spacing: .08em; text-transform: uppercase; margin-bottom: 1mm; }
h2 { font-size: 11.5pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid var(--line); break-after: avoid; }
section { break-inside: auto; }
.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin-top: 5mm; }
.kpi { border: 1px solid var(--line); border-radius: 4px; padding: 2.5mm 3mm; background: var(--soft); }
.kpi .label { font-size: 7.5pt; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.kpi .value { font-size: 15pt; font-weight: 700; margin-top: .5mm; }
.kpi .value small { font-size: 9pt; font-weight: 400; color: var(--muted); }
.summary { margin: 4mm 0 0; }
table { width: 100%; border-collapse: collapse; font-size: 8.8pt; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 7.8pt; text-transform: uppercase; letter-spacing: .04em;
  border-bottom: 1px solid var(--ink); padding: 1.5mm 2mm; }
td { border-bottom: 1px solid var(--line); padding: 1.8mm 2mm; vertical-align: top; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.c, th.c { text-align: center; }
.small { font-size: 8pt; color: var(--muted); }
.pill { display: inline-block; border-radius: 9px; padding: 0 2.2mm; font-size: 8pt; font-weight: 600; white-space: nowrap; }
.pill.good { background: var(--good-bg); color: var(--good); }
.pill.warn { background: var(--warn-bg); color: var(--warn); }
.pill.bad { background: var(--bad-bg); color: var(--bad); }
.pill.none { background: var(--soft); color: var(--muted); font-weight: 400; }
.bar { display: inline-block; width: 16mm; height: 2mm; background: var(--soft); border-radius: 1mm; vertical-align: middle; margin-left: 1.5mm; overflow: hidden; }
.bar i { display: block; height: 100%; background: var(--accent); }
.matrix td.cell { text-align: center; width: 18mm; }
.dot { display: inline-block; min-width: 8mm; border-radius: 3px; padding: 0 1mm; font-size: 8pt; font-weight: 600; }
.dot.good { background: var(--good-bg); color: var(--good); } .dot.warn { background: var(--warn-bg); color: var(--warn); }
.dot.bad { background: var(--bad-bg); color: var(--bad); } .dot.none { color: var(--muted); font-weight: 400; }
.notes { white-space: pre-wrap; }
.callout { border-left: 3px solid var(--accent); background: var(--soft); padding: 2.5mm 3.5mm; margin-top: 3mm; }
ul.flags { margin: 0; padding: 0; list-style: none; }
ul.flags li { padding: 1.2mm 0 1.2mm 5mm; position: relative; border-bottom: 1px solid var(--line); }
ul.flags li::before { content: ""; position: absolute; left: 0; top: 2.6mm; width: 2.4mm; height: 2.4mm; border-radius: 50%; background: var(--muted); }
ul.flags li.warning::before { background: #d08a00; } ul.flags li.critical::before { background: var(--bad); }
dl.facts { display: grid; grid-template-columns: 40mm 1fr 40mm 1fr; gap: 1mm 3mm; margin: 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
footer.doc { margin-top: 8mm; padding-top: 2mm; border-top: 1px solid var(--line); font-size: 7.5pt; color: var(--muted); overflow-wrap: anywhere; }
`;
