// Clock findings reach every scorecard format and the interviewer's timeline, with the wall-clock view of time used
// beside the established one. (The PDF is the HTML printed by Chromium: tests/e2e/clock.spec.ts reads it.)
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startSession } from '../../../core/node/session/open.ts';
import { createBundle } from '../../../core/node/bundle/create.ts';
import { readBundle } from '../../../core/node/bundle/read.ts';
import { buildScorecard } from '../../../core/node/scorecard/build.ts';
import { libraryFor } from '../../../core/node/scorecard/score-bundles.ts';
import { renderHtml } from '../../../core/node/scorecard/html.ts';
import { renderMarkdown } from '../../../core/node/scorecard/markdown.ts';
import { renderCsv } from '../../../core/node/scorecard/csv.ts';
import { loadRequirements } from '../../../core/node/library/requirements.ts';
import { describe as describeEvent } from '../../../renderer/src/interviewer/state/timeline.ts';
import { cleanup, makeLibrary, makePack, tempDir } from './helpers.ts';
import { FakeClocks } from './fake-clocks.ts';

afterAll(cleanup);
const MIN = 60_000;

function card() {
  const lib = makeLibrary();
  const pack = makePack(lib, { minutes: 45, ids: ['go-log-sections'] }).path;
  const c = new FakeClocks();
  const s = startSession(join(tempDir(), 'session'), pack, { clock: c });
  c.pass(20 * MIN);
  s.heartbeat();
  c.setWall(-60 * MIN);
  c.pass(10 * MIN);
  s.heartbeat();
  s.submit();
  const out = join(tempDir(), 'b.assay-submission');
  createBundle(s, { out });
  const { bundle } = readBundle(out);
  return buildScorecard({ bundle, library: libraryFor(lib, ['go-log-sections']), grades: { 'go-log-sections': null }, requirements: loadRequirements(lib) });
}

describe('clock findings in the scorecard', () => {
  const c = card();
  const sentence = "The computer's clock was set back 1 h 0 min while Assay ran";

  it('JSON: established time used, the wall view beside it, the finding, the event on the timeline', () => {
    expect(c.session.timeUsedMs).toBe(30 * MIN);
    expect(c.session.wallTimeUsedMs).toBe(-30 * MIN);
    expect(c.flags.filter((f) => f.code.startsWith('clock_'))).toEqual([expect.objectContaining({ code: 'clock_wall_back', severity: 'critical', message: expect.stringContaining(sentence) })]);
    expect(c.timeline.find((e) => e.type === 'clock')).toMatchObject({ kind: 'wall_back', deltaMs: -60 * MIN, during: 'running' });
  });

  it('HTML, Markdown and CSV carry the finding and the wall-clock view', () => {
    const html = renderHtml(c);
    expect(html).toContain(sentence.replace("'", '&#39;'));
    expect(html).toContain('30 min of 45 min (the computer&#39;s clock says −30 min)');
    const md = renderMarkdown(c);
    expect(md).toContain(`**critical**: ${sentence}`);
    expect(md).toContain("30 min of 45 min (the computer's clock says −30 min)");
    const [head, row] = renderCsv([c]).split('\r\n');
    expect(head!.split(',').at(-1)).toBe('wall_clock_time_used_min');
    expect(row!.split(',').at(-1)).toBe('-30');
    expect(row).toContain(sentence);
  });

  it('the interviewer timeline describes it as notable', () => {
    const e = c.timeline.find((x) => x.type === 'clock')!;
    expect(describeEvent(e)).toMatchObject({ icon: '⏱', notable: true, text: expect.stringContaining(sentence) });
  });
});
