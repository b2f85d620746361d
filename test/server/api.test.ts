/** The public GraphQL contract, against the real server on the real Neo4j with the seed graph. */
import * as fs from "fs";
import * as path from "path";
import type { PersonRecordQuery, PersonRecordQueryVariables } from "../generated/operations";
import { graphql, query, startTestApp, type TestApp } from "../support/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const PERSON_RECORD = fs.readFileSync(path.join(__dirname, "../queries/person.graphql"), "utf8");
const personRecord = (variables: PersonRecordQueryVariables) => query<PersonRecordQuery>(app.url, PERSON_RECORD, variables);

describe("person(name:)", () => {
  test("finds Linda Campbell by surname, with party, office, stance and her words with evidence", async () => {
    const { person } = await personRecord({ name: "Campbell" });
    expect(person).toMatchObject({ id: "person:linda-campbell", name: "Linda Campbell", party: "Democratic Party" });
    expect(person!.offices).toEqual([
      { title: "state Representative", of: { name: "Massachusetts" }, evidence: [{ excerpt: "state Rep. Linda Campbell, a Democrat from Methuen, Massachusetts" }] },
    ]);
    expect(person!.stances.map((s) => `${s.position} ${s.law?.name}`)).toEqual(["OPPOSES Massachusetts Trust Act"]);
    const quote = person!.statements.find((s) => s.kind === "DIRECT_QUOTE")!;
    expect(quote.text).toContain("To me this is clearly an attempt to undermine federal law");
    expect(quote.speaker).toEqual({ name: "Linda Campbell" });
    expect(quote.evidence[0].article.id).toBe("sanctuary-2015");
    expect(quote.evidence[0].excerpt).toContain("according to the Eagle Tribune report");
  });

  test("is case-insensitive and accepts full names and aliases", async () => {
    for (const name of ["linda campbell", "LINDA CAMPBELL", "  Linda Campbell ", "Rep. Linda Campbell"]) {
      expect((await personRecord({ name })).person?.id).toBe("person:linda-campbell");
    }
    expect((await personRecord({ name: "Gov. Charlie Baker" })).person?.id).toBe("person:charlie-baker");
    expect((await personRecord({ name: "Baker" })).person?.party).toBe("Republican Party");
  });

  test("recentStatements pages a speaker's statements latest first, undated last, as a sort of statements would", async () => {
    type Said = { id: string; saidOn: string | null };
    type Speaker = { name: string; statements: Said[]; recentStatements: Said[]; page: Said[] };
    const data = await query<{ people: Speaker[]; organizations: Speaker[] }>(
      app.url,
      `{ people(limit: 100) { ...Record } organizations(limit: 100) { ...Record } }
       fragment Record on Entity {
         name
         ... on Person { statements { id saidOn } recentStatements(limit: 50) { id saidOn } page: recentStatements(limit: 2, offset: 1) { id saidOn } }
         ... on Organization { statements { id saidOn } recentStatements(limit: 50) { id saidOn } page: recentStatements(limit: 2, offset: 1) { id saidOn } }
       }`,
    );
    const speakers = [...data.people, ...data.organizations].filter((s) => s.statements.length > 0);
    expect(speakers.filter((s) => s.statements.length > 1).length).toBeGreaterThan(1);
    const latestFirst = (a: Said, b: Said) =>
      Number(a.saidOn === null) - Number(b.saidOn === null) || (b.saidOn ?? "").localeCompare(a.saidOn ?? "") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    for (const speaker of speakers) {
      const expected = [...speaker.statements].sort(latestFirst);
      expect({ name: speaker.name, recent: speaker.recentStatements }).toEqual({ name: speaker.name, recent: expected });
      expect(speaker.page).toEqual(expected.slice(1, 3));
    }
  });

  test("gives null, not an error, for an unknown name", async () => {
    const result = await graphql<PersonRecordQuery>(app.url, PERSON_RECORD, { name: "Nobody McUnknown" });
    expect(result.errors).toBeUndefined();
    expect(result.data?.person).toBeNull();
  });
});

