/**
 * Tracing a statement or claim: where it appeared, in date order, who relayed it, its near-duplicates, and a
 * schema.org Claim for a ClaimReview. Every field is batched across the items of a list.
 */
import type { GraphQLResolveInfo } from "graphql";
import { appearancesOf, type AppearanceRow } from "../../graph/appearances";
import { readRows } from "../../graph/read";
import { variantsOf } from "../../graph/variants";
import type { FactgraphContext } from "../context";
import { hydrate } from "../hydrate";
import { loaderFor } from "./batch";
import { projectionFor, type Projection } from "./projection";

type Parent = { id: string; text?: string };
type Label = "Statement" | "Claim";

/**
 * Appearances for a batch of owners, with their articles and relaying outlets as selected: projected in the
 * appearances query itself when the selection allows (projection.ts), else hydrated.
 */
async function loadAppearances(label: Label, ids: readonly string[], info: GraphQLResolveInfo, context: FactgraphContext) {
  const articleProjection = projectionFor(info, ["article"]);
  const outletProjection = projectionFor(info, ["relayedBy"]);
  const rows = await appearancesOf(context.reader, label, ids, { article: articleProjection?.cypher("a"), outlet: outletProjection?.cypher("o") });
  const all = [...rows.values()].flat();
  const projected = (projection: Projection, pick: (r: AppearanceRow) => [string | null, unknown]) =>
    new Map(all.flatMap((r) => {
      const [id, node] = pick(r);
      const shaped = id === null ? null : projection.shape(node);
      return id !== null && shaped ? [[id, shaped] as const] : [];
    }));
  const [articles, outlets] = await Promise.all([
    articleProjection
      ? projected(articleProjection, (r) => [r.article, r.articleNode])
      : hydrate(info, context, "articles", [...new Set(all.map((r) => r.article))], ["article"]),
    outletProjection
      ? projected(outletProjection, (r) => [r.relayedBy, r.relayedByNode])
      : hydrate(info, context, "organizations", [...new Set(all.flatMap((r) => (r.relayedBy ? [r.relayedBy] : [])))], ["relayedBy"]),
  ]);
  const appearance = (r: AppearanceRow) => ({
    article: articles.get(r.article),
    excerpt: r.excerpt,
    start: r.start,
    end: r.end,
    relayedBy: r.relayedBy ? outlets.get(r.relayedBy) ?? null : null,
  });
  return ids.map((id) => (rows.get(id) ?? []).map(appearance));
}

function appearances(label: Label) {
  return (parent: Parent, _: unknown, context: FactgraphContext, info: GraphQLResolveInfo) =>
    loaderFor<string, unknown[]>(context, info, (ids, first) => loadAppearances(label, ids, first, context)).load(parent.id);
}

function firstAppearance(label: Label) {
  return async (parent: Parent, _: unknown, context: FactgraphContext, info: GraphQLResolveInfo) =>
    (await loaderFor<string, unknown[]>(context, info, (ids, first) => loadAppearances(label, ids, first, context)).load(parent.id))[0] ?? null;
}

async function loadVariants(parents: readonly (Parent & { minSimilarity: number })[], info: GraphQLResolveInfo, context: FactgraphContext) {
  const minSimilarity = parents[0]?.minSimilarity ?? 0.5;
  const hits = await variantsOf(context.reader, parents.map((p) => ({ id: p.id, text: p.text ?? "" })), minSimilarity);
  const nodes = await hydrate(info, context, "statements", [...new Set([...hits.values()].flat().map((h) => h.id))], ["statement"]);
  return parents.map((p) => (hits.get(p.id) ?? []).filter((h) => nodes.has(h.id)).map((h) => ({ similarity: h.score, statement: nodes.get(h.id) })));
}

interface ClaimRecord {
  id: string;
  text: string;
  speaker: { type: string; name: string; offices: string[] } | null;
  appearances: { article: string; title: string | null; url: string | null; publishedOn: string | null; publisher: string | null; excerpt: string; relayedBy: string | null }[];
}

/** schema.org Claim JSON-LD (https://schema.org/Claim) for a batch of statements. */
async function loadSchemaOrg(ids: readonly string[], context: FactgraphContext): Promise<unknown[]> {
  const records = await readRows<ClaimRecord>(
    context.reader,
    `UNWIND $ids AS id MATCH (s:Statement {id: id})
     OPTIONAL MATCH (s)-[:SAID_BY]->(who)
     CALL (s) {
       MATCH (s)-[:SUPPORTED_BY]->(ev:Evidence)-[:IN_ARTICLE]->(a:Article)
       WITH s, ev, a ORDER BY a.publishedOn IS NULL, a.publishedOn, a.id, ev.start
       RETURN collect({article: a.id, title: a.title, url: a.url, publishedOn: a.publishedOn, excerpt: ev.excerpt,
                       publisher: [(a)-[:PUBLISHED_BY]->(p) | p.name][0],
                       relayedBy: [(s)<-[:SUBJECT]-(r:Relay)-[:OBJECT]->(o)
                                   WHERE EXISTS { (r)-[:SUPPORTED_BY]->(:Evidence)-[:IN_ARTICLE]->(a) } | o.name][0]}) AS appearances
     }
     RETURN s.id AS id, s.text AS text, appearances,
            CASE WHEN who IS NULL THEN null ELSE {type: [l IN labels(who) WHERE l <> 'Entity'][0], name: who.name,
                 offices: [(who)<-[:SUBJECT]-(o:Office)-[:OBJECT]->(of) | o.title + ', ' + of.name]} END AS speaker`,
    { ids },
  );
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    if (!r) return null;
    const work = (a: ClaimRecord["appearances"][number]) => ({
      "@type": "CreativeWork",
      identifier: a.article,
      ...(a.title ? { headline: a.title } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.publishedOn ? { datePublished: a.publishedOn } : {}),
      ...(a.publisher ? { publisher: { "@type": "Organization", name: a.publisher } } : {}),
      ...(a.relayedBy ? { isBasedOn: { "@type": "CreativeWork", publisher: { "@type": "Organization", name: a.relayedBy } } } : {}),
      text: a.excerpt,
    });
    const first = r.appearances[0];
    return {
      "@context": "https://schema.org",
      "@type": "Claim",
      identifier: r.id,
      text: r.text,
      ...(r.speaker
        ? { author: { "@type": r.speaker.type === "Person" ? "Person" : "Organization", name: r.speaker.name, ...(r.speaker.offices[0] ? { jobTitle: r.speaker.offices[0] } : {}) } }
        : {}),
      ...(first?.publishedOn ? { datePublished: first.publishedOn } : {}),
      appearance: r.appearances.map(work),
      ...(first ? { firstAppearance: work(first) } : {}),
    };
  });
}

export const traceResolvers = {
  Statement: {
    appearances: appearances("Statement"),
    firstAppearance: firstAppearance("Statement"),
    variants: (parent: Parent, args: { minSimilarity: number }, context: FactgraphContext, info: GraphQLResolveInfo) =>
      loaderFor<Parent & { minSimilarity: number }, unknown[]>(context, info, (keys, first) => loadVariants(keys, first, context), (k) => k.id).load({
        ...parent,
        minSimilarity: args.minSimilarity,
      }),
    schemaOrg: (parent: Parent, _: unknown, context: FactgraphContext, info: GraphQLResolveInfo) =>
      loaderFor<string, unknown>(context, info, (ids) => loadSchemaOrg(ids, context)).load(parent.id),
  },
  Claim: {
    appearances: appearances("Claim"),
    firstAppearance: firstAppearance("Claim"),
  },
};
