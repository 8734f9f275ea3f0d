import type { Diagnostic } from './diagnostic.js';

/**
 * Applies the suggestions of `diagnostics` to the source their positions point into, last first
 * so earlier offsets stay valid; a suggestion overlapping one already applied is left for the
 * next run. Returns the new text and the diagnostics it settled.
 */
export function applySuggestions(source: string, diagnostics: Diagnostic[]): { text: string; fixed: Diagnostic[] } {
  const fixable = diagnostics
    .filter((d) => d.suggestion && source.slice(d.suggestion.position.start.offset, d.suggestion.position.end.offset) !== d.suggestion.text)
    .sort((a, b) => b.suggestion!.position.start.offset! - a.suggestion!.position.start.offset!);
  let text = source;
  let limit = Infinity;
  const fixed: Diagnostic[] = [];
  for (const diagnostic of fixable) {
    const { position, text: replacement } = diagnostic.suggestion!;
    if (position.end.offset! > limit) continue;
    text = text.slice(0, position.start.offset) + replacement + text.slice(position.end.offset);
    limit = position.start.offset!;
    fixed.push(diagnostic);
  }
  return { text, fixed };
}
