import { z } from 'zod';

/** `xxgk.bodies.json`: renamed or merged bodies, `{ "aliases": { "旧名": "新名" } }`. */
export const bodyAliasesSchema = z.object({ aliases: z.record(z.string(), z.string()) }).strict();
export type BodyAliases = Record<string, string>;

/**
 * One spelling per body, so that "长乐镇人民政府" (title of one year) and "长乐镇" (another year)
 * are the same body: width-folded, no spaces, without the "人民政府" every government adds.
 */
export function normalizeBody(name: string): string {
  const folded = name.normalize('NFKC').replace(/\s+/g, '');
  return folded.replace(/^(.{2,})人民政府$/, '$1');
}

/** Applies the alias map (keys and values in any spelling) to a normalised name. */
export function aliasResolver(aliases: BodyAliases): (body: string) => string {
  const map = new Map(Object.entries(aliases).map(([from, to]) => [normalizeBody(from), normalizeBody(to)]));
  return (body) => {
    let current = body;
    // Follow chains (A→B, B→C) but never loop.
    for (let hops = 0; hops < 8 && map.has(current); hops++) current = map.get(current)!;
    return current;
  };
}
