import type { LintResult } from '../engine/diagnostic.js';
import type { PageLine } from '../model/block.js';
import type { Lang, RuleMeta } from '../engine/rule.js';

export interface FormatContext {
  lang: Lang;
  /** Paths are shown relative to this folder (POSIX separators). */
  cwd: string;
  color: boolean;
  rules: RuleMeta[];
  /** filePath → decoded text, for excerpts in `stylish`. */
  sources?: Map<string, string>;
  toolVersion: string;
  docsBaseUrl: string;
}

/** A formatter is a pure function from results to text: no I/O, so it runs in the CLI, the server and the page. */
export type Formatter = (results: LintResult[], context: FormatContext) => string;

/** The same text in pieces, for outputs too large to hold whole (`json` over a repository): results may come one by one. */
export type ChunkedFormatter = (results: Iterable<LintResult>, context: FormatContext) => Iterable<string>;

/** `path` relative to `cwd` when inside it, with `/` separators. */
export function displayPath(path: string, cwd: string): string {
  const posix = path.replace(/\\/g, '/');
  const base = cwd.replace(/\\/g, '/').replace(/\/$/, '');
  return base && posix.startsWith(base + '/') ? posix.slice(base.length + 1) : posix;
}

/** Line formats (unix, stylish rows) show one finding per line, so breaks inside a message become spaces. */
export const oneLine = (message: string) => message.replace(/\s*[\r\n]+\s*/g, ' ');

/** Where a finding stands in a PDF, as a reader looks for it: 第3页第12行 / p. 3, line 12. */
export function pagePlace(place: PageLine, lang: Lang): string {
  return lang === 'zh' ? `第${place.page}页第${place.line}行` : `p. ${place.page}, line ${place.line}`;
}
