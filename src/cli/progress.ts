/** What the bar writes to: stderr on a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

export interface Progress {
  tick(): void;
  done(): void;
}

/** A one-line progress bar, redrawn at most ten times a second; `done` clears it so output starts clean. */
export function progressBar(total: number, stream: ProgressStream): Progress {
  const started = Date.now();
  let count = 0;
  let drawn = 0;
  const draw = () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(count / seconds) : 0;
    const label = ` ${count}/${total}  ${rate}/s`;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 3));
    const filled = Math.round((width * count) / Math.max(total, 1));
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${label}`);
  };
  return {
    tick() {
      count++;
      if (Date.now() - drawn >= 100 || count === total) {
        drawn = Date.now();
        draw();
      }
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
