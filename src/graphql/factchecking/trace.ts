/**
 * Tracing a statement or claim: where it appeared, in date order, who relayed it, its near-duplicates, and a
 * schema.org Claim for a ClaimReview. Every field is batched across the items of a list.
 */
import { isObjectType, Kind, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { appearancesOf, type AppearanceRow } from "../../graph/appearances";
import { readRows } from "../../graph/read";
import { variantsOf } from "../../graph/variants";
import type { FactgraphContext } from "../context";
import { hydrate } from "../hydrate";
import { loaderFor } from "./batch";
import { projectionFor } from "./projection";

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
  const [articles, outlets] = await Promise.all([
    articleProjection
      ? articleProjection.shapeAll(all.map((r) => [r.article, r.articleNode] as const))
      : hydrate(info, context, "articles", [...new Set(all.map((r) => r.article))], ["article"]),
    outletProjection
      ? outletProjection.shapeAll(all.flatMap((r) => (r.relayedBy ? [[r.relayedBy, r.relayedByNode] as const] : [])))
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

/** The loader of one `appearances` or `firstAppearance` selection: both load every appearance of their owners. */
const appearanceLoader = (label: Label, context: FactgraphContext, info: GraphQLResolveInfo) =>
  loaderFor<string, unknown[]>(context, info, (ids, first) => loadAppearances(label, ids, first, context));

function appearances(label: Label) {
  return (parent: Parent, _: unknown, context: FactgraphContext, info: GraphQLResolveInfo) => appearanceLoader(label, context, info).load(parent.id);
}

function firstAppearance(label: Label) {
  return async (parent: Parent, _: unknown, context: FactgraphContext, info: GraphQLResolveInfo) => (await appearanceLoader(label, context, info).load(parent.id))[0] ?? null;
}

/** The ids a generated list query asks for when its filter is exactly `where: { id: { eq } }` or `{ id: { in } }`. */
function idsAskedFor(args: Record<string, unknown>): string[] | undefined {
  const where = args.where as Record<string, unknown> | undefined;
  if (!where || Object.keys(where).length !== 1) return undefined;
  const id = where.id as Record<string, unknown> | undefined;
  if (!id || Object.keys(id).length !== 1) return undefined;
  if (typeof id.eq === "string") return [id.eq];
  if (Array.isArray(id.in) && id.in.length <= 100 && id.in.every((x) => typeof x === "string")) return id.in as string[];
  return undefined;
}

/**
 * A trace (`statements(where: { id: { eq: … } }) { … appearances { … } }`) needs two queries: the generated
 * one for the statement, then the appearances, which could only start once the statement came back, though
 * they need nothing from it but the id the client already gave. So when the filter is exactly an id (or a list
 * of ids), the appearances selected directly under the list are loaded at once, in parallel with the generated
 * query, through the very loader their resolver will use (same field node, same info as graphql-js will give
 * it), which then finds them cached. An id that matches nothing costs one wasted read; the answer is the same.
 */
function prefetchAppearances(label: Label, args: Record<string, unknown>, context: FactgraphContext, info: GraphQLResolveInfo): void {
  const ids = idsAskedFor(args);
  if (!ids?.length || info.fieldNodes.length !== 1) return;
  const selections = info.fieldNodes[0].selectionSet?.selections ?? [];
  // With fragments graphql-js may order (and merge) the field nodes differently: leave those to the resolvers.
  if (selections.some((s) => s.kind !== Kind.FIELD)) return;
  const parentType = info.schema.getType(label);
  if (!isObjectType(parentType)) return;
  const seen = new Set<string>();
  for (const selection of selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    const first = !seen.has(key);
    seen.add(key);
    const name = selection.name.value;
    if (!first || (name !== "appearances" && name !== "firstAppearance") || selection.directives?.length) continue;
    const field = parentType.getFields()[name];
    if (!field) continue;
    const childInfo: GraphQLResolveInfo = { ...info, fieldName: name, fieldNodes: [selection], returnType: field.type, parentType, path: { prev: info.path, key, typename: label } };
    const loader = appearanceLoader(label, context, childInfo);
    // Errors surface (and are retried) when the resolver loads the same key; none may go unhandled here.
    for (const id of ids) loader.load(id).catch(() => undefined);
  }
}

/** Wraps the generated `statements` and `claims` queries so that traces by id start their appearances at once. */
export function withTracePrefetch(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, label] of [["statements", "Statement"], ["claims", "Claim"]] as const) {
    const field = fields[name];
    const resolve = field?.resolve;
    if (!field || !resolve) continue;
    field.resolve = (source, args, context: FactgraphContext, info) => {
      prefetchAppearances(label, args, context, info);
      return resolve(source, args, context, info);
    };
  }
  return schema;
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
