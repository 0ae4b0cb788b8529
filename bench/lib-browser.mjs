// What the browser benchmarks share: a context on the demo API at a given scale, in-page helpers
// that tell when a view shows its data, navigation inside the app, and the JS heap.

/**
 * Runs in the page before the app (an init script: no closure over this module). `window.__bench`:
 * - `loaded(root)`: `root` shows data — nothing busy, no skeleton left;
 * - `chartsDrawn()`: the 7 tiles and the 4 charts of `/` are drawn (or said empty);
 * - `until(condition)`: resolves with performance.now() at the first frame after `condition()` holds;
 * - `last`: when the last key, press, click and change happened (capture listeners: before the app's).
 */
export function pageHelpers() {
  const last = { key: 0, press: 0, click: 0, change: 0 };
  addEventListener('keydown', () => (last.key = performance.now()), true);
  // Tabs switch on mouse down, links on click.
  addEventListener('pointerdown', () => (last.press = performance.now()), true);
  addEventListener('click', () => (last.click = performance.now()), true);
  addEventListener('change', () => (last.change = performance.now()), true);
  const loaded = (root) => !!root && !root.querySelector('[aria-busy="true"], [class*="_skeleton"]') && root.getAttribute('aria-busy') !== 'true';
  const chartsDrawn = () => {
    const figures = [...document.querySelectorAll('main figure')];
    const drawn = figures.filter((f) => f.querySelector('.recharts-wrapper > .recharts-surface .recharts-layer') || f.textContent.includes('Aucune donnée'));
    const tiles = document.querySelectorAll('[aria-labelledby="kpi-title"] li:not([aria-hidden])').length;
    return figures.length === 4 && drawn.length === 4 && tiles === 7;
  };
  const until = (condition, timeout = 300_000) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const tick = () => {
        if (condition()) requestAnimationFrame(() => resolve(performance.now()));
        else if (performance.now() - started > timeout) reject(new Error(`timed out after ${timeout} ms`));
        else requestAnimationFrame(tick);
      };
      tick();
    });
  window.__bench = { last, loaded, chartsDrawn, until };
}

/**
 * A new context on the demo API with `scale` thousand companies and no simulated latency (unless
 * given), fr-FR, the desktop viewport of the browser tests, and the helpers above. On the team
 * server, `session` ({ url, cookie: { name, value } }) signs the context in (scale and latency are
 * then the server's).
 */
export async function benchContext(browser, { scale = 1, latency = 0, session = null } = {}) {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
  if (session) await context.addCookies([{ ...session.cookie, url: session.url }]);
  await context.addInitScript(
    ([s, l]) => {
      localStorage.setItem('passerelles.scale', s);
      localStorage.setItem('passerelles.latency', l);
    },
    [String(scale), String(latency)],
  );
  await context.addInitScript(pageHelpers);
  return context;
}

/** Goes to `path` inside the app, as a link would (no reload: the demo's data stays in memory). */
export async function appNavigate(page, path) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
}

/** Waits until the view at `path` has an h1 and shows its data. */
export async function viewLoaded(page, path, timeout = 120_000) {
  await page.waitForFunction((p) => location.pathname === p && !!document.querySelector('main h1') && window.__bench.loaded(document.querySelector('main')), path, { timeout, polling: 'raf' });
}

/** Live JS heap of the page after two full garbage collections, in bytes. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * Real ids from the demo dataset (deterministic): the first company and equipment of their lists,
 * as the app at `base` shows them (signed in with `session` on the team server).
 */
export async function demoIds(browser, base, { session = null } = {}) {
  const context = await benchContext(browser, { session });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/partners`);
    const partner = page.locator('main tbody a[href^="/partners/"]').first();
    await partner.waitFor({ timeout: 120_000 });
    const partnerPath = await partner.getAttribute('href');
    await appNavigate(page, '/equipment');
    const item = page.locator('main a[href^="/equipment/"]').first();
    await item.waitFor({ timeout: 60_000 });
    const equipmentPath = await item.getAttribute('href');
    return { partnerPath: partnerPath.split('?')[0], equipmentPath: equipmentPath.split('?')[0] };
  } finally {
    await context.close();
  }
}

/** Every view of the app, as bench/bundle-size.mjs names them; `:id` views take an id of the demo. */
export const APP_ROUTES = ['/', '/partners', '/partners/:id', '/opportunities', '/tasks', '/apprentices', '/equipment', '/equipment/:id', '/incubator', '/territory', '/academic', '/events', '/apprenticeship-tax', '/settings'];

/** The address of `route` with the demo's ids (from `demoIds`). */
export function routePath(route, ids) {
  return route.replace('/partners/:id', ids.partnerPath).replace('/equipment/:id', ids.equipmentPath);
}