test("organization(name:) finds ICE by its acronym", async () => {
  const data = await query<{ organization: { name: string; aliases: string[]; evidence: { excerpt: string }[] } }>(
    app.url,
    `{ organization(name: "ICE") { name aliases evidence { excerpt } } }`,
  );
  expect(data.organization.name).toBe("Immigration and Customs Enforcement");
  expect(data.organization.evidence.map((e) => e.excerpt)).toContain("ICE's local law enforcement partnership");
});

test("jurisdiction(name:) walks part-of links both ways", async () => {
  const data = await query<{ jurisdiction: { kind: string; partOf: { name: string }; laws: { name: string }[] }; ma: { parts: { name: string }[] } }>(
    app.url,
    `{ jurisdiction(name: "boston") { kind partOf { name } laws { name } }
       ma: jurisdiction(name: "Massachusetts") { parts(sort: [{ name: ASC }]) { name } } }`,
  );
  expect(data.jurisdiction).toEqual({ kind: "CITY", partOf: { name: "Massachusetts" }, laws: [{ name: "Boston limit on ICE holds" }] });
  expect(data.ma.parts.map((p) => p.name)).toEqual(["Amherst", "Boston", "Cambridge", "Ipswich", "Lawrence", "Methuen", "Northampton", "Somerville"]);
});

test("law(name:) tells the two Trust Acts apart by the names people use", async () => {
  const data = await query<Record<string, { name: string; status: string | null; jurisdiction: { name: string }; evidence: { article: { id: string } }[] }>>(
    app.url,
    `{ ma: law(name: "Massachusetts Trust Act") { ...law } ca: law(name: "California Trust Act") { ...law } }
     fragment law on Law { name status jurisdiction { name } evidence { article { id } } }`,
  );
  expect(data.ma).toMatchObject({ name: "Massachusetts Trust Act", status: "PROPOSED", jurisdiction: { name: "Massachusetts" } });
  expect(new Set(data.ma.evidence.map((e) => e.article.id))).toEqual(new Set(["sanctuary-2015", "trust-act-2013"]));
  expect(data.ca).toMatchObject({ name: "California Trust Act", status: "ENACTED", jurisdiction: { name: "California" } });
  const both = await query<{ lookup: { name: string; __typename: string }[] }>(app.url, `{ lookup(name: "Trust Act") { __typename name } }`);
  expect(both.lookup.map((e) => e.name).sort()).toEqual(["California Trust Act", "Massachusetts Trust Act"]);
});

test("program(name:) and article(id:)", async () => {
  const data = await query<{ program: { name: string; stances: { position: string; holder: { name: string } }[] }; article: { text: string; publishedOn: string; publishedOnInferred: boolean; statements: { id: string }[] } }>(
    app.url,
    `{ program(name: "secure communities") { name stances { position holder { name } } }
       article(id: "trust-act-2013") { text publishedOn publishedOnInferred statements { id } } }`,
  );
  expect(data.program.stances).toEqual([{ position: "CRITICIZES", holder: { name: "Police chiefs and sheriffs critical of Secure Communities" } }]);
  expect(data.article).toMatchObject({ publishedOn: "2013", publishedOnInferred: true, statements: [{ id: "statement:police-lose-community-trust" }] });
  expect(data.article.text).toContain("Secure Communities");
});

