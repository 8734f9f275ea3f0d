import { join } from 'node:path';
import { FileLinter, type ConfigForFile } from '../host/file-linter.js';
import { VERSION } from '../host/version.js';
import type { LintResult } from '../engine/diagnostic.js';
import { lintBytes, maxBytesOf } from '../engine/lint-file.js';
import { DOCS_BASE } from '../engine/findings.js';
import type { Lang } from '../engine/rule.js';
import { knowledge } from '../knowledge/index.js';
import { outlineOf } from '../model/outline.js';
import { formatters } from '../output/index.js';
import type { ExportFormat, LintResponse } from './api.js';
import { reportView } from './view.js';

/**
 * Lints what the page hands over with the CLI's config for the folder the server runs in.
 * The resolved config is kept per file name, so a re-check only reads and parses the text.
 */
export class Checker {
  private readonly linter: FileLinter;
  private readonly configs = new Map<string, Promise<ConfigForFile>>();

  constructor(
    private readonly cwd: string,
    private readonly lang: Lang,
  ) {
    // Uploads take the config of the folder the server runs in, the user's own: its plugins may run.
    this.linter = new FileLinter({ lang, trustedFolder: cwd });
  }

  private configFor(filePath: string): Promise<ConfigForFile> {
    let config = this.configs.get(filePath);
    if (!config) {
      config = this.linter.configFor(filePath);
      // A config error is reported, not remembered: the user may fix the file and retry.
      config.catch(() => this.configs.delete(filePath));
      this.configs.set(filePath, config);
    }
    return config;
  }

  /** The largest upload: the input size limit of the config the page uses. */
  async uploadLimit(): Promise<number> {
    return maxBytesOf((await this.configFor(join(this.cwd, 'report.txt'))).resolved);
  }

  /** `name` is what the browser knows of the file: its base name, which also decides the format. */
  async check(name: string, bytes: Uint8Array): Promise<LintResponse> {
    const filePath = join(this.cwd, name.split(/[\\/]/).pop() || 'report.txt');
    const { resolved } = await this.configFor(filePath);
    const { result, report } = await lintBytes(filePath, bytes, resolved, this.lang);
    // A file a limit stopped part way (too many findings, too slow) is still shown, with its notice.
    if (!report || (result.failure && result.diagnostics.length === 0)) return { result };
    const { definedBy, years } = knowledge.generations[report.facts.generation];
    return { result, summary: outlineOf(report), generation: { definedBy, ...years }, parts: reportView(report) };
  }

  async export(format: ExportFormat, result: LintResult): Promise<string> {
    const { registry } = await this.configFor(result.filePath);
    return formatters[format]([result], {
      lang: this.lang,
      cwd: this.cwd,
      color: false,
      rules: registry.map((rule) => rule.meta),
      toolVersion: VERSION,
      docsBaseUrl: DOCS_BASE,
    });
  }
}
