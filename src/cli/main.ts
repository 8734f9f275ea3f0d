import yargs from 'yargs';
import { ConfigError } from '../engine/config.js';
import { UnknownFormatterError } from '../output/index.js';
import type { Lang } from '../engine/rule.js';
import { inspectFile } from './inspect.js';
import { lintCommand } from './lint-command.js';
import { listRules, printConfig } from './info-commands.js';
import { VERSION } from '../host/version.js';

const write = (text: string) => process.stdout.write(text);

/** Entry point of the `xxgk-lint` command; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const langOf = (value: unknown): Lang => (value === 'en' ? 'en' : 'zh');
  const parser = yargs(argv)
    .scriptName('xxgk-lint')
    .usage('$0 [文件或文件夹…]  检查政府信息公开工作年度报告 (lint annual reports on government information disclosure)')
    .option('lang', { type: 'string', choices: ['zh', 'en'], default: 'zh', describe: '提示语言 message language' })
    .command(
      ['$0 [patterns..]', 'lint [patterns..]'],
      '检查文件、文件夹或通配符 (lint files, folders, globs)',
      (y) =>
        y
          .positional('patterns', { type: 'string', array: true, default: [] as string[], describe: '.txt .md .html .docx .doc .wps .pdf 文件或文件夹' })
          .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: '输出格式: stylish, json, sarif, github, unix' })
          .option('output', { alias: 'o', type: 'string', describe: '写入文件而不是标准输出 write to a file' })
          .option('quiet', { type: 'boolean', default: false, describe: '只报告错误 errors only' })
          .option('max-warnings', { type: 'number', default: -1, describe: '警告超过此数时以 1 退出 exit 1 above this many warnings' })
          .option('rule', { type: 'string', array: true, default: [] as string[], describe: '规则设置 e.g. table/blank-cell:off' })
          .option('config', { alias: 'c', type: 'string', describe: '配置文件 config file (default: nearest xxgk.config.json)' })
          .option('color', { type: 'boolean', default: process.stdout.isTTY === true, describe: '彩色输出 colours' })
          .option('print-config', { type: 'string', describe: '打印某文件生效的配置 print the config for FILE' })
          .option('list-rules', { type: 'boolean', default: false, describe: '列出全部规则 list rules' })
          .option('allow-plugins', { type: 'boolean', default: false, describe: '运行被检查文件夹中的配置所指定的插件（插件是程序代码）run plugins named by configs among the reports (plugins are code)' })
          .option('fix', { type: 'boolean', default: false, describe: '按规则的修改建议改写文件（仅 UTF-8 文本）write suggested fixes into UTF-8 text files' })
          .option('cache', { type: 'boolean', default: false, describe: '只重新检查改动过的文件 re-check only changed files' })
          .option('cache-location', { type: 'string', default: '.xxgk-cache', describe: '缓存目录 cache folder' })
          .option('progress', { type: 'boolean', default: true, describe: '在终端显示进度条 progress bar on a terminal (--no-progress)' })
          .option('jobs', { alias: 'j', type: 'number', describe: '并行线程数（主线程加工作线程）threads linting in parallel, the main thread included (default: CPU cores)' })
          .option('cross-report', { type: 'boolean', default: true, describe: '跨报告检查（跨年度、内容雷同）cross-report rules (--no-cross-report)' }),
      async (args) => {
        const lang = langOf(args.lang);
        if (args['list-rules']) {
          write(await listRules(process.cwd(), lang, args.config));
          return;
        }
        if (args['print-config']) {
          write(await printConfig(args['print-config'], args.config, args.rule));
          return;
        }
        if (args.patterns.length === 0) {
          process.stderr.write(lang === 'zh' ? '请指定要检查的文件或文件夹，例如：xxgk-lint fixtures/\n' : 'Name files or folders to lint, e.g. xxgk-lint fixtures/\n');
          exitCode = 2;
          return;
        }
        exitCode = await lintCommand({
          patterns: args.patterns,
          cwd: process.cwd(),
          format: args.format,
          lang,
          color: args.color,
          quiet: args.quiet,
          maxWarnings: args['max-warnings'],
          rule: args.rule,
          config: args.config,
          output: args.output,
          cache: args.cache,
          cacheLocation: args['cache-location'],
          progress: args.progress && process.stderr.isTTY === true,
          jobs: args.jobs,
          crossReport: args['cross-report'],
          fix: args.fix,
          allowPlugins: args['allow-plugins'],
          write,
        });
      },
    )
    .command(
      'inspect <file>',
      '显示报告的结构和识别出的表格 (show the parsed model)',
      (y) => y.positional('file', { type: 'string', demandOption: true }).option('json', { type: 'boolean', default: false }),
      async (args) => {
        const outcome = await inspectFile(args.file, args.json, langOf(args.lang));
        if (outcome.ok) write(outcome.text + '\n');
        else {
          process.stderr.write(outcome.message + '\n');
          exitCode = 1;
        }
      },
    )
    .command(
      'serve',
      '启动本机检查页面 (start the local checking page)',
      (y) =>
        y
          .option('port', { type: 'number', default: 5173, describe: '端口 port' })
          .option('host', { type: 'string', default: '127.0.0.1', describe: '只监听本机 loopback only by default' }),
      async (args) => {
        const { startServer } = await import('../web/server.js');
        const server = await startServer({ port: args.port, host: args.host, lang: langOf(args.lang) });
        process.stderr.write(`xxgk-lint 页面已启动：${server.url}  (Ctrl+C 退出)\n`);
        await server.closed;
      },
    )
    .command('lsp', '以 stdio 运行语言服务器 (Language Server Protocol on stdio)', (y) => y.option('stdio', { type: 'boolean', default: true }), async () => {
      const { startLanguageServer } = await import('../lsp/server.js');
      await startLanguageServer();
    })
    .strict()
    .help()
    .alias('h', 'help')
    .version(VERSION)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  try {
    await parser.parseAsync();
  } catch (error) {
    process.stderr.write(describeFailure(error) + '\n');
    return 2;
  }
  return exitCode;
}

class UsageError extends Error {}

function describeFailure(error: unknown): string {
  if (error instanceof ConfigError) return `配置错误 config error: ${error.message}`;
  if (error instanceof UnknownFormatterError) return error.message;
  if (error instanceof UsageError) return `${error.message}\n运行 xxgk-lint --help 查看用法 (see --help)`;
  return `xxgk-lint 内部错误 internal error: ${(error as Error)?.stack ?? String(error)}`;
}
