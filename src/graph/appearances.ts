/**
 * Where statements and claims appear: one row per supporting span, with its article's date and the outlet the
 * article credits in a Relay whose evidence is in that same article.
 */
import { readRows, type Reader } from "./read";

export interface AppearanceRow {
  owner: string;
  article: string;
  start: number;
  end: number;
  excerpt: string;
  publishedOn: string | null;
  relayedBy: string | null;
  /** The article as `project.article` returned it, when asked. */
  articleNode?: unknown;
  /** The relaying outlet as `project.outlet` returned it, when asked. */
  relayedByNode?: unknown;
}

/**
 * Cypher map projections of the article (`a`) and the relaying outlet (`o`) to return with each appearance,
 * built by the caller from the schema, never from request text (see src/graphql/factchecking/projection.ts).
 */
export interface AppearanceProjections {
  article?: string;
  outlet?: string;
}

const QUERIES = {
  Statement: "MATCH (f:Statement {id: id})",
  Claim: "MATCH (f:Claim {id: id})",
} as const;

/** Appearances of many statements (or claims) in one query, each owner's oldest article first. */
export async function appearancesOf(
  reader: Reader,
  label: keyof typeof QUERIES,
  ids: readonly string[],
  project: AppearanceProjections = {},
): Promise<Map<string, AppearanceRow[]>> {
  const rows = await readRows<AppearanceRow>(
    reader,
    // The owner's relays and the articles their evidence is in, gathered once per owner: checking each
    // appearance's article for a relay span instead walks every span of that article (PROFILE: 1,794 db hits
    // for a 12-appearance statement before, 243 after).
    `UNWIND $ids AS id ${QUERIES[label]}
     WITH f, COLLECT { MATCH (f)<-[:SUBJECT]-(r:Relay)-[:OBJECT]->(o:Organization)
                       MATCH (r)-[:SUPPORTED_BY]->(:Evidence)-[:IN_ARTICLE]->(ra:Article)
                       RETURN {article: ra.id, outlet: o.id${project.outlet ? `, node: ${project.outlet}` : ""}} } AS relays
     MATCH (f)-[:SUPPORTED_BY]->(ev:Evidence)-[:IN_ARTICLE]->(a:Article)
     RETURN f.id AS owner, a.id AS article, ev.start AS start, ev.end AS end, ev.excerpt AS excerpt,
            a.publishedOn AS publishedOn, [x IN relays WHERE x.article = a.id | x.outlet][0] AS relayedBy${project.article ? `,
            ${project.article} AS articleNode` : ""}${project.outlet ? `,
            [x IN relays WHERE x.article = a.id | x.node][0] AS relayedByNode` : ""}
     ORDER BY owner, a.publishedOn IS NULL, a.publishedOn, a.id, start`,
    { ids },
  );
  const byOwner = new Map<string, AppearanceRow[]>(ids.map((id) => [id, []]));
  for (const row of rows) byOwner.get(row.owner)?.push({ ...row, start: Number(row.start), end: Number(row.end) });
  return byOwner;
}
