import type { MappedText, Span } from '../model/block.js';

/**
 * Builds block text piece by piece while recording where each piece came from, so a
 * position inside the finished text maps back into the source. Pieces without a source
 * (a joined space) lie between spans.
 */
export class MappedBuilder {
  private text = '';
  private spans: Span[] = [];

  get length(): number {
    return this.text.length;
  }

  get isBlank(): boolean {
    return this.text.trim() === '';
  }

  /** Appends text that stands in the source at `offset` character for character. */
  appendExact(text: string, offset: number): void {
    const last = this.spans[this.spans.length - 1];
    if (last && last.start + last.length === this.text.length && last.offset + last.length === offset) last.length += text.length;
    else this.spans.push({ start: this.text.length, offset, length: text.length });
    this.text += text;
  }

  /** Appends text with no source of its own (a joiner). */
  appendVirtual(text: string): void {
    this.text += text;
  }

  /** The text trimmed of white space at both ends, spans re-based. */
  finish(): MappedText {
    const lead = this.text.length - this.text.trimStart().length;
    const text = this.text.trim();
    const spans = this.spans
      .map((span) => {
        const from = Math.max(span.start, lead);
        const to = Math.min(span.start + span.length, lead + text.length);
        return { start: from - lead, offset: span.offset + (from - span.start), length: to - from };
      })
      .filter((span) => span.length > 0);
    return { text, spans };
  }

  reset(): void {
    this.text = '';
    this.spans = [];
  }
}
