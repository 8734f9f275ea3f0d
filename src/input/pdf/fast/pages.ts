import type { Glyphs, Rule } from '../load.js';
import { concatBytes } from '../../bytes.js';
import { PageReader } from './content.js';
import type { FastFont } from './fonts.js';
import { PdfObjects, Stream } from './objects.js';
import { isDict, isName, rectangle, unsupported, type Dict } from './syntax.js';

/** A page as the fast reader gives it, in the PDF's own coordinates (the view box origin not yet subtracted). */
export interface FastPage {
  view: [number, number, number, number];
  glyphs: Glyphs[];
  rules: Rule[];
}

/** Levels of the page tree: more is a loop or no producer's file. */
const MAX_TREE_DEPTH = 32;
const INHERITED = ['MediaBox', 'CropBox', 'Resources'] as const;

/**
 * Every page's text runs and lines, read without PDF.js (no font programs parsed, no glyph
 * outlines built); undefined when the file has anything the fast reader does not fully
 * understand — PDF.js reads it then.
 */
export function readFast(bytes: Uint8Array): FastPage[] | undefined {
  try {
    const objects = new PdfObjects(bytes);
    const catalog = objects.lookup(objects.trailer, 'Root');
    const root = isDict(catalog) ? objects.lookup(catalog, 'Pages') : undefined;
    if (!isDict(root)) unsupported('no page tree');
    const leaves: Array<{ page: Dict; inherited: Map<string, unknown> }> = [];
    collect(objects, root, new Map(), leaves, new Set(), 0);
    if (objects.lookup(root, 'Count') !== leaves.length) unsupported('a page count that does not add up');
    const fonts = new Map<Dict, FastFont>();
    return leaves.map(({ page, inherited }) => readPage(objects, fonts, page, inherited));
  } catch {
    // Unsupported, or a fault of the fast reader's own on a damaged file: PDF.js reads it all the same.
    return undefined;
  }
}

function collect(objects: PdfObjects, node: Dict, inherited: Map<string, unknown>, out: Array<{ page: Dict; inherited: Map<string, unknown> }>, seen: Set<Dict>, depth: number): void {
  if (seen.has(node) || depth > MAX_TREE_DEPTH) unsupported('a page tree loop');
  seen.add(node);
  const own = new Map(inherited);
  for (const key of INHERITED) if (node.has(key)) own.set(key, objects.lookup(node, key));
  const kids = objects.lookup(node, 'Kids');
  if (isName(node.get('Type'), 'Page') || (!node.has('Type') && !Array.isArray(kids))) {
    out.push({ page: node, inherited: own });
    return;
  }
  if (!Array.isArray(kids)) unsupported('a page tree node without kids');
  for (const kid of kids) {
    const child = objects.get(kid);
    if (!isDict(child)) unsupported('a bad page tree node');
    collect(objects, child, own, out, seen, depth + 1);
  }
}

function readPage(objects: PdfObjects, fonts: Map<Dict, FastFont>, page: Dict, inherited: Map<string, unknown>): FastPage {
  const media = rectangle(inherited.get('MediaBox'));
  if (!media || media[2] - media[0] <= 0 || media[3] - media[1] <= 0) return unsupported('no MediaBox');
  const view = viewOf(media, rectangle(inherited.get('CropBox')));
  const resources = inherited.get('Resources');
  const reader = new PageReader(objects, fonts, view);
  reader.run(contentOf(objects, page), isDict(resources) ? resources : undefined);
  return { view, glyphs: reader.glyphs, rules: reader.rules };
}

/** PDF.js's page view: the crop box within the media box, when they overlap. */
function viewOf(media: [number, number, number, number], crop: [number, number, number, number] | undefined): [number, number, number, number] {
  if (!crop || crop[2] - crop[0] <= 0 || crop[3] - crop[1] <= 0) return media;
  const box: [number, number, number, number] = [Math.max(media[0], crop[0]), Math.max(media[1], crop[1]), Math.min(media[2], crop[2]), Math.min(media[3], crop[3])];
  return box[2] - box[0] > 0 && box[3] - box[1] > 0 ? box : media;
}

const NEWLINE = Uint8Array.of(10);

/** /Contents: one stream, or several read as one (a line end between two). */
function contentOf(objects: PdfObjects, page: Dict): Uint8Array {
  const contents = objects.lookup(page, 'Contents');
  if (contents === undefined || contents === null) return new Uint8Array(0);
  const streams = Array.isArray(contents) ? contents.map((part) => objects.get(part)) : [contents];
  const parts = streams.map((stream) => (stream instanceof Stream ? objects.decode(stream) : unsupported('contents that are no stream')));
  return parts.length === 1 ? parts[0]! : concatBytes(parts.flatMap((part) => [part, NEWLINE]));
}
