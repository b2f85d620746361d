/**
 * Tracing a statement or claim: where it appeared, in date order, who relayed it, its near-duplicates, and a
 * schema.org Claim for a ClaimReview. Every field is batched across the items of a list.
 */
import { isObjectType, Kind, type GraphQLResolveInfo } from "graphql";
import { appearancesOf, type AppearanceRow } from "../../graph/appearances";
import { variantsOf } from "../../graph/variants";
import { statementRecords, type StatementRecord } from "../../graph/statement-records";
import type { FactgraphContext } from "../context";
import type { OwnReadFor } from "../translate/dispatch";
import { hydrate } from "../translate/hydrate";
import { loaderFor } from "./batch";
import { projectionFor } from "../translate/projection";

type Parent = { id: string; text?: string };
type Label = "Statement" | "Claim";

/** The projections of an appearance's article and relaying outlet its selection allows (../translate/projection.ts). */
function appearanceProjections(info: GraphQLResolveInfo) {
  const article = projectionFor(info, ["article"]);
  const outlet = projectionFor(info, ["relayedBy"]);
  return { article, outlet, cypher: { article: article?.cypher("a"), outlet: outlet?.cypher("o") } };
}

/** The appearances of each id as the client selected them: articles and outlets projected when possible, else hydrated. */
async function appearancesFrom(
  byOwner: Map<string, AppearanceRow[]>,
  ids: readonly string[],
  projections: ReturnType<typeof appearanceProjections>,
  info: GraphQLResolveInfo,
  context: FactgraphContext,
) {
  const all = [...byOwner.values()].flat();
  const [articles, outlets] = await Promise.all([
    projections.article
      ? projections.article.shapeAll(all.map((r) => [r.article, r.articleNode] as const))
      : hydrate(info, context, "articles", [...new Set(all.map((r) => r.article))], ["article"]),
    projections.outlet
      ? projections.outlet.shapeAll(all.flatMap((r) => (r.relayedBy ? [[r.relayedBy, r.relayedByNode] as const] : [])))
      : hydrate(info, context, "organizations", [...new Set(all.flatMap((r) => (r.relayedBy ? [r.relayedBy] : [])))], ["relayedBy"]),
  ]);
  const appearance = (r: AppearanceRow) => ({
    article: articles.get(r.article),
    excerpt: r.excerpt,
    start: r.start,
    end: r.end,
    relayedBy: r.relayedBy ? outlets.get(r.relayedBy) ?? null : null,
  });
  return ids.map((id) => (byOwner.get(id) ?? []).map(appearance));
}

