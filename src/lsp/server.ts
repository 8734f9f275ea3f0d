import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeActionKind, MessageType, ShowMessageNotification, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FileLinter } from '../host/file-linter.js';
import { ConfigError } from '../engine/config.js';
import { lintInput } from '../engine/lint-file.js';
import type { Lang } from '../engine/rule.js';
import { fileFailure } from '../engine/failures.js';
import { adaptTextForm, formatOf, isTextForm } from '../input/index.js';
import { InputLimitError } from '../input/limits.js';
import { lspDiagnostics, noticeDiagnostic, quickFixes } from './convert.js';

/** Typing pauses shorter than this do not trigger a re-check. */
const DEBOUNCE_MS = 200;

/** Editors open untitled buffers too; those take the config of the folder the server runs in. */
function filePathOf(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : join(process.cwd(), basename(new URL(uri).pathname));
}

function pluginsNotAllowed(path: string, lang: Lang): string {
  return lang === 'zh'
    ? `xxgk-lint：${path} 指定了插件（plugins），插件是程序代码，未运行。信任它们时，在编辑器设置中打开 allowPlugins（见 docs/editors.md）。`
    : `xxgk-lint: ${path} names plugins; plugins are code and were not run. If you trust them, turn on allowPlugins in the editor settings (see docs/editors.md).`;
}

/** Language server on stdio: diagnostics for .txt/.md/.html documents as they are typed. */
export async function startLanguageServer(): Promise<void> {
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  const documents = new TextDocuments(TextDocument);
  // Config discovery and rule resolution as the CLI does them, cached per config file; made once
  // the editor has said (initializationOptions.allowPlugins) whether configs' plugins may run.
  let linter = new FileLinter({ lang: 'zh' });
  const toldRefused = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  const opened = new Set<string>();
  let lang: Lang = 'zh';

  async function check(document: TextDocument): Promise<void> {
    const filePath = filePathOf(document.uri);
    const format = formatOf(filePath);
    // Word and PDF files are binary: editors never hand them over as text.
    if (!isTextForm(format)) return;
    const { version, uri } = document;
    let diagnostics;
    try {
      const { resolved, loaded } = await linter.configFor(filePath);
      if (loaded.path && !toldRefused.has(loaded.path) && !(await linter.mayRunPlugins(loaded))) {
        toldRefused.add(loaded.path);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: pluginsNotAllowed(loaded.path, lang) });
      }
      const { result } = lintInput(filePath, format, adaptTextForm(format, document.getText()), resolved, lang);
      diagnostics = lspDiagnostics(result, uri, lang);
    } catch (error) {
      if (error instanceof InputLimitError) diagnostics = [noticeDiagnostic(fileFailure(error.reason, lang, error.message).message, lang)];
      else if (error instanceof ConfigError) diagnostics = [noticeDiagnostic(`${lang === 'zh' ? '配置错误' : 'config error'}: ${error.message}`, lang)];
      else throw error;
    }
    // A newer version is already scheduled; publishing this one would flash stale findings.
    if (documents.get(uri)?.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        check(document).catch((error: unknown) => connection.console.error(`xxgk-lint: ${(error as Error)?.stack ?? String(error)}`));
      }, delay),
    );
  }

  connection.onInitialize((params) => {
    const options = params.initializationOptions as { lang?: string; allowPlugins?: boolean } | undefined;
    lang = options?.lang === 'en' ? 'en' : 'zh';
    // Opening a file must not run code from its folder: plugins only when the editor's settings say so.
    linter = new FileLinter({ lang: 'zh', allowPlugins: options?.allowPlugins === true });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Full,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'xxgk-lint' },
    };
  });
  // Fired on open and on every change: check a newly opened document at once, edits after a pause.
  documents.onDidChangeContent(({ document }) => {
    schedule(document, opened.has(document.uri) ? DEBOUNCE_MS : 0);
    opened.add(document.uri);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    opened.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  connection.onCodeAction(({ textDocument, context }) => quickFixes(textDocument.uri, context.diagnostics));

  documents.listen(connection);
  connection.listen();
  await new Promise<void>((resolve) => connection.onExit(resolve));
}
