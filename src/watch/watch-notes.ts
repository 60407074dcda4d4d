/**
 * Watches notes and hands over the changed files in bursts: an editor's save is often a write, a
 * rename and a touch within milliseconds, and should render once.
 */
import chokidar from 'chokidar';

export interface NoteWatcher {
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchNotes(paths: readonly string[], onBurst: (changed: string[]) => Promise<void>, debounceMs = 250): NoteWatcher {
  const watcher = chokidar.watch([...paths], {
    ignoreInitial: true,
    // Only notes: rendered documents, temp files and editors' swap files are not ours to react to.
    ignored: (path, stats) => Boolean(stats?.isFile() && !path.endsWith('.md')),
    awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 25 },
  });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const flush = () => {
    const batch = [...pending];
    pending = new Set();
    // Bursts run one after another, so two renders never write the same document at once.
    running = running.then(() => onBurst(batch));
  };
  const changed = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  watcher.on('add', changed).on('change', changed);
  const ready = new Promise<void>((resolve) => watcher.on('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