async function loadAppearances(label: Label, ids: readonly string[], info: GraphQLResolveInfo, context: FactgraphContext) {
  const projections = appearanceProjections(info);
  const { byOwner } = await appearancesOf(context.graph, label, ids, projections.cypher);
  return appearancesFrom(byOwner, ids, projections, info, context);
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

const APPEARANCE_FIELDS: ReadonlySet<string> = new Set(["appearances", "firstAppearance"]);
/** The generated `statements` and `claims` lists' @limit(default: 50) in schema/factgraph.graphql. */
const DEFAULT_LIMIT = 50;

/** The ids a generated list query asks for when its only argument is exactly `where: { id: { eq } }` or `{ id: { in } }`. */
function idsAskedFor(args: Record<string, unknown>): string[] | undefined {
  if (Object.entries(args).some(([name, value]) => name !== "where" && value != null)) return undefined;
  const where = args.where as Record<string, unknown> | undefined;
  if (!where || Object.keys(where).length !== 1) return undefined;
  const id = where.id as Record<string, unknown> | undefined;
  if (!id || Object.keys(id).length !== 1) return undefined;
  if (typeof id.eq === "string") return [id.eq];
  if (Array.isArray(id.in) && id.in.length <= 100 && id.in.every((x) => typeof x === "string")) return [...new Set(id.in as string[])];
  return undefined;
}

/**
 * The `appearances` and `firstAppearance` selected directly under the list, each with the info graphql-js
 * will give its resolver (same field node, so the same loader); undefined when fragments may make graphql-js
 * order or merge the field nodes differently.
 */
function appearanceSelections(label: Label, info: GraphQLResolveInfo): GraphQLResolveInfo[] | undefined {
  if (info.fieldNodes.length !== 1) return undefined;
  const selections = info.fieldNodes[0].selectionSet?.selections ?? [];
  if (selections.some((s) => s.kind !== Kind.FIELD)) return undefined;
  const parentType = info.schema.getType(label);
  if (!isObjectType(parentType)) return undefined;
  const seen = new Set<string>();
  const found: GraphQLResolveInfo[] = [];
  for (const selection of selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    const first = !seen.has(key);
    seen.add(key);
    const name = selection.name.value;
    if (!APPEARANCE_FIELDS.has(name)) continue;
    if (!first || selection.directives?.length) return undefined;
    const field = parentType.getFields()[name];
    if (!field) return undefined;
    found.push({ ...info, fieldName: name, fieldNodes: [selection], returnType: field.type, parentType, path: { prev: info.path, key, typename: label } });
  }
  // An alias `id` on another field would hide the id the appearances are loaded by.
  if (selections.some((s) => s.kind === Kind.FIELD && s.alias?.value === "id" && s.name.value !== "id")) return undefined;
  return found;
}

/**
 * A trace by id (`statement(id: …)`, or `statements(where: { id: { eq: … } })`, `{ id text speaker { … } appearances { … } }`) in one
 * query: the statements, projected as selected, with their appearances, which prime the loader their resolver
 * will use. Through the generated resolver the same trace takes two transactions and a translation by
 * @neo4j/graphql, a fixed cost larger than the database work (bench/README.md). Undefined when the selection
 * needs more than projection gives (a connection, `variants`, two appearance selections): the caller
 * then takes the generated path.
 */
function traceById(label: Label, ids: string[], context: FactgraphContext, info: GraphQLResolveInfo): Promise<unknown[]> | undefined {
  if (ids.length > DEFAULT_LIMIT) return undefined;
  const selections = appearanceSelections(label, info);
  if (!selections || selections.length > 1) return undefined;
  const owner = projectionFor(info, [], { resolvedApart: APPEARANCE_FIELDS });
  if (!owner) return undefined;
  const [appearanceInfo] = selections;
  return (async () => {
    const projections = appearanceInfo ? appearanceProjections(appearanceInfo) : undefined;
    const { byOwner, owners } = await appearancesOf(context.graph, label, ids, { ...projections?.cypher, owner: owner.cypher("f") });
    const found = ids.filter((id) => owners.has(id));
    if (appearanceInfo && projections) {
      const values = await appearancesFrom(byOwner, found, projections, appearanceInfo, context);
      const loader = appearanceLoader(label, context, appearanceInfo);
      found.forEach((id, i) => loader.prime(id, values[i]));
    }
    return found.map((id) => owner.shape(owners.get(id)));
  })();
}

/**
 * When a trace by id needs the generated resolver after all, its appearances need nothing from the statement
 * but the id the client already gave: they start at once, in parallel with the generated query, through the
 * loader their resolver will use, which then finds them cached. An id that matches nothing costs one wasted
 * read; the answer is the same.
 */
function prefetchAppearances(label: Label, ids: string[], context: FactgraphContext, info: GraphQLResolveInfo): void {
  for (const selection of appearanceSelections(label, info) ?? []) {
    const loader = appearanceLoader(label, context, selection);
    // Errors surface (and are retried) when the resolver loads the same key; none may go unhandled here.
    for (const id of ids) loader.load(id).catch(() => undefined);
  }
}

const TRACED: Record<string, { label: Label; single: boolean }> = {
  statements: { label: "Statement", single: false },
  claims: { label: "Claim", single: false },
  statement: { label: "Statement", single: true },
  claim: { label: "Claim", single: true },
};

/**
 * The read of the `statements` and `claims` queries and the `statement(id:)` and `claim(id:)` lookups: a trace
 * by id in one query; when the selection rules that out, the appearances are fetched alongside the other reads.
 */
export const traceRead: OwnReadFor = (_, field) => {
  const traced = TRACED[field.name];
  if (!traced) return undefined;
  const { label, single } = traced;
  return (args, context, info) => {
    const ids = single ? [String(args.id)] : idsAskedFor(args);
    const found = ids && traceById(label, ids, context, info);
    if (found) return single ? found.then((nodes) => nodes[0] ?? null) : found;
    if (ids?.length) prefetchAppearances(label, ids, context, info);
    return undefined;
  };
};

async function loadVariants(parents: readonly (Parent & { minSimilarity: number })[], info: GraphQLResolveInfo, context: FactgraphContext) {
  const minSimilarity = parents[0]?.minSimilarity ?? 0.5;
  const hits = await variantsOf(context.graph, parents.map((p) => ({ id: p.id, text: p.text ?? "" })), minSimilarity);
  const nodes = await hydrate(info, context, "statements", [...new Set([...hits.values()].flat().map((h) => h.id))], ["statement"]);
  return parents.map((p) => (hits.get(p.id) ?? []).filter((h) => nodes.has(h.id)).map((h) => ({ similarity: h.score, statement: nodes.get(h.id) })));
}

/** schema.org Claim JSON-LD (https://schema.org/Claim) for a batch of statements. */
async function loadSchemaOrg(ids: readonly string[], context: FactgraphContext): Promise<unknown[]> {
  const records = await statementRecords(context.graph, ids);
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    if (!r) return null;
    const work = (a: StatementRecord["appearances"][number]) => ({
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
