import type { Glyphs, Rule } from '../load.js';
import { CLOSE, CURVE_TO, LINE_TO, MOVE_TO, multiply, pathRules, type Matrix } from '../paths.js';
import { SAME_LINE } from '../lines.js';
import { glyphOf, loadFont, type FastFont } from './fonts.js';
import { PdfObjects, Stream } from './objects.js';
import { isDict, isName, Keyword, Lexer, Name, Str, unsupported, type Dict, type Value } from './syntax.js';

/** Graphics states saved (q) and not yet restored: a producer nests a few. */
const MAX_SAVED = 1024;
/** Forms drawn inside forms deeper than this are no producer's. */
const MAX_FORM_DEPTH = 16;
/** Operators run for one file, forms drawn again counted again: past it, PDF.js reads the file. */
const MAX_OPERATORS = 5_000_000;

/** The text state PDF.js keeps (q/Q save and restore all of it, the text matrices too). */
interface TextState {
  ctm: Matrix;
  /** The CTM as PDF.js's operator list has it, for the lines: forms' matrices in single precision. */
  pathCtm: Matrix;
  font: FastFont | undefined;
  fontName: string | undefined;
  fontSize: number;
  textMatrix: Matrix;
  lineMatrix: Matrix;
  charSpacing: number;
  wordSpacing: number;
  leading: number;
  hScale: number;
  rise: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** A saved state (q): its fields written out, one shape of object for the engine. */
const copy = (s: TextState): TextState => ({
  ctm: s.ctm,
  pathCtm: s.pathCtm,
  font: s.font,
  fontName: s.fontName,
  fontSize: s.fontSize,
  textMatrix: [...s.textMatrix],
  lineMatrix: [...s.lineMatrix],
  charSpacing: s.charSpacing,
  wordSpacing: s.wordSpacing,
  leading: s.leading,
  hScale: s.hScale,
  rise: s.rise,
});

/** The text run being built (PDF.js's textContentItem), and the two characters last seen. */
interface Run {
  initialized: boolean;
  str: string[];
  totalWidth: number;
  width: number;
  height: number;
  prevTransform: Matrix | undefined;
  transform: Matrix;
  advanceScale: number;
  trackingSpaceMin: number;
  notASpace: number;
  negativeSpaceMax: number;
  spaceInFlowMin: number;
  spaceInFlowMax: number;
  lastChars: [string, string];
  lastCharsAt: number;
}

const newRun = (): Run => ({
  initialized: false,
  str: [],
  totalWidth: 0,
  width: 0,
  height: 0,
  prevTransform: undefined,
  transform: IDENTITY,
  advanceScale: 0,
  trackingSpaceMin: Infinity,
  notASpace: -Infinity,
  negativeSpaceMax: -Infinity,
  spaceInFlowMin: 0,
  spaceInFlowMax: 0,
  lastChars: [' ', ' '],
  lastCharsAt: 0,
});

// PDF.js's factors of the font size for spaces between glyphs (getTextContent).
const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;

// PDF.js's normalizeUnicode: compatibility forms it folds by NFKC.
const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
/** Characters of NORMALIZE and RIGHT_TO_LEFT, and any astral one. */
const UNUSUAL = /[\u00a0\u00b5\u037e\u0eb3\u0590-\u08ff\u2000-\u200a\u202f\u2126\ud800-\udfff\ufb00-\ufeff]/;
/** Right-to-left script: PDF.js reorders it; the fast reader does not. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a/;

/** Operators and how many operands each takes (the ones the reader acts on). */
const ARITY: Record<string, number | undefined> = Object.assign(Object.create(null) as Record<string, number>, {
  q: 0, Q: 0, cm: 6, BT: 0, ET: 0, Tf: 2, Tm: 6, Td: 2, TD: 2, 'T*': 0, TL: 1, Tc: 1, Tw: 1, Tz: 1, Ts: 1,
  Tj: 1, TJ: 1, "'": 1, '"': 3, Do: 1, gs: 1, BMC: 1, BDC: 2, EMC: 0,
  m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4, S: 0, s: 0, f: 0, F: 0, 'f*': 0, B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0,
});
const STROKES = new Set(['S', 's', 'B', 'B*', 'b', 'b*']);
const FILLS = new Set(['f', 'F', 'f*']);

/**
 * One page's text runs and ruling lines, read from its content the way PDF.js's getTextContent and
 * getOperatorList (through rulesOf in load.ts) give them: the same runs, split and spaced by the
 * same gaps, at the same places; the same path data (in single precision) for the lines.
 */
export class PageReader {
  readonly glyphs: Glyphs[] = [];
  readonly rules: Rule[] = [];
  private readonly drawing = new Set<Stream>();
  private operators = 0;
  /** The glyph's text rendering matrix, reused from glyph to glyph. */
  private readonly current: Matrix = [...IDENTITY];
  /** Baselines of text dropped past the page's right edge: a run that would begin there. */
  private readonly lostPastEdge: number[] = [];
  /** The page shows text past its right edge: its producer does not leave out the characters there. */
  private pastEdge = false;

