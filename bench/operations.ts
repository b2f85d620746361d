/**
 * The operations benchmarked, each twice: the GraphQL request a client sends, and the floor, the same answer
 * fetched by the best hand-written Cypher through neo4j-driver in one round trip (plus, for the searches, the
 * same re-ranking in TypeScript the server does). `answer` pulls the floor-shaped answer out of the GraphQL
 * response, so bench/run.ts can check that both return the same data before it times them.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { sentenceEncoder } from "../src/embedding/encoder";
import { corpusStats, matchAgainst, prepareClaimQuery, type ClaimCorpusStats } from "../src/graph/claim-match";
import { FACT_CHECK_THRESHOLD, factCheckScore } from "../src/graph/fact-check-search";
import { CITED_PATH_NODE, MAX_PATHS, storiesOf, TRAVERSED, type RawPath } from "../src/graph/paths";
import { nameKey } from "../src/graph/model";
import { CANDIDATES, INDEXES, luceneQuery, normalizeQuery, rerank } from "../src/graph/quote-search";
import { FEED_QUOTATIONS, FEED_REVIEWS, generatedReviews } from "./import-data";
import { TARGETS } from "./synthetic/targets";
import { Graph } from "../src/graph/graph";

type Row = Record<string, unknown>;

export interface Operation {
  name: string;
  /** A lookup by index whose cost should not grow with the corpus (the "< 2x from 10k to 1M" target). */
  indexed: boolean;
  query: string;
  variables: Record<string, unknown>;
  /** The answer inside the GraphQL response's `data`. */
  answer(data: Row): unknown;
  floor(driver: Driver): Promise<unknown>;
  /** The ids of the answer in answer order: the first check that both sides agree. */
  ids(answer: unknown): string[];
}

/**
 * The floor reads as the server's own queries do (src/graph/graph.ts, `Graph.read`: one auto-commit query in a READ session),
 * the fastest way through neo4j-driver: executeQuery's managed transaction costs two more socket writes and a
 * round trip (bench/HISTORY.md).
 */
const read = (driver: Driver, cypher: string, params: Record<string, unknown>) => new Graph(driver).read<Row>(cypher, params);

/** The same name resolution as src/graph/names.ts (exact primary name first, then most evidence). */
const RESOLVE = (variable: string, label: string, key: string, name: string) =>
  `MATCH (:Name {key: $${key}})-[:NAMES]->(${variable}:${label})
   WITH ${variable} ORDER BY CASE WHEN toLower(${variable}.name) = toLower(trim($${name})) THEN 0 ELSE 1 END,
        COUNT { (${variable})-[:SUPPORTED_BY]->() } DESC, ${variable}.id LIMIT 1`;

/** Every `id` in a JSON value, depth first. */
export function allIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) allIds(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "id" && typeof v === "string") out.push(v);
      else allIds(v, out);
    }
  }
  return out;
}

/** The page a nested list gets when the query sets no limit: the @limit(default: 50) of schema/factgraph.graphql. */
const DEFAULT_PAGE = 50;

const person: Operation = {
  name: "person by name with offices, stances, statements",
  indexed: false,
  query: `query Person($name: String!) {
  person(name: $name) {
    id name party
    offices(sort: [{ id: ASC }]) { id title of { id name } }
    stances(sort: [{ id: ASC }]) { id position law { id name } program { id name } }
    statements: recentStatements(limit: 10) { id text saidOn kind }
  }
}`,
  variables: { name: TARGETS.speaker.name },
  answer: (data) => data.person,
  floor: async (driver) => {
    const [row] = await read(
      driver,
      `${RESOLVE("p", "Person", "key", "name")}
       RETURN p { .id, .name,
         party: COLLECT { MATCH (p)<-[:SUBJECT]-(:Membership)-[:OBJECT]->(o:Organization {kind: 'PARTY'}) RETURN o.name AS n ORDER BY n LIMIT 1 }[0],
         offices: COLLECT { MATCH (p)<-[:SUBJECT]-(o:Office) WITH o ORDER BY o.id LIMIT $page
                            RETURN o { .id, .title, of: [(o)-[:OBJECT]->(x:Entity) | x { .id, .name }][0] } },
         stances: COLLECT { MATCH (p)<-[:SUBJECT]-(s:Stance) WITH s ORDER BY s.id LIMIT $page
                            RETURN s { .id, .position, law: [(s)-[:OBJECT]->(l:Law) | l { .id, .name }][0],
                                       program: [(s)-[:OBJECT]->(g:Program) | g { .id, .name }][0] } },
         statements: COLLECT { MATCH (p)<-[:SAID_BY]-(st:Statement) WITH st ORDER BY st.saidOn IS NULL, st.saidOn DESC, st.id ASC LIMIT 10
                               RETURN st { .id, .text, .saidOn, .kind } }
       } AS person`,
      { key: nameKey(TARGETS.speaker.name), name: TARGETS.speaker.name, page: neo4j.int(DEFAULT_PAGE) },
    );
    return row?.person ?? null;
  },
  ids: (answer) => ((answer as { statements: { id: string }[] }).statements ?? []).map((s) => s.id),
};

