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
  // Pieces from the end, joined once: splicing the whole text per suggestion grew with their product.
  const pieces: string[] = [];
  let limit = source.length;
  const fixed: Diagnostic[] = [];
  for (const diagnostic of fixable) {
    const { position, text: replacement } = diagnostic.suggestion!;
    if (position.end.offset! > limit) continue;
    pieces.push(source.slice(position.end.offset, limit), replacement);
    limit = position.start.offset!;
    fixed.push(diagnostic);
  }
  pieces.push(source.slice(0, limit));
  return { text: pieces.reverse().join(''), fixed };
}