  constructor(
    private readonly objects: PdfObjects,
    /** Fonts read so far in the file: pages share them. */
    private readonly fonts: Map<Dict, FastFont>,
    /** The page's box (x0 y0 x1 y1): glyphs outside it are dropped, as PDF.js does. */
    private readonly view: [number, number, number, number],
  ) {}

  run(content: Uint8Array, resources: Dict | undefined): void {
    this.interpret(content, resources, { ctm: [...IDENTITY], pathCtm: [...IDENTITY], font: undefined, fontName: undefined, fontSize: 0, textMatrix: [...IDENTITY], lineMatrix: [...IDENTITY], charSpacing: 0, wordSpacing: 0, leading: 0, hScale: 1, rise: 0 }, 0);
    // A run that reaches past the edge is whole where the page shows its producer writes the
    // characters there (one that clips them would print a figure's first digits just as well) and
    // nothing after it on its line was dropped past the edge.
    for (const glyph of this.glyphs) if (glyph.whole && (!this.pastEdge || this.lostPastEdge.some((y) => Math.abs(glyph.y - y) < glyph.size * SAME_LINE))) delete glyph.whole;
  }

  private interpret(content: Uint8Array, resources: Dict | undefined, initial: TextState, depth: number): void {
    const lexer = new Lexer(content, 0, false);
    const stack: TextState[] = [];
    let state = initial;
    const run = newRun();
    const path: number[] = [];
    const operands: Value[] = [];
    const fontsByName = new Map<string, FastFont>();
    for (let token = lexer.next(); token !== undefined; token = lexer.next()) {
      if (!(token instanceof Keyword)) {
        if (operands.length > 64) unsupported('too many operands');
        operands.push(token);
        continue;
      }
      if (++this.operators > MAX_OPERATORS) unsupported('too many operators');
      const op = token.word;
      const arity = ARITY[op];
      if (arity === undefined) {
        if (op === 'BI' || op === 'ID' || op === 'EI') unsupported('an inline image');
        if (op === 'd0' || op === 'd1') unsupported('a Type3 glyph');
        operands.length = 0;
        continue;
      }
      if (operands.length !== arity) unsupported(`${op} with ${operands.length} operands`);
      const a = operands;
      const num = (i: number): number => numberAt(a, i);
      switch (op) {
        case 'q':
          if (stack.length >= MAX_SAVED) unsupported('q nested too deep');
          stack.push(copy(state));
          break;
        case 'Q': {
          const previous = state;
          state = stack.pop() ?? state;
          if (previous.font !== state.font || previous.fontSize !== state.fontSize || previous.fontName !== state.fontName) this.flush(run);
          break;
        }
        case 'cm': {
          const matrix: Matrix = [num(0), num(1), num(2), num(3), num(4), num(5)];
          state.ctm = multiply(state.ctm, matrix);
          state.pathCtm = multiply(state.pathCtm, matrix);
          break;
        }
        case 'BT':
          state.textMatrix = [...IDENTITY];
          state.lineMatrix = [...IDENTITY];
          break;
        case 'ET':
          break;
        case 'Tf': {
          const name = a[0] instanceof Name ? a[0].name : unsupported('Tf without a name');
          const size = num(1);
          if (state.font && name === state.fontName && size === state.fontSize) break;
          this.flush(run);
          state.fontName = name;
          state.fontSize = size;
          state.font = fontsByName.get(name) ?? this.font(resources, name);
          fontsByName.set(name, state.font);
          break;
        }
        case 'Tm':
          state.textMatrix = [num(0), num(1), num(2), num(3), num(4), num(5)];
          state.lineMatrix = [...state.textMatrix];
          this.updateAdvanceScale(run, state);
          break;
        case 'Td':
          translate(state.lineMatrix, num(0), num(1));
          state.textMatrix = [...state.lineMatrix];
          break;
        case 'TD':
          state.leading = -num(1);
          translate(state.lineMatrix, num(0), num(1));
          state.textMatrix = [...state.lineMatrix];
          break;
        case 'T*':
          carriageReturn(state);
          break;
        case 'TL':
          state.leading = num(0);
          break;
        case 'Tc':
          state.charSpacing = num(0);
          break;
        case 'Tw':
          state.wordSpacing = num(0);
          break;
        case 'Tz':
          state.hScale = num(0) / 100;
          break;
        case 'Ts':
          state.rise = num(0);
          break;
        case 'Tj':
          this.show(run, state, a[0], 0);
          break;
        case "'":
          carriageReturn(state);
          this.show(run, state, a[0], 0);
          break;
        case '"':
          state.wordSpacing = num(0);
          state.charSpacing = num(1);
          carriageReturn(state);
          this.show(run, state, a[2], 0);
          break;
        case 'TJ':
          this.showSpaced(run, state, a[0]);
          break;
        case 'Do':
          this.flush(run);
          this.draw(resources, a[0], state, depth);
          break;
        case 'gs':
          this.checkGraphicsState(resources, a[0]);
          break;
        case 'BMC':
        case 'BDC':
        case 'EMC':
          this.flush(run);
          break;
        case 'm':
          path.push(MOVE_TO, Math.fround(num(0)), Math.fround(num(1)));
          break;
        case 'l':
          path.push(LINE_TO, Math.fround(num(0)), Math.fround(num(1)));
          break;
        case 'c':
        case 'v':
        case 'y':
          for (let i = 0; i < arity; i++) num(i);
          path.push(CURVE_TO, 0, 0, 0, 0, 0, 0);
          break;
        case 'h':
          path.push(CLOSE);
          break;
        case 're': {
          const [x, y, w, h] = [num(0), num(1), num(2), num(3)];
          const f = Math.fround;
          if (w === 0 || h === 0) path.push(MOVE_TO, f(x), f(y), LINE_TO, f(x + w), f(y + h), CLOSE);
          else path.push(MOVE_TO, f(x), f(y), LINE_TO, f(x + w), f(y), LINE_TO, f(x + w), f(y + h), LINE_TO, f(x), f(y + h), CLOSE);
          break;
        }
        default: {
          // A path's paint: S s f F f* B B* b b* n.
          if (op === 's' || op === 'b' || op === 'b*') path.push(CLOSE);
          if (path.length && (STROKES.has(op) || FILLS.has(op))) this.rules.push(...pathRules(path, state.pathCtm, STROKES.has(op)));
          path.length = 0;
        }
      }
      operands.length = 0;
    }
    this.flush(run);
  }