function search(kind: "statement" | "claim"): Operation {
  const statement = kind === "statement";
  const text = statement ? TARGETS.signature.misquote : TARGETS.claim.misquote;
  const field = statement ? "searchStatements" : "searchClaims";
  const selection = statement ? "statement { id text speaker { id name } }" : "claim { id text value unit source { id name } }";
  const limit = 5;
  return {
    name: statement ? "searchStatements (misquote)" : "searchClaims (misremembered figure)",
    indexed: true,
    query: `query Search($q: String!, $limit: Int) { ${field}(query: $q, limit: $limit) { score ${selection} } }`,
    variables: { q: text, limit },
    answer: (data) => data[field],
    floor: async (driver) => {
      const query = normalizeQuery(text);
      const rows = await read(
        driver,
        `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node, score
         RETURN node.id AS id, node.text AS text, score, node ${statement ? "{ .id, .text, speaker: [(node)-[:SAID_BY]->(e:Entity) | e { .id, .name }][0] }" : "{ .id, .text, .value, .unit, source: [(node)-[:CREDITED_TO]->(e:Entity) | e { .id, .name }][0] }"} AS hit`,
        { index: statement ? INDEXES.statements : INDEXES.claims, lucene: luceneQuery(query), limit: neo4j.int(CANDIDATES) },
      );
      const byId = new Map(rows.map((r) => [r.id as string, r.hit]));
      const hits = rerank(query, rows.map((r) => ({ id: r.id as string, text: (r.text as string) ?? "", luceneScore: r.score as number })), limit);
      return hits.map((h) => ({ score: h.score, [kind]: byId.get(h.id) }));
    },
    ids: (answer) => (answer as Row[]).map((h) => (h[kind] as { id: string }).id),
  };
}

const trace: Operation = {
  name: "statement trace with appearances",
  indexed: true,
  // statement(id:) since run 23 (statements(where: { id: { eq: $id } }) before: the same query of ours, less
  // argument coercion; fix 13 in bench/HISTORY.md).
  query: `query Trace($id: ID!) {
  statement(id: $id) {
    id text speaker { id name }
    appearances { excerpt start end article { id publishedOn } relayedBy { id name } }
  }
}`,
  variables: { id: TARGETS.signature.id },
  answer: (data) => (data.statement ? [data.statement] : []),
  floor: async (driver) =>
    (
      await read(
        driver,
        // The relays gathered once, not looked up per appearance: 0.85 ms against 1.5 ms at 1M statements.
        `MATCH (s:Statement {id: $id})
         WITH s, COLLECT { MATCH (s)<-[:SUBJECT]-(r:Relay)-[:OBJECT]->(o:Organization)
                           MATCH (r)-[:SUPPORTED_BY]->(:Evidence)-[:IN_ARTICLE]->(ra:Article)
                           RETURN {article: ra.id, outlet: o { .id, .name }} } AS relays
         RETURN s { .id, .text,
           speaker: [(s)-[:SAID_BY]->(e:Entity) | e { .id, .name }][0],
           appearances: COLLECT {
             MATCH (s)-[:SUPPORTED_BY]->(ev:Evidence)-[:IN_ARTICLE]->(a:Article)
             WITH ev, a ORDER BY a.publishedOn IS NULL, a.publishedOn, a.id, ev.start
             RETURN { excerpt: ev.excerpt, start: ev.start, end: ev.end, article: a { .id, .publishedOn },
                      relayedBy: [x IN relays WHERE x.article = a.id | x.outlet][0] }
           }
         } AS s`,
        { id: TARGETS.signature.id },
      )
    ).map((r) => r.s),
  ids: (answer) => (answer as { appearances: { article: { id: string } }[] }[]).flatMap((s) => s.appearances.map((a) => a.article.id)),
};

