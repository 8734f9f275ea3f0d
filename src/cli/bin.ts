import { main } from './main.js';

// Exit code through process.exitCode so pending stdout writes still flush.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`xxgk-lint 内部错误 internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