  private font(resources: Dict | undefined, name: string): FastFont {
    const fonts = this.objects.lookup(resources, 'Font');
    const dict = isDict(fonts) ? this.objects.get(fonts.get(name)) : undefined;
    if (!isDict(dict)) return unsupported(`no font ${name}`);
    let font = this.fonts.get(dict);
    if (!font) this.fonts.set(dict, (font = loadFont(this.objects, dict)));
    return font;
  }

  /** A form is read with its own resources (or the page's), its matrix on the current one; an image is no text. */
  private draw(resources: Dict | undefined, name: Value | undefined, state: TextState, depth: number): void {
    const forms = this.objects.lookup(resources, 'XObject');
    const form = name instanceof Name && isDict(forms) ? this.objects.get(forms.get(name.name)) : undefined;
    if (!(form instanceof Stream)) return unsupported('Do without a stream');
    const subtype = this.objects.lookup(form.dict, 'Subtype');
    if (!isName(subtype, 'Form')) {
      if (isName(subtype, 'Image')) return;
      return unsupported('an XObject neither form nor image');
    }
    if (depth >= MAX_FORM_DEPTH || this.drawing.has(form)) unsupported('forms nested too deep');
    const inner = copy(state);
    const matrix = this.objects.lookup(form.dict, 'Matrix');
    if (Array.isArray(matrix) && matrix.length === 6 && matrix.every((n) => typeof n === 'number')) {
      inner.ctm = multiply(inner.ctm, matrix as Matrix);
      inner.pathCtm = multiply(inner.pathCtm, Float32Array.from(matrix as number[]));
    }
    else if (matrix !== undefined) unsupported('a form matrix');
    const own = this.objects.lookup(form.dict, 'Resources');
    this.drawing.add(form);
    this.interpret(this.objects.decode(form), isDict(own) ? own : resources, inner, depth + 1);
    this.drawing.delete(form);
  }

