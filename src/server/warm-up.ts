/**
 * Once serving, factgraph asks itself the queries a new user runs first, so Neo4j has planned them before anyone
 * waits. A freshly started Neo4j plans each new query on a cold JVM: after `npm start` the playground's opening
 * query took 3.5 s and the README's examples 0.3 to 2.1 s each, against tens of ms once planned. Neo4j caches a
 * plan by its Cypher text, and our Cypher follows the GraphQL selection, so the warmed queries are the exact ones
 * users are shown; another selection is planned on its first use, as before.
 *
 * Through HTTP, as a client asks, so nothing here reaches into the server. Reads only.
 */
import { EXAMPLE_QUERY } from "./example-query";

/**
 * What a new user runs first: the playground's opening query, the README's examples (test/server/warm-up.test.ts
 * keeps these in step with the README), and the statement trace.
 */
export const WARM_UP_QUERIES: readonly string[] = [
  EXAMPLE_QUERY,
  `{
    person(name: "Campbell") {
      name
      party
      offices { title of { name } }
      stances { position law { name status } }
      statements(where: { kind: { eq: DIRECT_QUOTE } }) {
        text
        relays { via { name } }
        evidence { excerpt start end article { id publishedOn publishedOnInferred } }
      }
    }
  }`,
  `{ lookup(name: "Trust Act") { __typename name ... on Law { status jurisdiction { name } } } }`,
  `{
    claims(where: { about: { some: { name: { eq: "Secure Communities" } } } }, sort: [{ asOf: ASC }, { value: DESC }]) {
      text value unit qualifier asOf
      source { name }
      evidence { excerpt article { id } }
    }
  }`,
  `{
    law(name: "Massachusetts Trust Act") {
      stances { position holder { name } relays { via { name } } }
      events(sort: [{ date: ASC }]) { date dateInferred name lawStatus }
    }
  }`,
  `{
    searchStatements(query: "clearly an attempt to undermine the federal laws", limit: 1) {
      score
      statement {
        text
        speaker { name }
        firstAppearance { article { id publishedOn } relayedBy { name } start end }
      }
    }
  }`,
  `{
    searchClaims(query: "only 46% of those deported had a criminal record", limit: 1) {
      claim {
        text value unit asOf
        source { name }
        corroboratesConnection { edges { properties { reasoning } node { text source { name } } } }
      }
    }
  }`,
  `{
    claim(id: "claim:ma-undocumented-share") {
      text
      arithmetic { expression computed stated consistent }
    }
  }`,
  `{
    connections(from: "Campbell", to: "Baker", maxHops: 2) {
      steps { from { name } relation forward to { name } }
    }
  }`,
  `{
    timeline(name: "Massachusetts Trust Act") { date dateInferred name }
  }`,
  `{
    statement(id: "statement:campbell-undermine-federal-law") {
      id text speaker { id name }
      appearances { excerpt start end article { id publishedOn } relayedBy { id name } }
    }
  }`,
];

export interface WarmUpReport {
  queries: number;
  ms: number;
  /** What went wrong, one line per query that did not answer cleanly. */
  problems: string[];
}

/**
 * POSTs each query to `graphqlUrl` in turn. Stops early, quietly, when `stopped()` turns true (the server is
 * shutting down and refuses connections).
 */
export async function warmUp(graphqlUrl: string, stopped: () => boolean = () => false): Promise<WarmUpReport> {
  const started = Date.now();
  const problems: string[] = [];
  let queries = 0;
  for (const query of WARM_UP_QUERIES) {
    if (stopped()) break;
    const name = query.replace(/^#.*\n/gm, "").replace(/\s+/g, " ").trim().slice(0, 40);
    try {
      const response = await fetch(graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (!response.ok || body.errors?.length) problems.push(`${name}…: ${body.errors?.[0]?.message ?? `HTTP ${response.status}`}`);
    } catch (error) {
      if (stopped()) break;
      problems.push(`${name}…: ${(error as Error).message}`);
    }
    queries++;
  }
  return { queries, ms: Date.now() - started, problems };
}
