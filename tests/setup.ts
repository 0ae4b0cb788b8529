import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '../mocks/node';
import { resetStore } from '../mocks/store/store';

// Lazy routes load their code on first visit; on a busy 2-core machine that can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

// Recharts measures its container; jsdom has no layout, so give charts a size (TOOLCHAIN.md).
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
// eslint-disable-next-line @typescript-eslint/unbound-method -- called back with .call(this)
const originalRect = HTMLElement.prototype.getBoundingClientRect;
HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
  if (this.classList.contains('recharts-responsive-container')) {
    return { width: 800, height: 300, top: 0, left: 0, bottom: 300, right: 800, x: 0, y: 0, toJSON: () => ({}) };
  }
  return originalRect.call(this);
};
// jsdom does no layout; widgets (cmdk, Radix) scroll the active item into view.
// Radix checks pointer capture. Assigned only where jsdom lacks them.
const proto = Element.prototype as unknown as Record<string, unknown>;
proto.scrollIntoView ??= () => {};
proto.hasPointerCapture ??= () => false;
proto.releasePointerCapture ??= () => {};
// sonner captures the pointer when a toast is pressed.
proto.setPointerCapture ??= () => {};
// eslint-disable-next-line @typescript-eslint/unbound-method -- only tells whether jsdom has it
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
})) as typeof window.matchMedia;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Every test starts from the pristine demo dataset (cheap: a cached clone).
beforeEach(() => {
  resetStore();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.lang = 'fr';
});
afterAll(() => server.close());