const MAX_HOPS = 4;
const connections: Operation = {
  name: "connections over 4 hops",
  indexed: false,
  query: `query Connections($from: String!, $to: String!, $maxHops: Int) {
  connections(from: $from, to: $to, maxHops: $maxHops) {
    steps { from { id name } to { id name } relation forward evidence { id excerpt } }
  }
}`,
  variables: { from: TARGETS.speaker.name, to: TARGETS.chainEnd.name, maxHops: MAX_HOPS },
  answer: (data) => data.connections,
  floor: async (driver) => {
    const rows = await read(
      driver,
      `CALL { ${RESOLVE("a", "Entity", "fromKey", "from")} RETURN a }
       CALL { ${RESOLVE("b", "Entity", "toKey", "to")} RETURN b }
       WITH a, b WHERE a <> b
       MATCH p = allShortestPaths((a)-[:${TRAVERSED}*..${MAX_HOPS * 3}]-(b))
       WITH p LIMIT ${MAX_PATHS}
       RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), name: n.name, title: n.title, position: n.position,
                 relation: n.relation, evidence: CASE WHEN ${CITED_PATH_NODE} THEN [(n)-[:SUPPORTED_BY]->(ev) | ev { .id, .excerpt }] ELSE [] END}] AS nodes,
              [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id}] AS edges`,
      { fromKey: nameKey(TARGETS.speaker.name), from: TARGETS.speaker.name, toKey: nameKey(TARGETS.chainEnd.name), to: TARGETS.chainEnd.name },
    );
    const names = new Map<string, string>();
    const excerpts = new Map<string, string>();
    const raw = rows.map((row) => {
      const nodes = (row.nodes as (Omit<RawPath["nodes"][number], "evidence"> & { evidence: { id: string; excerpt: string }[] })[]).map((n) => {
        if (n.name !== null) names.set(n.id, n.name);
        for (const e of n.evidence) excerpts.set(e.id, e.excerpt);
        return { ...n, evidence: n.evidence.map((e) => e.id) };
      });
      return { nodes, edges: row.edges as RawPath["edges"] };
    });
    return storiesOf(raw, MAX_HOPS).map((path) => ({
      steps: path.map((h) => ({
        from: { id: h.from, name: names.get(h.from) },
        to: { id: h.to, name: names.get(h.to) },
        relation: h.relation,
        forward: h.forward,
        evidence: h.evidence.map((id) => ({ id, excerpt: excerpts.get(id) })),
      })),
    }));
  },
  ids: (answer) => (answer as { steps: { from: { id: string }; to: { id: string } }[] }[]).flatMap((p) => p.steps.flatMap((s) => [s.from.id, s.to.id])),
};

