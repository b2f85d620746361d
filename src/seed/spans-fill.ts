/**
 * `npm run seed:spans` (src/cli.ts seed-spans): after a curator adds or edits an excerpt in seeds/knowledge.yaml, this finds each
 * excerpt in its article, writes its span `at: [start, end]`, and copies the exact characters back into `text`
 * (so a straight quote typed for a curly one is corrected). Comments and layout are kept.
 */
import * as fs from "fs";
import * as path from "path";
import { Document, isAlias, isMap, isScalar, isSeq, parseDocument, Pair, Scalar, visit, YAMLMap } from "yaml";
import { foldForSearch, locate } from "../graph/spans";

export function fillSpans(knowledgePath: string): { filled: number; changedText: number } {
  const doc = parseDocument(fs.readFileSync(knowledgePath, "utf8"));
  const seedsDir = path.dirname(knowledgePath);
  const texts = new Map<string, string>();
  const articles = doc.get("articles") as unknown;
  if (!isSeq(articles)) throw new Error(`${knowledgePath}: no articles list`);
  for (const item of articles.items) {
    if (!isMap(item)) continue;
    const id = String(item.get("id"));
    const text = fs.readFileSync(path.join(seedsDir, String(item.get("file"))), "utf8");
    texts.set(id, text);
    const furniture = item.get("furniture", true);
    if (isSeq(furniture)) for (const f of furniture.items) if (isMap(f)) fillOne(doc, f, text);
  }
  let filled = 0;
  let changedText = 0;
  visit(doc, {
    Map(_key, map) {
      const article = map.get("in");
      if (typeof article !== "string" || !map.has("text")) return;
      const text = texts.get(article);
      if (text === undefined) throw new Error(`evidence names an unknown article "${article}"`);
      const changed = fillOne(doc, map, text);
      filled += 1;
      if (changed) changedText += 1;
    },
  });
  fs.writeFileSync(knowledgePath, doc.toString({ lineWidth: 0 }));
  return { filled, changedText };
}

/** Sets `at` on one excerpt map and copies the exact article characters into `text`; true if text changed. */
function fillOne(doc: Document, map: YAMLMap, articleText: string): boolean {
  const textNode = map.get("text", true);
  const excerpt = isAlias(textNode) ? String(textNode.resolve(doc)?.toJSON()) : String(map.get("text"));
  const previous = map.get("at", true);
  const stated = isSeq(previous) ? (previous.toJSON() as [number, number]) : undefined;
  // A stated span that still holds the excerpt is kept: it is how a curator picks one of several occurrences.
  const [start, end] =
    stated && foldForSearch(articleText.slice(stated[0], stated[1])) === foldForSearch(excerpt) ? stated : locate(articleText, excerpt);
  const exact = articleText.slice(start, end);
  const at = doc.createNode([start, end], { flow: true });
  const existing = map.items.findIndex((p) => isScalar(p.key) && p.key.value === "at");
  if (existing >= 0) map.items[existing].value = at;
  else map.items.splice(Math.max(0, map.items.findIndex((p) => isScalar(p.key) && p.key.value === "text")), 0, new Pair(new Scalar("at"), at));
  if (exact === excerpt) return false;
  // An alias (*six) shares its anchor's scalar: correcting the anchor corrects every use.
  const target = isAlias(textNode) ? textNode.resolve(doc) : textNode;
  if (isScalar(target)) target.value = exact;
  return true;
}