  /** A graphics state that sets a font is left to PDF.js. */
  private checkGraphicsState(resources: Dict | undefined, name: Value | undefined): void {
    const states = this.objects.lookup(resources, 'ExtGState');
    const found = name instanceof Name && isDict(states) ? this.objects.get(states.get(name.name)) : undefined;
    if (!isDict(found)) unsupported('gs without its dictionary');
    if (found.has('Font')) unsupported('a font set by gs');
  }

  private showSpaced(run: Run, state: TextState, items: Value | undefined): void {
    if (!Array.isArray(items)) return unsupported('TJ without an array');
    const spaceFactor = -state.fontSize / 1000;
    let buffer = '';
    for (const item of items) {
      if (item instanceof Str) buffer += item.bytes;
      else if (typeof item === 'number') {
        if (item === 0) continue;
        this.build(run, state, buffer, item * spaceFactor);
        buffer = '';
      } else unsupported('TJ with an odd item');
    }
    if (buffer) this.build(run, state, buffer, 0);
  }

  private show(run: Run, state: TextState, text: Value | undefined, extraSpacing: number): void {
    if (!(text instanceof Str)) return unsupported('a show without a string');
    this.build(run, state, text.bytes, extraSpacing);
  }

  /** PDF.js's buildTextContentItem: each glyph placed, its gap to the last one judged a space, a new run, or nothing. */
  private build(run: Run, state: TextState, chars: string, extraSpacing: number): void {
    const font = state.font;
    if (!font) return unsupported('text without a font');
    if (!chars) {
      const spacing = state.charSpacing + extraSpacing;
      if (spacing) translate(state.textMatrix, spacing * state.hScale, 0);
      return;
    }
    if (font.twoByte && chars.length % 2) unsupported('an odd byte in two-byte codes');
    const step = font.twoByte ? 2 : 1;
    const scale = font.scale * state.fontSize;
    for (let i = 0; i < chars.length; i += step) {
      const code = font.twoByte ? (chars.charCodeAt(i) << 8) | chars.charCodeAt(i + 1) : chars.charCodeAt(i);
      const glyph = glyphOf(font, code);
      if (glyph.invisible) continue;
      let charSpacing = state.charSpacing + (i + step >= chars.length ? extraSpacing : 0);
      let scaledDim = glyph.width * scale;
      if (code === 0x20) charSpacing += state.wordSpacing;
      if (glyph.whitespace) {
        charSpacing += scaledDim;
        translate(state.textMatrix, charSpacing * state.hScale, 0);
        this.saveLastChar(run, ' ');
        continue;
      }
      if (!glyph.diacritic && !this.compareWithLastPosition(run, state, scaledDim)) {
        translate(state.textMatrix, scaledDim * state.hScale, 0);
        continue;
      }
      this.ensureRun(run, state);
      if (glyph.diacritic) scaledDim = 0;
      scaledDim *= state.hScale;
      translate(state.textMatrix, scaledDim, 0);
      run.width += scaledDim;
      if (scaledDim) run.prevTransform = transformInto(state, run.prevTransform ?? [...IDENTITY]);
      if (this.saveLastChar(run, glyph.unicode)) run.str.push(' ');
      run.str.push(glyph.unicode);
      if (charSpacing) translate(state.textMatrix, charSpacing * state.hScale, 0);
    }
  }

  private saveLastChar(run: Run, char: string): boolean {
    const next = (run.lastCharsAt + 1) % 2;
    const space = run.lastChars[run.lastCharsAt] !== ' ' && run.lastChars[next] === ' ';
    run.lastChars[run.lastCharsAt] = char;
    run.lastCharsAt = next;
    return space;
  }

