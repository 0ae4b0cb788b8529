// The servers a benchmark starts (vite preview, the team server) run in their own processes: they
// must stop however the benchmark ends — finished, thrown, or interrupted with Ctrl-C — or they
// keep their port and a core busy on a machine others share.
const stops = new Set();

/** Registers a synchronous stop; returns a function that unregisters it (once stopped cleanly). */
export function onCleanup(stop) {
  stops.add(stop);
  return () => stops.delete(stop);
}

function stopAll() {
  for (const stop of stops) {
    try {
      stop();
    } catch {
      // Already gone.
    }
  }
  stops.clear();
}

process.on('exit', stopAll);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(signal, () => {
    stopAll();
    process.exit(code);
  });
}
