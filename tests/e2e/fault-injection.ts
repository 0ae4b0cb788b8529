import type { Page } from '@playwright/test';

/**
 * Breaking the API on purpose, in the page.
 *
 * Why not `page.route('**\/api/**')`: the demo API is MSW's service worker, and a request the
 * service worker answers never reaches the network, so Playwright's routing never sees it
 * (checked: `page.on('request')` reports /api/partners, the route handler is never called).
 * Blocking service workers (`serviceWorkers: 'block'`) would leave the demo without an API at all.
 *
 * So the faults are injected where the app meets the network: `window.fetch`, wrapped by an init
 * script before any of the app's code runs. The app's one HTTP client (src/lib/api-client.ts)
 * then receives exactly what a failing server or network would hand it — a 500 with a problem
 * document, a 503 with a proxy's HTML page, a rejected fetch (TypeError, as on a dropped
 * connection), an answer that only comes after 10 s, a truncated JSON body — and everything above
 * it (TanStack Query's retries, the widgets' error states, Retry, the forms) runs unchanged.
 * Requests without a fault go on to the real demo API.
 */

export type FaultKind = 'http-500' | 'http-503' | 'dropped' | 'delay' | 'malformed';

export const FAULT_KINDS: readonly FaultKind[] = ['http-500', 'http-503', 'dropped', 'delay', 'malformed'];

export interface FaultRule {
  kind: FaultKind | 'refuse';
  /** Only requests with one of these methods (default: all). */
  methods?: readonly string[];
  /** Only requests whose path (with its query) matches this regular expression (default: all of /api/). */
  path?: string;
  /** "refuse": the status and problem document a server refusing a change answers. */
  status?: number;
  problem?: { title: string; detail?: string; errors?: { field: string; message: string }[]; conflictId?: string };
  /** "delay": how long the answer takes (default 10 s); "refuse": how long before the refusal (default none). */
  delayMs?: number;
}

/** What the init script exposes on `window`; tests only reach it through the helpers below. */
interface FaultSwitch {
  set(rule: FaultRule | null): void;
  hits: string[];
}
declare global {
  interface Window {
    __faults?: FaultSwitch;
  }
}

/** Runs in the page, before the app: wraps `fetch` with the switch. Self-contained (serialised). */
function installFaultSwitch() {
  const realFetch = window.fetch.bind(window);
  // Kept in sessionStorage: a fault set before a reload is there from the app's first request.
  const KEY = 'e2e.fault';
  let rule = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as FaultRule | null;
  const hits: string[] = [];
  window.__faults = {
    set: (r) => {
      rule = r;
      sessionStorage.setItem(KEY, JSON.stringify(r));
    },
    hits,
  };

  const wait = (ms: number, signal: AbortSignal | null | undefined) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      });
    });

  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : null;
    const url = new URL(input instanceof Request ? input.url : input instanceof URL ? input.href : input, location.href);
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const r = rule;
    const applies =
      r !== null && url.pathname.startsWith('/api/') && (!r.methods || r.methods.includes(method)) && (!r.path || new RegExp(r.path).test(url.pathname + url.search));
    if (!applies) return realFetch(input, init);
    hits.push(`${method} ${url.pathname}`);
    switch (r.kind) {
      case 'http-500':
        return new Response(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }), {
          status: 500,
          headers: { 'Content-Type': 'application/problem+json' },
        });
      case 'http-503':
        // What a reverse proxy says while the server restarts: HTML, not a problem document.
        return new Response('<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>', { status: 503, headers: { 'Content-Type': 'text/html' } });
      case 'dropped':
        // What fetch does when the connection drops: it rejects with a TypeError.
        await wait(50, init?.signal);
        throw new TypeError('Failed to fetch');
      case 'delay':
        await wait(r.delayMs ?? 10_000, init?.signal);
        return realFetch(input, init);
      case 'malformed': {
        // The real answer, cut in the middle: valid headers, JSON that does not parse.
        const res = await realFetch(input, init);
        const text = await res.text();
        return new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), { status: res.status, headers: res.headers });
      }
      case 'refuse':
        // A slow refusal lets a test see an optimistic change before it is taken back.
        if (r.delayMs) await wait(r.delayMs, init?.signal);
        return new Response(JSON.stringify({ type: 'about:blank', status: r.status ?? 500, ...(r.problem ?? { title: 'Internal Server Error' }) }), {
          status: r.status ?? 500,
          headers: { 'Content-Type': 'application/problem+json' },
        });
    }
  };
}

/** Installs the switch: call before the first `page.goto`; `setFault` then `page.reload()` to start with a fault. */
export async function installFaults(page: Page) {
  await page.addInitScript(installFaultSwitch);
}

/** From now on, matching API requests fail this way (null: the API answers again). */
export async function setFault(page: Page, rule: FaultRule | null) {
  await page.evaluate((r) => window.__faults!.set(r), rule);
}

/** The requests the current and past faults have hit ("GET /api/partners"). */
export async function faultHits(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__faults!.hits]);
}