  private resetLastChars(run: Run): void {
    run.lastChars[0] = run.lastChars[1] = ' ';
    run.lastCharsAt = 0;
  }

  private shouldAddWhitespace(run: Run): boolean {
    return run.lastChars[run.lastCharsAt] !== ' ' && run.lastChars[(run.lastCharsAt + 1) % 2] === ' ';
  }

  private ensureRun(run: Run, state: TextState): void {
    if (run.initialized) return;
    const transform = (run.transform = transformInto(state, [...IDENTITY]));
    run.width = run.totalWidth = 0;
    run.height = Math.hypot(transform[2], transform[3]);
    run.advanceScale = Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.lineMatrix[0], state.lineMatrix[1]);
    const size = state.fontSize;
    run.trackingSpaceMin = size * TRACKING_SPACE_FACTOR;
    run.notASpace = size * NOT_A_SPACE_FACTOR;
    run.negativeSpaceMax = size * NEGATIVE_SPACE_FACTOR;
    run.spaceInFlowMin = size * SPACE_IN_FLOW_MIN_FACTOR;
    run.spaceInFlowMax = size * SPACE_IN_FLOW_MAX_FACTOR;
    run.initialized = true;
  }

  private updateAdvanceScale(run: Run, state: TextState): void {
    if (!run.initialized) return;
    const scale = Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.lineMatrix[0], state.lineMatrix[1]);
    if (scale === run.advanceScale) return;
    run.totalWidth += run.width * run.advanceScale;
    run.width = 0;
    run.advanceScale = scale;
  }

  /**
   * PDF.js's compareWithLastPosition for horizontal text: false for a glyph off the page. Past the
   * page's right edge, unlike PDF.js, a glyph that goes on a run begun on the page (upright, on its
   * line, no gap that starts a new run) is kept: a producer writes a figure whole and clips it at
   * the edge (LibreOffice, a table wider than the page), and a character lost there would change
   * the figure. A glyph that would begin a run there is dropped, and its line is noted.
   */
  private compareWithLastPosition(run: Run, state: TextState, glyphWidth: number): boolean {
    // No destructuring here: it runs for every glyph, much of it before the engine optimizes it.
    const current = transformInto(state, this.current);
    let posX = current[4];
    let posY = current[5];
    const view = this.view;
    if (posX + glyphWidth < view[0] || posY < view[1] || posY > view[3]) return false;
    const beyond = posX > view[2];
    if (beyond) this.pastEdge = true;
    if (beyond && !(run.initialized && current[0] > 0 && current[1] === 0 && current[2] === 0)) return this.losePastEdge(posY);
    const last = run.prevTransform;
    if (!last) return true;
    let lastX = last[4];
    let lastY = last[5];
    if (lastX === posX && lastY === posY) return true;
    if (current[0] && current[1] === 0 && current[2] === 0) {
      if (current[0] < 0) {
        posX = -posX;
        posY = -posY;
        lastX = -lastX;
        lastY = -lastY;
      }
    } else if (current[1] && current[0] === 0 && current[3] === 0) {
      const [x, y, lx, ly] = current[1] > 0 ? [posY, posX, lastY, lastX] : [-posY, -posX, -lastY, -lastX];
      [posX, posY, lastX, lastY] = [x, y, lx, ly];
    } else {
      [posX, posY] = inverseRotation(posX, posY, current);
      [lastX, lastY] = inverseRotation(lastX, lastY, last);
    }
    const advanceX = (posX - lastX) / run.advanceScale;
    const advanceY = posY - lastY;
    const orientation = Math.sign(run.width);
    if (advanceX < orientation * run.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * run.height) {
        this.appendEOL(run);
        return !beyond || this.losePastEdge(posY);
      }
      this.resetLastChars(run);
      this.flush(run);
      return !beyond || this.losePastEdge(posY);
    }
    if (Math.abs(advanceY) > run.height) {
      this.appendEOL(run);
      return !beyond || this.losePastEdge(posY);
    }
    if (advanceX <= orientation * run.notASpace) this.resetLastChars(run);
    if (advanceX <= orientation * run.trackingSpaceMin) {
      if (this.shouldAddWhitespace(run)) {
        this.resetLastChars(run);
        this.flush(run);
      } else run.width += advanceX;
    } else if (!this.addFakeSpaces(run, advanceX, orientation)) {
      if (run.str.length === 0) this.resetLastChars(run);
      else run.width += advanceX;
    }
    if (Math.abs(advanceY) > run.height * VERTICAL_SHIFT_RATIO) this.flush(run);
    return !beyond || run.initialized || this.losePastEdge(posY);
  }

  private losePastEdge(y: number): false {
    if (this.lostPastEdge[this.lostPastEdge.length - 1] !== y) this.lostPastEdge.push(y);
    return false;
  }

  private appendEOL(run: Run): void {
    this.resetLastChars(run);
    if (run.initialized) this.flush(run);
  }

  private addFakeSpaces(run: Run, width: number, orientation: number): boolean {
    if (orientation * run.spaceInFlowMin <= width && width <= orientation * run.spaceInFlowMax) {
      if (run.initialized) {
        this.resetLastChars(run);
        run.str.push(' ');
      }
      return false;
    }
    this.flush(run);
    this.resetLastChars(run);
    return true;
  }

  /** The run ends: kept when it holds more than white space (load.ts drops the rest). */
  private flush(run: Run): void {
    if (!run.initialized) return;
    run.totalWidth += run.width * run.advanceScale;
    let text = run.str.join('');
    run.initialized = false;
    run.str.length = 0;
    // Most runs hold nothing to fold or reorder: one scan tells.
    if (UNUSUAL.test(text)) {
      text = text.replace(NORMALIZE, (_, compatible: string | undefined) => (compatible ? compatible.normalize('NFKC') : 'ſt'));
      if (RIGHT_TO_LEFT.test(text)) unsupported('right-to-left text');
    }
    if (text.trim() === '') return;
    const t = run.transform;
    const glyph: Glyphs = { text, x: t[4], y: t[5], width: Math.abs(run.totalWidth), size: Math.hypot(t[2], t[3]) || Math.abs(run.height) };
    if (t[0] > 0 && t[1] === 0 && glyph.x + glyph.width > this.view[2]) glyph.whole = true;
    this.glyphs.push(glyph);
  }
}