test("statement(id:), claim(id:) and event(id:): the node the list query finds by id, null when none", async () => {
  const trace = `speaker { name } appearances { article { id } relayedBy { name } excerpt start end } firstAppearance { article { id } }`;
  const data = await query<{
    statement: Record<string, unknown>;
    statements: Record<string, unknown>[];
    claim: { value: number; unit: string; evidence: { excerpt: string }[] };
    event: { name: string; date: string };
    none: null;
    noClaim: null;
  }>(
    app.url,
    `query ($s: ID!) {
       statement(id: $s) { id text ${trace} }
       statements(where: { id: { eq: $s } }) { id text ${trace} }
       claim(id: "claim:ma-secure-communities-criminal-records") { value unit evidence { excerpt } }
       event(id: "event:sanctuary-grants-order-blocked") { name date }
       none: statement(id: "statement:no-such-statement") { id }
       noClaim: claim(id: "statement:police-lose-community-trust") { id }
     }`,
    { s: "statement:police-lose-community-trust" },
  );
  expect(data.statement).toEqual(data.statements[0]);
  expect(data.statement).toMatchObject({ id: "statement:police-lose-community-trust", firstAppearance: { article: { id: "trust-act-2013" } } });
  expect(data.claim.value).toBe(46);
  expect(data.claim.evidence[0].excerpt).toMatch(/46/);
  expect(data.event).toEqual({ name: "Federal judge permanently blocks Trump's order restricting grants to sanctuary cities", date: "2017-11-20" });
  expect(data.none).toBeNull();
  expect(data.noClaim).toBeNull();
});

describe("generic queries", () => {
  test("filter, sort and nested traversal in one request", async () => {
    const data = await query<{ statements: { text: string; speaker: { name: string } }[] }>(
      app.url,
      `{ statements(where: { kind: { eq: DIRECT_QUOTE } }, sort: [{ text: ASC }]) { text speaker { name } } }`,
    );
    expect(data.statements.map((s) => s.speaker.name)).toEqual(["Brad Hill", "Linda Campbell"]);
  });

  test("cursor pagination walks every person exactly once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { peopleConnection: { totalCount: number; edges: { cursor: string; node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await query(
        app.url,
        `query ($after: String) { peopleConnection(first: 3, after: $after, sort: [{ name: ASC }]) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...page.peopleConnection.edges.map((e) => e.node.name));
      if (!page.peopleConnection.pageInfo.hasNextPage) break;
      after = page.peopleConnection.pageInfo.endCursor;
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(["Brad Hill", "Linda Campbell", "Charlie Baker"]));
  });

  test("a computed field with no value is null and never hides its node from a list", async () => {
    const data = await query<{
      people: { name: string; party: string | null }[];
      peopleConnection: { totalCount: number };
      laws: { name: string; status: string | null }[];
      lawsConnection: { totalCount: number };
    }>(app.url, `{ people(limit: 100) { name party } peopleConnection { totalCount } laws(limit: 100) { name status } lawsConnection { totalCount } }`);
    expect(data.people).toHaveLength(data.peopleConnection.totalCount);
    expect(data.laws).toHaveLength(data.lawsConnection.totalCount);
    expect(data.people).toContainEqual({ name: "Eva Millona", party: null });
    expect(data.people).toContainEqual({ name: "Linda Campbell", party: "Democratic Party" });
    expect(data.laws.some((l) => l.status === null)).toBe(true);
    expect(data.laws).toContainEqual({ name: "Massachusetts Trust Act", status: "PROPOSED" });
  });

  test("relationship fields go both ways", async () => {
    const data = await query<{ organizations: { members: { member: { name: string } }[] }[] }>(
      app.url,
      `{ organizations(where: { name: { eq: "Republican Party" } }) { members { member { name } } } }`,
    );
    expect(data.organizations[0].members.map((m) => m.member.name).sort()).toEqual(["Brad Hill", "Charlie Baker"]);
  });

  test("the schema has no generated mutations: writes go through ingestion", async () => {
    const result = await graphql(app.url, `mutation { deletePeople { nodesDeleted } }`);
    expect(result.errors?.[0].message).toMatch(/Cannot query field "deletePeople" on type "Mutation"/);
  });
});

describe("GET /health", () => {
  test("is 200 when Neo4j answers", async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });
});
