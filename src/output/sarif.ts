import type { Diagnostic, LintResult } from '../engine/diagnostic.js';
import type { PageLine } from '../model/block.js';
import type { Formatter } from './formatter.js';
import { displayPath } from './formatter.js';

// Percent-encode each segment (Chinese names, spaces, #) but keep a Windows drive such as `C:`.
const toUri = (path: string) => path.split('/').map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment))).join('/');
const fileUri = (absolute: string) => `file://${absolute.startsWith('/') ? '' : '/'}${toUri(absolute)}`;

/** Files inside cwd are relative to %SRCROOT%; others (outside cwd) get an absolute file: URI. */
function artifactLocation(filePath: string, cwd: string) {
  const shown = displayPath(filePath, cwd);
  return /^(\/|[A-Za-z]:\/)/.test(shown) ? { uri: fileUri(shown) } : { uri: toUri(shown), uriBaseId: '%SRCROOT%' };
}

/** Lines and columns count in the source as read; in a PDF, the page and the printed line on it go in the region's property bag. */
function region(position: Diagnostic['position'], page: PageLine | undefined) {
  return {
    startLine: position.start.line,
    startColumn: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
    ...(page && { properties: { page: page.page, pageLine: page.line } }),
  };
}

function location(filePath: string, position: Diagnostic['position'], cwd: string, page?: PageLine) {
  return { physicalLocation: { artifactLocation: artifactLocation(filePath, cwd), region: region(position, page) } };
}

/** SARIF 2.1.0 for code-scanning dashboards; related places become relatedLocations. */
export const sarif: Formatter = (results: LintResult[], context) => {
  const used = [...new Set(results.flatMap((result) => result.diagnostics.map((d) => d.ruleId)))].sort();
  const metaById = new Map(context.rules.map((meta) => [meta.id, meta]));
  const rules = used.map((id) => {
    const meta = metaById.get(id);
    return {
      id,
      name: id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: meta?.description[context.lang] ?? id },
      fullDescription: { text: meta ? `${meta.description.zh} / ${meta.description.en}` : id },
      helpUri: `${context.docsBaseUrl}rules/${id}.md`,
      // An `off` rule still appears when a config turned it on; SARIF's default level is then `warning`.
      defaultConfiguration: meta?.recommended === 'off' ? { enabled: false } : { level: meta?.recommended === 1 ? 'warning' : 'error' },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'xxgk-lint', version: context.toolVersion, informationUri: context.docsBaseUrl, rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: fileUri(context.cwd.replace(/\\/g, '/').replace(/\/?$/, '/')) } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: results
              .filter((result) => result.failure)
              .map((result) => ({
                level: 'error',
                message: { text: `${result.failure!.message} (${result.failure!.reason})` },
                locations: [{ physicalLocation: { artifactLocation: artifactLocation(result.filePath, context.cwd) } }],
              })),
          },
        ],
        results: results.flatMap((result) =>
          result.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ruleIndex: used.indexOf(d.ruleId),
            level: d.severity === 2 ? 'error' : 'warning',
            message: { text: d.message },
            locations: [location(result.filePath, d.position, context.cwd, d.page)],
            ...(d.related.length && {
              relatedLocations: d.related.map((r, id) => ({ id, message: { text: r.message || d.ruleId }, ...location(r.filePath ?? result.filePath, r.position, context.cwd, r.page) })),
            }),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
