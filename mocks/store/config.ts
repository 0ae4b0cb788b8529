/**
 * Simulated network latency of the demo API. 0 in tests; the browser demo sets ~250 ms so that
 * loading states are seen as they will be with a real server.
 */
let latencyMs = 0;

export function setLatency(ms: number): void {
  latencyMs = Number.isFinite(ms) && ms > 0 ? Math.min(ms, 10_000) : 0;
}

export function getLatency(): number {
  return latencyMs;
}
