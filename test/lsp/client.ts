import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';

const TSX = import.meta.resolve('tsx');
const BIN = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));

/** The real `xxgk-lint lsp` (sources through tsx, so no build is needed) driven as an editor would. */
export class LspClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly published: PublishDiagnosticsParams[] = [];
  private waiters: Array<() => void> = [];

  constructor(cwd: string) {
    // stderr is inherited: a crashing server shows its stack in the test output.
    this.child = spawn(process.execPath, ['--import', TSX, BIN, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.listen();
  }

  /** Resolves with the first publication for `uri` (and `version`, when given) not seen before. */
  async diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    for (;;) {
      const index = this.published.findIndex((p) => p.uri === uri && (version === undefined || p.version === version));
      if (index >= 0) return this.published.splice(index, 1)[0]!;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  exited(): Promise<number | null> {
    return new Promise((resolve) => (this.child.exitCode !== null ? resolve(this.child.exitCode) : this.child.on('exit', resolve)));
  }
}
