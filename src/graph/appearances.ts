/**
 * Where statements and claims appear: one appearance per supporting span, in its article's date order, with
 * the outlet the article credits in a Relay whose evidence is in that same article.
 */
import type { Graph } from "./graph";

export interface AppearanceRow {
  article: string;
  start: number;
  end: number;
  excerpt: string;
  relayedBy: string | null;
  /** The article as `project.article` returned it, when asked. */
  articleNode?: unknown;
  /** The relaying outlet as `project.outlet` returned it, when asked. */
  relayedByNode?: unknown;
}

/**
 * Cypher map projections of the article (`a`) and the relaying outlet (`o`) to return with each appearance,
 * built by the caller from the schema, never from request text (see src/graphql/translate/projection.ts).
 */
export interface AppearanceProjections {
  article?: string;
  outlet?: string;
  /** The statement or claim itself (`f`), returned for every owner found. */
  owner?: string;
}

export interface Appearances {
  /** Each id's appearances, oldest article first; every id asked for has an entry. */
  byOwner: Map<string, AppearanceRow[]>;
  /** The owners found, as `project.owner` returned them (empty unless asked). */
  owners: Map<string, unknown>;
}

const QUERIES = {
  Statement: "MATCH (f:Statement {id: id})",
  Claim: "MATCH (f:Claim {id: id})",
} as const;

/** Appearances of many statements (or claims) in one query, each owner's oldest article first. */
export async function appearancesOf(
  graph: Graph,
  label: keyof typeof QUERIES,
  ids: readonly string[],
  project: AppearanceProjections = {},
): Promise<Appearances> {
  // The owner's relays and the articles their evidence is in, gathered once per owner: checking each
  // appearance's article for a relay span instead walks every span of that article. One row per owner, its
  // appearances collected in order, because sorting a row per appearance as a whole is slower (bench/HISTORY.md).
  const rows = await graph.read<{ owner: string; ownerNode?: unknown; appearances: AppearanceRow[] }>(
    `UNWIND $ids AS id ${QUERIES[label]}
     WITH f, COLLECT { MATCH (f)<-[:SUBJECT]-(r:Relay)-[:OBJECT]->(o:Organization)
                       MATCH (r)-[:SUPPORTED_BY]->(:Evidence)-[:IN_ARTICLE]->(ra:Article)
                       RETURN {article: ra.id, outlet: o.id${project.outlet ? `, node: ${project.outlet}` : ""}} } AS relays
     RETURN f.id AS owner${project.owner ? `, ${project.owner} AS ownerNode` : ""},
            COLLECT { MATCH (f)-[:SUPPORTED_BY]->(ev:Evidence)-[:IN_ARTICLE]->(a:Article)
                      WITH ev, a ORDER BY a.publishedOn IS NULL, a.publishedOn, a.id, ev.start
                      RETURN {article: a.id, start: ev.start, end: ev.end, excerpt: ev.excerpt,
                              relayedBy: [x IN relays WHERE x.article = a.id | x.outlet][0]${project.article ? `,
                              articleNode: ${project.article}` : ""}${project.outlet ? `,
                              relayedByNode: [x IN relays WHERE x.article = a.id | x.node][0]` : ""}} } AS appearances`,
    { ids },
  );
  const byOwner = new Map<string, AppearanceRow[]>(ids.map((id) => [id, []]));
  const owners = new Map<string, unknown>();
  for (const row of rows) {
    if (project.owner) owners.set(row.owner, row.ownerNode);
    byOwner.set(row.owner, row.appearances.map((a) => ({ ...a, start: Number(a.start), end: Number(a.end) })));
  }
  return { byOwner, owners };
}
