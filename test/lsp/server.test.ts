import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic as LspDiagnostic, InitializeResult } from 'vscode-languageserver';
import { FileLinter } from '../../src/host/file-linter.js';
import { lintInput } from '../../src/engine/lint-file.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { adaptTextForm } from '../../src/input/index.js';
import { FIXTURES, fixturePath, fixtureText, replaceLine } from '../helpers.js';
import { LspClient } from './client.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What an editor shows, reduced to what both sides must agree on. */
const fromCore = (diagnostics: Diagnostic[]) => diagnostics.map((d) => ({ code: d.ruleId, line: d.position.start.line - 1, character: d.position.start.column - 1 }));
const fromLsp = (diagnostics: LspDiagnostic[]) => diagnostics.map((d) => ({ code: d.code, line: d.range.start.line, character: d.range.start.character }));

async function start(cwd: string, initializationOptions?: object): Promise<LspClient> {
  const client = new LspClient(cwd);
  const init = await client.connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(cwd).href,
    capabilities: {},
    initializationOptions,
  });
  expect(init.capabilities.textDocumentSync).toBe(1);
  await client.connection.sendNotification('initialized', {});
  return client;
}

async function stop(client: LspClient): Promise<number | null> {
  await client.connection.sendRequest('shutdown');
  await client.connection.sendNotification('exit');
  return client.exited();
}

describe('xxgk-lint lsp', () => {
  const path = fixturePath(FIXTURES.changleTownship2023);
  const uri = pathToFileURL(path).href;
  const text = fixtureText(FIXTURES.changleTownship2023);
  const broken = replaceLine(text, 121, '5');
  let client: LspClient;

  beforeAll(async () => {
    client = await start(ROOT);
  });
  afterAll(() => client.connection.dispose());

  it('publishes on open what the core finds in the file', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const published = await client.diagnostics(uri, 1);
    const core = await new FileLinter({ lang: 'zh' }).lint(path);
    expect(fromLsp(published.diagnostics)).toEqual(fromCore(core.result.diagnostics));
    // 001's one finding (shared/corpus/README.md), so the loop below checks something.
    expect(published.diagnostics.map((d) => [d.code, d.range.start.line + 1])).toEqual([['structure/duplicate-paragraph', 640]]);
    for (const d of published.diagnostics) {
      expect(d.source).toBe('xxgk-lint');
      expect(d.codeDescription?.href).toMatch(new RegExp(`docs/rules/${d.code}\\.md$`));
    }
  });

  it('re-checks after an edit that breaks the balance of table 三', async () => {
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }] });
    const published = await client.diagnostics(uri, 2);
    const balance = published.diagnostics.find((d) => d.code === 'table/balance')!;
    expect(balance.range).toEqual({ start: { line: 120, character: 0 }, end: { line: 120, character: 1 } });
    expect(balance.severity).toBe(1);
    expect(balance.message).toBe('自然人列：本年新收 5 + 上年结转 0 = 5，办理结果总计 4 + 结转下年度 0 = 4，相差 1');
    expect(balance.relatedInformation!.map((r) => [r.location.uri, r.location.range.start.line, r.message])).toEqual([
      [uri, 136, '上年结转 = 0'],
      [uri, 498, '办理结果总计 = 4'],
      [uri, 514, '结转下年度 = 0'],
    ]);
    const { resolved } = await new FileLinter({ lang: 'zh' }).configFor(path);
    const core = lintInput(path, 'text', adaptTextForm('text', broken), resolved, 'zh');
    expect(fromLsp(published.diagnostics)).toEqual(fromCore(core.result.diagnostics));
  });

  it('explains at the top of a file why it was not checked', async () => {
    const notes = pathToFileURL(join(tmpdir(), 'notes.md')).href;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: notes, languageId: 'markdown', version: 1, text: '会议记录\n\n下午三点开会。\n' } });
    const [notice, ...rest] = (await client.diagnostics(notes, 1)).diagnostics;
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ severity: 3, range: { start: { line: 0, character: 0 } } });
    expect(notice!.message).toContain('未识别为政府信息公开工作年度报告');
  });

  it('shuts down and exits cleanly', async () => {
    expect(await stop(client)).toBe(0);
  });
});

describe('xxgk-lint lsp with a project config', () => {
  // A plugin rule that suggests a replacement, found through the folder's xxgk.config.json as the CLI finds it.
  const plugin = `
import { z } from ${JSON.stringify(import.meta.resolve('zod'))};
export const rules = [{
  meta: { id: 'house/title', family: 'meta', recommended: 1, generations: ['gb2021'],
    description: { zh: '标题写全称', en: 'Full title' },
    messages: { short: { zh: '标题应写“年度报告”', en: 'Write “annual report” in full' }, fix: { zh: '改为“年度报告”', en: 'Replace with “annual report”' } } },
  options: z.object({}),
  check({ report, emit }) {
    const title = report.facts.title;
    const at = title.value.indexOf('年报');
    const start = { ...title.position.start, column: title.position.start.column + at, offset: title.position.start.offset + at };
    const position = { start, end: { ...start, column: start.column + 2, offset: start.offset + 2 } };
    emit({ messageId: 'short', position, suggestion: { text: '年度报告', position, messageId: 'fix' } });
  },
}];`;

  it('opening a file runs no plugin of its folder unless the editor allows plugins; a warning says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-lsp-'));
    const marker = join(dir, 'ran');
    writeFileSync(join(dir, 'plugin.mjs'), `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'ran'); export const rules = [];`);
    writeFileSync(join(dir, 'xxgk.config.json'), JSON.stringify({ plugins: ['./plugin.mjs'] }));
    const uri = pathToFileURL(join(dir, 'report.txt')).href;
    const client = await start(dir);
    const warnings: string[] = [];
    client.connection.onNotification('window/showMessage', (params: { message: string }) => void warnings.push(params.message));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: fixtureText(FIXTURES.changleTownship2023) } });
    const { diagnostics } = await client.diagnostics(uri, 1);
    expect(diagnostics.some((d) => d.code === 'table/balance')).toBe(false);
    expect(existsSync(marker)).toBe(false);
    expect(warnings).toEqual([expect.stringContaining(`${join(dir, 'xxgk.config.json')} 指定了插件（plugins）`)]);
    expect(await stop(client)).toBe(0);
  });

  it('uses the config next to the file, messages in English, and offers the suggestion as a quick fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-lsp-'));
    writeFileSync(join(dir, 'plugin.mjs'), plugin);
    writeFileSync(join(dir, 'xxgk.config.json'), JSON.stringify({ plugins: ['./plugin.mjs'] }));
    const uri = pathToFileURL(join(dir, 'report.txt')).href;
    const client = await start(dir, { lang: 'en', allowPlugins: true });
    const text = replaceLine(fixtureText(FIXTURES.changleTownship2023), 121, '5');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const { diagnostics } = await client.diagnostics(uri, 1);
    expect(diagnostics.find((d) => d.code === 'table/balance')!.message).toMatch(/^Column /);
    const title = diagnostics.find((d) => d.code === 'house/title')!;
    expect(title.range).toEqual({ start: { line: 2, character: 21 }, end: { line: 2, character: 23 } });

    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: title.range,
      context: { diagnostics },
    });
    expect(actions).toEqual([
      expect.objectContaining({
        title: 'Replace with “annual report”',
        kind: 'quickfix',
        edit: { changes: { [uri]: [{ range: title.range, newText: '年度报告' }] } },
      }),
    ]);
    expect(await stop(client)).toBe(0);
  });
});