function numberAt(operands: Value[], i: number): number {
  const value = operands[i];
  return typeof value === 'number' ? value : unsupported('an operator without its number');
}

function translate(m: Matrix, x: number, y: number): void {
  m[4] = m[0] * x + m[2] * y + m[4];
  m[5] = m[1] * x + m[3] * y + m[5];
}

function carriageReturn(state: TextState): void {
  translate(state.lineMatrix, 0, -state.leading);
  state.textMatrix = [...state.lineMatrix];
}

/** The text rendering matrix, CTM × text matrix × (size·scale, size, rise), as PDF.js multiplies them, into `out`. */
function transformInto(state: TextState, out: Matrix): Matrix {
  const size = state.fontSize;
  const rise = state.rise;
  const m = state.textMatrix;
  const c = state.ctm;
  const sx = size * state.hScale;
  const sy = state.font?.type3Height !== undefined && size <= 1 ? size * state.font.type3Height : size;
  // text matrix × tsm, tsm = [sx 0 0 sy 0 rise]
  const t0 = m[0] * sx + m[2] * 0;
  const t1 = m[1] * sx + m[3] * 0;
  const t2 = m[0] * 0 + m[2] * sy;
  const t3 = m[1] * 0 + m[3] * sy;
  const t4 = m[0] * 0 + m[2] * rise + m[4];
  const t5 = m[1] * 0 + m[3] * rise + m[5];
  out[0] = c[0] * t0 + c[2] * t1;
  out[1] = c[1] * t0 + c[3] * t1;
  out[2] = c[0] * t2 + c[2] * t3;
  out[3] = c[1] * t2 + c[3] * t3;
  out[4] = c[0] * t4 + c[2] * t5 + c[4];
  out[5] = c[1] * t4 + c[3] * t5 + c[5];
  return out;
}

function inverseRotation(x: number, y: number, m: Matrix): [number, number] {
  const scale = Math.hypot(m[0], m[1]);
  return [(m[0] * x + m[1] * y) / scale, (m[2] * x + m[3] * y) / scale];
}
