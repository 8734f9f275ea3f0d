import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { FileLinter } from '../../src/host/file-linter.js';
import type { LintResponse } from '../../src/web/api.js';
import { startServer, type RunningServer } from '../../src/web/server.js';
import { FIXTURES, fixturePath, fixtureText, parseBytes, replaceLine } from '../helpers.js';
import { CHROMIUM } from '../support/converters.js';
import { describeNeeding } from '../support/needs.js';
import { toDocx, toHtml, toMarkdown } from '../support/render.js';

/** Screenshots for docs/guide.md are written only on request (XXGK_SCREENSHOTS=1), so test runs leave the repository alone. */
const SHOTS = process.env.XXGK_SCREENSHOTS === '1' ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url)) : mkdtempSync(join(tmpdir(), 'xxgk-shots-'));

const suite = describeNeeding(CHROMIUM, 'apt-get install chromium');

const TOO_SLOW = '检查超出时间上限，只列出已得到的提示（60 s）';
const ARITHMETIC = '自然人列：本年新收 5 + 上年结转 0 = 5，办理结果总计 4 + 结转下年度 0 = 4，相差 1';

suite('the checking page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ port: 0, host: '127.0.0.1', lang: 'zh' });
    browser = await chromium.launch({ executablePath: CHROMIUM });
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    page.on('request', (request) => requested.push(request.url()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await page.goto(server.url);
  });

  async function checked(): Promise<void> {
    await page.locator('#summary[data-state="done"], #summary[data-state="failed"]').waitFor();
  }

  for (const name of Object.values(FIXTURES)) {
    it(`shows ${name} with the findings the CLI core reports`, async () => {
      await page.setInputFiles('#file', fixturePath(name));
      await checked();
      const core = await new FileLinter({ lang: 'zh' }).lint(fixturePath(name));
      const summary = page.locator('#summary');
      expect(await summary.getAttribute('data-generation')).toBe(core.result.summary!.generation);
      expect(await summary.getAttribute('data-year')).toBe(String(core.result.summary!.year));
      expect(await summary.locator('[data-fact="报告年度"]').textContent()).toBe(`${core.result.summary!.year} 年度`);

      const shown = await page.locator('.finding').evaluateAll((items) => items.map((item) => `${item.getAttribute('data-rule')}@${item.getAttribute('data-line')}`));
      expect(shown.sort()).toEqual(core.result.diagnostics.map((d) => `${d.ruleId}@${d.position.start.line}`).sort());
      // Every finding has its place in the report, numbered as in the list.
      for (let number = 1; number <= shown.length; number++) expect(await page.locator(`#report [data-f~="${number}"]`).count()).toBeGreaterThan(0);
    });
  }

  // Word, web page and Markdown forms of the same broken report go through the same core.
  for (const [extension, render] of [['docx', toDocx], ['html', toHtml], ['md', toMarkdown]] as const) {
    it(`draws the findings of a .${extension} file in place`, async () => {
      const broken = new TextEncoder().encode(replaceLine(fixtureText(FIXTURES.changleTownship2023), 121, '5'));
      const file = join(mkdtempSync(join(tmpdir(), 'xxgk-page-')), `report.${extension}`);
      writeFileSync(file, await render(await parseBytes('report.txt', broken)));
      await page.setInputFiles('#file', file);
      await checked();
      const core = await new FileLinter({ lang: 'zh' }).lint(file);
      expect(await page.locator('.finding').count()).toBe(core.result.diagnostics.length);
      const number = await page.locator('.finding[data-rule="table/balance"]').getAttribute('data-n');
      expect(await page.locator(`#report td.main[data-f~="${number}"]`).textContent()).toMatch(/^5/);
      expect(await page.locator(`#report td.related[data-f~="${number}"]`).count()).toBe(3);
    });
  }

  it('underlines the prose figure that disagrees with the table (000, line 23)', async () => {
    await page.setInputFiles('#file', fixturePath(FIXTURES.amengTownship2017));
    await checked();
    const finding = page.locator('.finding[data-rule="narrative/table-mismatch"][data-line="23"]');
    await expect(finding.count()).resolves.toBe(1);
    const number = await finding.getAttribute('data-n');
    expect(await page.locator(`#report mark.main[data-f~="${number}"]`).textContent()).toContain('248');
    expect(await page.locator(`#report td.related[data-f~="${number}"]`).textContent()).toContain('244');
    await finding.locator('button.go').click();
    await page.screenshot({ path: join(SHOTS, 'prose-figure.png'), animations: 'disabled' });
    // Findings are grouped by part: the publication date (line 3) under 开头, line 23 under 二、.
    expect(await page.locator('.group h3').allTextContents()).toEqual([expect.stringMatching(/^开头/), expect.stringMatching(/^二、政府信息公开情况/), expect.stringMatching(/^二、存在困难和问题/)]);
    expect(await page.locator('.group', { has: page.locator('h3', { hasText: '二、政府信息公开情况' }) }).locator('.finding[data-line="23"]').count()).toBe(1);
  });

  it('colours the cells of a broken identity and shows the arithmetic (001 edited in the paste box)', async () => {
    await page.fill('#paste', replaceLine(fixtureText(FIXTURES.changleTownship2023), 121, '5'));
    await page.click('#paste-check');
    await checked();
    const finding = page.locator('.finding[data-rule="table/balance"]');
    expect(await finding.locator('.msg').textContent()).toBe(ARITHMETIC);
    expect(await finding.locator('.where').textContent()).toBe('第 121 行；相关：第 137、499、515 行');
    expect(await finding.locator('a.rule').getAttribute('href')).toBe('/docs/rules/table/balance.md');
    expect(await page.locator('.group h3').first().textContent()).toMatch(/^三、收到和处理政府信息公开申请情况/);

    const number = await finding.getAttribute('data-n');
    const cell = page.locator(`#report td.main.error[data-f~="${number}"]`);
    expect(await cell.getAttribute('data-line')).toBe('121');
    const related = await page.locator(`#report td.related[data-f~="${number}"]`).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-line')));
    expect(related).toEqual(['137', '499', '515']);
    await page.screenshot({ path: join(SHOTS, 'page-findings.png') });

    // From the list to the place: the cell is brought into view, flashes and shows its arithmetic.
    await finding.locator('button.go').click();
    await expect(cell.evaluate((element) => element.classList.contains('flash'))).resolves.toBe(true);
    const tip = page.locator('#tip');
    expect(await tip.textContent()).toContain(ARITHMETIC);

    await page.locator(`#report td.related[data-line="499"][data-f~="${number}"]`).hover();
    expect(await tip.textContent()).toContain('此处：办理结果总计 = 4');
    await cell.hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(ARITHMETIC);
    await page.screenshot({ path: join(SHOTS, 'cell-hover.png'), animations: 'disabled' });
  });

  it('exports the findings as SARIF and prints without the controls', async () => {
    await page.setInputFiles('#file', fixturePath(FIXTURES.amengTownship2017));
    await checked();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=导出 SARIF')]);
    expect(download.suggestedFilename()).toBe(`${FIXTURES.amengTownship2017}.sarif`);
    const sarif = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(sarif.runs[0].results.length).toBe(await page.locator('.finding').count());

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.input').isVisible()).toBe(false);
    expect(await page.locator('.actions').isVisible()).toBe(false);
    expect(await page.locator('#findings').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('explains a file that is not a report', async () => {
    await page.fill('#paste', '会议通知\n\n请各位下午三点到会议室开会。');
    await page.click('#paste-check');
    await checked();
    expect(await page.locator('#summary').getAttribute('data-state')).toBe('failed');
    expect(await page.locator('#summary').textContent()).toContain('未识别为政府信息公开工作年度报告');
  });

  it('never says "no problems" for a file it could not check, nor keeps the last results beside it', async () => {
    await page.setInputFiles('#file', fixturePath(FIXTURES.amengTownship2017));
    await checked();
    await page.fill('#paste', '会议通知\n\n请各位下午三点到会议室开会。');
    await page.click('#paste-check');
    await page.locator('#summary[data-state="failed"]').waitFor();
    expect(await page.locator('#result').isHidden()).toBe(true);
    expect(await page.locator('body').innerText()).not.toContain('没有发现问题');
  });

  it('never says "no problems" for a file the time limit stopped before any finding', async () => {
    // The server's own answer with no finding and the time limit's notice, as when the time per file ran out before any rule reported.
    await page.route('**/api/lint*', async (route) => {
      const response = await route.fetch();
      const answer = (await response.json()) as LintResponse;
      await route.fulfill({ response, json: { ...answer, result: { ...answer.result, diagnostics: [], failure: { reason: 'too-slow', message: TOO_SLOW } } } });
    });
    await page.fill('#paste', fixtureText(FIXTURES.amengTownship2017));
    await page.click('#paste-check');
    await page.locator('#summary[data-state="done"]').waitFor();
    await page.unroute('**/api/lint*');
    expect(await page.locator('#summary .verdict').textContent()).toBe(TOO_SLOW);
    expect(await page.locator('#findings p.failed').textContent()).toBe(TOO_SLOW);
    expect(await page.locator('body').innerText()).not.toContain('没有发现问题');
  });

  it('draws a report with 1,000 findings in batches and says the rest were not listed', async () => {
    // 1,500 repeated headings: each after the first is a finding of structure/heading-sequence.
    const text = fixtureText(FIXTURES.changleTownship2023) + '\n' + '（一）重复的标题\n'.repeat(1500);
    await page.fill('#paste', text);
    await page.click('#paste-check');
    await page.locator('#summary[data-state="done"]').waitFor();
    // 1,500 findings in all (the core's count): 1,000 listed, 500 counted.
    expect(await page.locator('#summary .verdict').textContent()).toBe('已列出 1000 处。提示超过上限，只列出前 1000 条，另有 500 条');
    await page.waitForFunction(() => document.querySelectorAll('.finding').length === 1000);
    expect(await page.locator('#findings p.failed').textContent()).toMatch(/^提示超过上限/);
  });

  it('loads nothing from outside this machine', () => {
    expect(requested.filter((url) => !url.startsWith(server.url) && !url.startsWith('blob:'))).toEqual([]);
  });
});
