// The accessibility check every e2e screen goes through: axe-core (WCAG 2.x A/AA rules) in light and in dark,
// failing on any serious or critical violation with a readable list of what and where.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe on the page as it is now, in both colour schemes; restores light afterwards. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const blocking = result.violations
      .filter((v) => BLOCKING.has(v.impact ?? ''))
      .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n')}`);
    expect.soft(blocking, `axe (${screen}, ${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** No horizontal scrolling at this viewport: the document is no wider than the window. */
export async function expectNoHorizontalScroll(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    const over = [...document.querySelectorAll('body *')]
      .filter((n) => n.getBoundingClientRect().right > el.clientWidth + 0.5 && getComputedStyle(n).position !== 'fixed')
      .slice(0, 3)
      .map((n) => `${n.tagName.toLowerCase()}.${[...n.classList].join('.')}`);
    return { by: el.scrollWidth - el.clientWidth, over };
  });
  expect.soft(overflow.by, `${screen}: page wider than the window by ${overflow.by}px (${overflow.over.join(', ')})`).toBeLessThanOrEqual(0);
}

/** Screenshots in light and dark at the current viewport: <dir>/<name>-<width>-<scheme>.png. */
export async function shootBoth(page: Page, dir: string, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${dir}/${name}-${width}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
