import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileLinter } from '../../src/host/file-linter.js';
import type { LintResponse } from '../../src/web/api.js';
import { startServer, type RunningServer } from '../../src/web/server.js';
import { FIXTURES, fixturePath, fixtureText } from '../helpers.js';
import { zipOf } from '../reliability/zip.js';

describe('xxgk-lint serve', () => {
  let server: RunningServer;
  const lint = async (name: string, body: string | Uint8Array<ArrayBuffer>) =>
    (await (await fetch(`${server.url}api/lint?name=${encodeURIComponent(name)}`, { method: 'POST', body })).json()) as LintResponse;

  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', lang: 'zh' });
  });
  afterAll(() => server.close());

  it('serves the page and its bundled script from this machine only', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(server.url);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html.match(/(?:src|href)="[^"]*"/g)).toEqual(['href="/page.css"', 'src="/page.js"']);
    const script = await (await fetch(`${server.url}page.js`)).text();
    expect(script).toContain('/api/lint');
  });

  it('lints the bytes with the CLI core and config, and returns what the page draws', async () => {
    const checked = await lint(FIXTURES.amengTownship2017, new Uint8Array(readFileSync(fixturePath(FIXTURES.amengTownship2017))));
    const core = await new FileLinter({ lang: 'zh' }).lint(fixturePath(FIXTURES.amengTownship2017));
    expect(checked.result.diagnostics).toEqual(core.result.diagnostics);
    expect(checked.summary).toMatchObject({ generation: 'legacy', year: 2017 });
    expect(checked.parts!.map((part) => part.title)).toEqual(['开头', '一、概述', '二、政府信息公开情况', '二、存在困难和问题', '三、改进措施和下步工作打算']);
    const table = checked.parts!.flatMap((part) => part.nodes).find((node) => node.kind === 'table');
    expect(table).toMatchObject({ kind: 'table', header: ['统计数'] });
  });

  it('draws table 三 as rows × 7 columns and table 四 as 3 × 5', async () => {
    const { parts } = await lint('report.txt', fixtureText(FIXTURES.changleTownship2023));
    const tables = parts!.flatMap((part) => part.nodes).flatMap((node) => (node.kind === 'table' ? [node] : []));
    const [, applications, review] = tables;
    expect(applications!.header).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(applications!.rows).toHaveLength(25);
    expect(applications!.rows[0]!.cells.map((cell) => cell?.raw)).toEqual(['4', '0', '0', '0', '0', '0', '4']);
    expect(review!.rows.map((row) => row.label)).toEqual(['行政复议', '行政诉讼／未经复议直接起诉', '行政诉讼／复议后起诉']);
    expect(review!.header).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
  });

  it('exports findings through the output formatters', async () => {
    const { result } = await lint(FIXTURES.amengTownship2017, fixtureText(FIXTURES.amengTownship2017));
    const exported = await fetch(`${server.url}api/export`, { method: 'POST', body: JSON.stringify({ format: 'json', result }) });
    const [file] = (await exported.json()) as Array<{ filePath: string; messages: unknown[] }>;
    expect(file!.filePath.endsWith(FIXTURES.amengTownship2017)).toBe(true);
    expect(file!.messages).toHaveLength(result.diagnostics.length);
  });

  it('serves rule pages from docs/ and nothing outside it', async () => {
    expect((await fetch(`${server.url}docs/rules/table/balance.md`)).status).toBe(200);
    expect((await fetch(`${server.url}docs/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${server.url}docs/..%2fpackage.json`)).status).toBe(404);
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const { port } = new URL(server.url);
      request({ host: '127.0.0.1', port, path: '/', headers: { Host: 'evil.example:80' } }, (response) => resolve(response.statusCode!))
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });

  it('answers only its own page: a request from another site (Origin) is refused before any work', async () => {
    const body = fixtureText(FIXTURES.amengTownship2017);
    const post = (headers: Record<string, string>) => fetch(`${server.url}api/lint?name=r.txt`, { method: 'POST', body, headers });
    expect((await post({ Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ Origin: 'http://localhost:1' })).status).toBe(403);
    expect((await post({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post({ Origin: server.url.replace(/\/$/, '') })).status).toBe(200);
  });

  it('refuses an upload past the input size limit (20 MB), announced or not', async () => {
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x61);
    const refused = await fetch(`${server.url}api/lint?name=big.txt`, { method: 'POST', body: big });
    expect([refused.status, await refused.text()]).toEqual([413, '文件太大（上限 20 MB）']);
  });

  it('a .docx bomb is a failure of that file, the server goes on', async () => {
    const bomb = zipOf([{ name: 'word/document.xml', data: new TextEncoder().encode('<w:p/>'.repeat(10_000_000)), declaredSize: 300 * 1024 * 1024 }]);
    const { result } = await lint('bomb.docx', bomb);
    expect(result.failure).toEqual({ reason: 'too-large', message: '文件超出大小上限，未检查（unzipped > 50 MB）' });
    expect((await lint('r.txt', fixtureText(FIXTURES.amengTownship2017))).summary).toMatchObject({ year: 2017 });
  });
});
