import type { Page } from 'playwright-core';

/** Every main screen of the app, as a hash route and a locator that shows it has rendered. */
export const MAIN_SCREENS: ReadonlyArray<{ name: string; hash: string; ready: string }> = [
  { name: 'plans', hash: '#/plans', ready: 'main h1' },
  { name: 'schedule-month', hash: '#/schedule/month?m=2020-05', ready: '[data-testid="month-title"]' },
  { name: 'schedule-agenda', hash: '#/schedule/agenda?m=2020-05', ready: 'main h1' },
  { name: 'schedule-board', hash: '#/schedule/board?m=2020-05', ready: '[data-testid="month-title"]' },
  { name: 'schedule-mine', hash: '#/schedule/mine?m=2020-05', ready: 'main h1' },
  { name: 'schedule-reconcile', hash: '#/schedule/reconcile?m=2020-05', ready: '[data-testid="reconcile"]' },
  { name: 'compliance', hash: '#/compliance', ready: 'main h1' },
  { name: 'reports', hash: '#/reports', ready: 'main h1' },
  { name: 'sync', hash: '#/sync', ready: 'main h1' },
  { name: 'sync-keys', hash: '#/sync/keys', ready: 'main h1' },
  { name: 'sync-overview', hash: '#/sync/overview', ready: 'main h1' },
  { name: 'settings', hash: '#/settings', ready: 'main h1' },
  // Cài đặt's sections, each its own tab with its own heading.
  ...['holidays', 'topics', 'report', 'backup', 'language', 'machine', 'tour'].map((id) => ({
    name: `settings-${id}`,
    hash: `#/settings/${id}`,
    ready: 'main h2',
  })),
];

export async function openScreen(page: Page, hash: string, ready: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.locator(ready).first().waitFor();
  // Let queries settle so the measured layout is the one a person sees.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
}

/** How far the document as a whole can scroll: both must be zero (only the page body scrolls). */
export async function documentOverflow(page: Page): Promise<{ x: number; y: number; pageX: number }> {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    const body = document.querySelector<HTMLElement>('main.page');
    return {
      x: el.scrollWidth - window.innerWidth,
      y: el.scrollHeight - window.innerHeight,
      // The page body may scroll down, never sideways.
      pageX: body ? Math.max(0, body.scrollWidth - body.clientWidth) : 0,
    };
  });
}

/** For a failure message: the elements that reach past the window's right or bottom edge. */
export async function offenders(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1;
      })
      // The root causes: elements that overflow while their parent (as laid out) does not.
      .filter((e) => {
        const p = e.parentElement?.getBoundingClientRect();
        return !p || (p.right <= window.innerWidth + 1 && p.bottom <= window.innerHeight + 1);
      })
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}×${Math.round(e.getBoundingClientRect().bottom)}`),
  );
}

/** Open dialogs whose content is wider than their box (they would scroll sideways). */
export async function dialogsScrollingSideways(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="dialog"], dialog[open]')]
      .filter((d) => d.scrollWidth > d.clientWidth + 1)
      .map((d) => `${d.getAttribute('aria-label') ?? d.id}: ${d.scrollWidth} > ${d.clientWidth}`),
  );
}

/** Text smaller than 13 px anywhere on screen (body text is 14 px and more, secondary text 13 px). */
export async function tinyText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
      .filter((e) => e.getClientRects().length > 0 && !e.closest('.sr-only, .rp-paper'))
      .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 13)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${getComputedStyle(e).fontSize} "${e.textContent!.trim().slice(0, 30)}"`),
  );
}
