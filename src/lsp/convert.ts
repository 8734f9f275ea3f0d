import type { Position as UnistPosition } from 'unist';
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type Range,
} from 'vscode-languageserver';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, LintResult } from '../engine/diagnostic.js';
import type { Lang } from '../engine/rule.js';

export const SOURCE = 'xxgk-lint';

/** What a quick fix needs, carried in `Diagnostic.data` so the client hands it back in codeAction requests. */
interface SuggestionData {
  suggestion: { title: string; text: string; range: Range };
}

/** Our positions are 1-based line/column (UTF-16 columns); LSP's are 0-based. */
export function toRange(position: UnistPosition): Range {
  return {
    start: { line: position.start.line - 1, character: position.start.column - 1 },
    end: { line: position.end.line - 1, character: position.end.column - 1 },
  };
}

export function toLspDiagnostic(diagnostic: Diagnostic, uri: string): LspDiagnostic {
  const data: SuggestionData | undefined = diagnostic.suggestion && {
    suggestion: { title: diagnostic.suggestion.message, text: diagnostic.suggestion.text, range: toRange(diagnostic.suggestion.position) },
  };
  return {
    range: toRange(diagnostic.position),
    severity: diagnostic.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: diagnostic.ruleId,
    codeDescription: { href: diagnostic.docsUrl },
    message: diagnostic.message,
    relatedInformation: diagnostic.related.map((related) => ({
      location: { uri: related.filePath ? pathToFileURL(related.filePath).href : uri, range: toRange(related.position) },
      message: related.message,
    })),
    ...(data && { data }),
  };
}

/** A file that is not a report (or a bad config) gets one note at the top instead of silence. */
export function noticeDiagnostic(message: string, lang: Lang): LspDiagnostic {
  const prefix = lang === 'zh' ? '未检查：' : 'Not checked: ';
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: prefix + message,
  };
}

export function lspDiagnostics(result: LintResult, uri: string, lang: Lang): LspDiagnostic[] {
  // A limit may stop a file part way: its notice comes first, then the findings listed.
  const findings = result.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, uri));
  return result.failure ? [noticeDiagnostic(result.failure.message, lang), ...findings] : findings;
}

/** Quick fixes for the diagnostics of a codeAction request that carry a suggestion. */
export function quickFixes(uri: string, diagnostics: LspDiagnostic[]): CodeAction[] {
  return diagnostics.flatMap((diagnostic) => {
    const suggestion = (diagnostic.data as SuggestionData | undefined)?.suggestion;
    if (diagnostic.source !== SOURCE || !suggestion) return [];
    return [
      {
        title: suggestion.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [{ range: suggestion.range, newText: suggestion.text }] } },
      },
    ];
  });
}
