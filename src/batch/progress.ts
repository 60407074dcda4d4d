/** Progress for a batch: a bar with count, rate and time left on a terminal; one plain line per rep otherwise. */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(label: string, ok: boolean): void;
  stop(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream | null = process.stderr): Progress {
  // No stream: nothing shown (--quiet).
  if (!stream) return { tick() {}, stop() {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: '{bar} {value}/{total} reps · {rate}/s · {eta_formatted} left · {label}', stream, hideCursor: true, etaBuffer: 50, fps: 10 },
      cliProgress.Presets.shades_classic,
    );
    const start = Date.now();
    let done = 0;
    bar.start(total, 0, { rate: '0.0', label: '' });
    return {
      tick(label) {
        done++;
        const rate = (done / Math.max(0.001, (Date.now() - start) / 1000)).toFixed(1);
        bar.update(done, { rate, label });
      },
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  return {
    tick(label, ok) {
      done++;
      stream.write(`[${done}/${total}] ${ok ? 'ok' : 'FAILED'} ${label}\n`);
    },
    stop() {},
  };
}
