/**
 * Once serving, factgraph asks itself the queries a new user runs first, so Neo4j has planned them before anyone
 * waits. A freshly started Neo4j plans each new query on a cold JVM, which takes far longer than answering it
 * once planned (measured in bench/README.md, "Cold start"). Neo4j caches a plan by its Cypher text, and our Cypher
 * follows the GraphQL selection (not the values, which are parameters), so the warmed queries are the exact
 * documents users are shown; another selection is planned on its first use, as before.
 *
 * Through HTTP, as a client asks, so nothing here reaches into the server. Reads only.
 */
import * as fs from "fs";
import * as path from "path";
import { EXAMPLE_QUERY } from "./example-query";
import { operationDocuments } from "../explorer/operations";
import type * as Op from "../explorer/generated/operations";

export interface WarmUpQuery {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/**
 * What a new user runs first: the playground's opening query, the README's examples (test/server/warm-up.test.ts
 * keeps these in step with the README), and the statement trace.
 */
const FIRST_QUERIES: readonly string[] = [
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

/** Its argument, checked against the operation's variables type. */
const variablesOf = <T extends Record<string, unknown>>(variables: T): T => variables;

/**
 * Variables for each operation of the explorer (src/explorer/queries/), on nodes the seed graph holds: its first
 * search and the panels and neighborhoods of its first clicks. Each typed by the explorer's generated operations,
 * so a changed operation fails the typecheck here.
 */
const EXPLORER_VARIABLES: Record<string, Record<string, unknown>> = {
  Search: variablesOf<Op.SearchQueryVariables>({ text: "campbell", titleCase: "Campbell", lowerCase: "campbell", limit: 8 }),
  PersonNeighborhood: variablesOf<Op.PersonNeighborhoodQueryVariables>({ id: "person:linda-campbell" }),
  OrganizationNeighborhood: variablesOf<Op.OrganizationNeighborhoodQueryVariables>({ id: "organization:eagle-tribune" }),
  JurisdictionNeighborhood: variablesOf<Op.JurisdictionNeighborhoodQueryVariables>({ id: "jurisdiction:us-ma" }),
  LawNeighborhood: variablesOf<Op.LawNeighborhoodQueryVariables>({ id: "law:ma-trust-act" }),
  ProgramNeighborhood: variablesOf<Op.ProgramNeighborhoodQueryVariables>({ id: "program:secure-communities" }),
  StatementNeighborhood: variablesOf<Op.StatementNeighborhoodQueryVariables>({ id: "statement:campbell-undermine-federal-law" }),
  ClaimNeighborhood: variablesOf<Op.ClaimNeighborhoodQueryVariables>({ id: "claim:ma-undocumented-share" }),
  EventNeighborhood: variablesOf<Op.EventNeighborhoodQueryVariables>({ id: "event:baker-veto-threat" }),
  EntityDetails: variablesOf<Op.EntityDetailsQueryVariables>({ id: "person:linda-campbell" }),
  StatementDetails: variablesOf<Op.StatementDetailsQueryVariables>({ id: "statement:campbell-undermine-federal-law" }),
  ClaimDetails: variablesOf<Op.ClaimDetailsQueryVariables>({ id: "claim:ma-undocumented-share" }),
  EventDetails: variablesOf<Op.EventDetailsQueryVariables>({ id: "event:baker-veto-threat" }),
  Evidence: variablesOf<Op.EvidenceQueryVariables>({ ids: ["sanctuary-2015@1774-2037"] }),
  Connections: variablesOf<Op.ConnectionsQueryVariables>({ from: "Campbell", to: "Baker", maxHops: 3 }),
  Timeline: variablesOf<Op.TimelineQueryVariables>({ name: "Massachusetts Trust Act" }),
};

/** The explorer's operations as its page sends them (one document each), with the variables above. */
export function explorerQueries(): WarmUpQuery[] {
  const folder = path.join(__dirname, "..", "explorer", "queries");
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .flatMap((file) =>
      Object.entries(operationDocuments(fs.readFileSync(path.join(folder, file), "utf8"), file)).map(([operationName, query]) => {
        const variables = EXPLORER_VARIABLES[operationName];
        if (!variables) throw new Error(`the warm-up has no variables for the explorer's ${operationName} (src/server/warm-up.ts)`);
        return { query, operationName, variables };
      }),
    );
}

/** Every query the warm-up asks, in order: the playground's and the README's, then the explorer's. */
export function warmUpQueries(): WarmUpQuery[] {
  return [...FIRST_QUERIES.map((query) => ({ query })), ...explorerQueries()];
}

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
  let all: WarmUpQuery[];
  try {
    all = warmUpQueries();
  } catch (error) {
    // A warm-up that cannot be built is reported, never a reason to stop serving.
    return { queries, ms: Date.now() - started, problems: [(error as Error).message] };
  }
  for (const asked of all) {
    if (stopped()) break;
    const name = asked.operationName ?? asked.query.replace(/^#.*\n/gm, "").replace(/\s+/g, " ").trim().slice(0, 40) + "…";
    try {
      const response = await fetch(graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(asked),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (!response.ok || body.errors?.length) problems.push(`${name}: ${body.errors?.[0]?.message ?? `HTTP ${response.status}`}`);
    } catch (error) {
      if (stopped()) break;
      problems.push(`${name}: ${(error as Error).message}`);
    }
    queries++;
  }
  return { queries, ms: Date.now() - started, problems };
}