const PAGE = 3;
const cursor = (offset: number) => Buffer.from(`arrayconnection:${offset}`).toString("base64");
const generic: Operation = {
  name: "nested query with filters and pagination (page 2)",
  indexed: false,
  query: `query Quotes($name: String!, $period: String!, $first: Int, $after: String) {
  people(where: { name: { eq: $name } }) {
    id name
    statementsConnection(first: $first, after: $after,
        where: { node: { kind: { eq: DIRECT_QUOTE }, saidOn: { startsWith: $period } } },
        sort: [{ node: { saidOn: DESC } }, { node: { id: ASC } }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id text saidOn about { id name } evidence { id article { id publishedOn publisher { id name } } } } }
    }
  }
}`,
  variables: { name: TARGETS.speaker.name, period: TARGETS.period, first: PAGE, after: cursor(PAGE - 1) },
  answer: (data) => data.people,
  floor: async (driver) => {
    const rows = await read(
      driver,
      `MATCH (p:Entity {name: $name}) WHERE p:Person
       CALL (p) {
         MATCH (p)<-[:SAID_BY]-(s:Statement) WHERE s.kind = 'DIRECT_QUOTE' AND s.saidOn STARTS WITH $period
         WITH s ORDER BY s.saidOn DESC, s.id ASC
         WITH collect(s) AS matched
         RETURN size(matched) AS total, matched[$skip..$skip + $first] AS page
       }
       RETURN p { .id, .name } AS person, total,
              [s IN page | s { .id, .text, .saidOn,
                 about: [(s)-[:ABOUT]->(x:Entity) | x { .id, .name }],
                 evidence: [(s)-[:SUPPORTED_BY]->(ev:Evidence) | ev { .id,
                   article: [(ev)-[:IN_ARTICLE]->(a:Article) | a { .id, .publishedOn,
                     publisher: [(a)-[:PUBLISHED_BY]->(o:Organization) | o { .id, .name }][0] }][0] }] }] AS page`,
      { name: TARGETS.speaker.name, period: TARGETS.period, skip: neo4j.int(PAGE), first: neo4j.int(PAGE) },
    );
    return rows.map((r) => {
      const page = r.page as Row[];
      return {
        ...(r.person as Row),
        statementsConnection: {
          totalCount: r.total,
          // Offset cursors, as @neo4j/graphql's: the last edge's offset; none on an empty page.
          pageInfo: { hasNextPage: PAGE + page.length < (r.total as number), endCursor: page.length ? cursor(PAGE + page.length - 1) : null },
          edges: page.map((node) => ({ node })),
        },
      };
    });
  },
  ids: (answer) => (answer as { statementsConnection: { edges: { node: { id: string } }[] } }[]).flatMap((p) => p.statementsConnection.edges.map((e) => e.node.id)),
};

/** Claims bench/factchecks.ts asks about: this many, spread evenly over the feed's reviews. */
export const SAMPLED_CLAIMS = 42;

/** Reviewed claims spread evenly over the review feed the corpus loads, drawn again from its generator. */
export function* sampledClaims(count = SAMPLED_CLAIMS): Generator<string> {
  const stride = Math.floor(FEED_REVIEWS / count);
  let i = 0;
  let picked = 0;
  for (const review of generatedReviews({ quotations: FEED_QUOTATIONS, reviews: FEED_REVIEWS })) {
    if (picked === count) return;
    if (i++ % stride === Math.floor(stride / 3)) {
      picked++;
      yield review.claimReviewed;
    }
  }
}

/** How people reword a claim they half remember: a fragment, a relayed paraphrase, a typo, a lead-in. */
export function claimVariant(claim: string, k: number): string {
  const words = claim.replace(/^Says /, "").replace(/[.]$/, "").split(/\s+/);
  const n = words.length;
  switch (k % 5) {
    case 0: // the middle 60%
      return words.slice(Math.floor(n * 0.2), Math.max(Math.floor(n * 0.2) + 4, Math.ceil(n * 0.8))).join(" ");
    case 1: // relayed, a word dropped
      return `someone posted that ${words.filter((_, i) => i !== Math.floor(n / 2)).join(" ")}`;
    case 2: {
      // a typo in the longest word, the last two words forgotten
      const w = [...words];
      const at = w.reduce((best, x, i) => (x.length > w[best].length ? i : best), 0);
      const x = w[at];
      if (x.length > 4) w[at] = x.slice(0, 2) + x[3] + x[2] + x.slice(4);
      return w.slice(0, Math.max(4, n - 2)).join(" ");
    }
    case 3: // a lead-in and the first eight words
      return `the governor says ${words.slice(0, 8).join(" ")}`;
    default: // the whole claim, lower case, without "Says"
      return words.join(" ").toLowerCase();
  }
}

/** Claims no review in the feed is about. */
export const UNREVIEWED_CLAIMS = [
  "the moon landing was filmed in a studio in nevada",
  "drinking bleach cures the flu in two days",
  "5g towers spread the virus across europe",
  "the eiffel tower will be sold to a chinese company next year",
  "sharks were seen swimming on the highway after the hurricane",
  "bill gates owns most of the farmland in antarctica",
  "a vaccine changes your dna within a week",
  "wind turbines cause cancer in cows",
];

export const FACT_CHECKS_QUERY = `query FactChecks($q: String!) { factChecks(query: $q, limit: 5) { score factCheck { id url claimReviewed textualRating publisher { name } } } }`;
export const FACT_CHECKS_FLOOR = `CALL () {
  CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node RETURN node
  UNION
  CALL db.index.vector.queryNodes('factcheck_claim_embedding', 20, $embedding) YIELD node RETURN node
}
RETURN node.id AS id, node.claimReviewed AS text, vector.similarity.cosine(node.claimEmbedding, $embedding) * 2 - 1 AS cosine,
       node { .id, .url, .claimReviewed, .textualRating, publisher: [(node)-[:PUBLISHED_BY]->(p) | p { .name }][0] } AS factCheck`;

export interface FactCheckHit {
  score: number;
  factCheck: { id: string; url: string; claimReviewed: string; textualRating: string | null; publisher: { name: string } | null };
}

const claimStats = new WeakMap<Driver, Promise<ClaimCorpusStats>>();
/** The reviewed claims' frequencies, counted once per driver: the server counts them once too, then only checks the review count. */
export function countedClaimStats(driver: Driver): Promise<ClaimCorpusStats> {
  let stats = claimStats.get(driver);
  if (!stats) {
    stats = read(driver, "MATCH (f:FactCheck) RETURN f.claimReviewed AS text", {}).then((rows) => corpusStats(rows.map((r) => (r.text as string) ?? "")));
    claimStats.set(driver, stats);
  }
  return stats;
}

/**
 * factChecks(query:, limit: 5) by hand: the query's embedding, one query for both indexes' candidates, ranked by the
 * same claim-match.ts and factCheckScore as the server.
 */
export async function factChecksFloor(driver: Driver, query: string, stats: ClaimCorpusStats): Promise<FactCheckHit[]> {
  const text = normalizeQuery(query);
  const lucene = luceneQuery(text);
  if (lucene === "") return [];
  const [embedding] = await (await sentenceEncoder()).embed([text]);
  const rows = await read(driver, FACT_CHECKS_FLOOR, { index: INDEXES.factChecks, lucene, limit: neo4j.int(CANDIDATES), embedding });
  const prepared = prepareClaimQuery(text, stats);
  return rows
    .map((r) => ({
      id: r.id as string,
      score: Math.round(factCheckScore(matchAgainst(prepared, (r.text as string) ?? ""), (r.cosine as number) ?? 0) * 1e6) / 1e6,
      factCheck: r.factCheck as FactCheckHit["factCheck"],
    }))
    .filter((h) => h.score >= FACT_CHECK_THRESHOLD)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, 5)
    .map(({ score, factCheck }) => ({ score, factCheck }));
}

export const factCheckIds = (answer: unknown): string[] => (answer as FactCheckHit[]).map((h) => h.factCheck.id);

/** The first claim bench/factchecks.ts asks about, worded as it is there: the middle of the claim, a fragment. */
const REWORDED_CLAIM = claimVariant(sampledClaims().next().value as string, 0);
const factChecks: Operation = {
  name: "factChecks (reworded claim)",
  indexed: true,
  query: FACT_CHECKS_QUERY,
  variables: { q: REWORDED_CLAIM },
  answer: (data) => data.factChecks,
  floor: async (driver) => factChecksFloor(driver, REWORDED_CLAIM, await countedClaimStats(driver)),
  ids: factCheckIds,
};

export const OPERATIONS: Operation[] = [person, search("statement"), trace, search("claim"), connections, generic, factChecks];

/** Arrays sorted and keys ordered, so two answers holding the same data compare equal as text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Row)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
