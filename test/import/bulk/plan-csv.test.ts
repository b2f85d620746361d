/**
 * What the plan bulk loader refuses, before neo4j-admin ever runs: what the online writer would do otherwise
 * than a CSV can say (src/import/bulk/plans.ts). No Neo4j.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { GraphPlan } from "../../../src/graph/plan";
import { csvArguments } from "../../../src/import/bulk/csv";
import { PlanCsv } from "../../../src/import/bulk/plans";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-plan-csv-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const person = (properties: GraphPlan["nodes"][number]["properties"]): GraphPlan => ({ nodes: [{ label: "Person", id: "p-1", properties }], relationships: [], names: [] });

test("a node planned again with other properties is refused: the online writer's later SET would win", () => {
  const csv = new PlanCsv(dir, "test");
  csv.add(person({ name: "Ada Quist" }));
  csv.add(person({ name: "Ada Quist" }));
  expect(() => csv.add(person({ name: "Ada Quist-Moreau" }))).toThrow('Person "p-1" is planned twice with different properties');
});

test("an id another label of its family has is refused, as the family's uniqueness constraint would", () => {
  const csv = new PlanCsv(dir, "test");
  csv.add(person({ name: "Ada Quist" }));
  expect(() => csv.add({ nodes: [{ label: "Law", id: "p-1", properties: { name: "Ada's Law" } }], relationships: [], names: [] })).toThrow(
    'Law "p-1": another Entity has that id, and ids are unique across Entity',
  );
});

test("a relationship whose end is not planned before it is refused, as the online writer refuses it", () => {
  const csv = new PlanCsv(dir, "test");
  const plan: GraphPlan = { ...person({ name: "Ada Quist" }), relationships: [{ type: "SAID_BY", from: { label: "Statement", id: "s-9" }, to: { label: "Person", id: "p-1" } }] };
  expect(() => csv.add(plan)).toThrow('SAID_BY: a relationship names a missing Statement "s-9"');
});

test("a list item holding the CSV's list delimiter is refused, not split", () => {
  const csv = new PlanCsv(dir, "test");
  expect(() => csv.add(person({ name: "Ada Quist", aliases: ["Quist; Ada"] }))).toThrow('the list "aliases" holds "Quist; Ada"');
});

test("each label and set of properties has its file, with typed columns; empty lists are kept apart", () => {
  const csv = new PlanCsv(dir, "test");
  csv.add({
    nodes: [
      { label: "Person", id: "p-1", properties: { name: "Ada Quist", aliases: [] } },
      { label: "Claim", id: "c-1", properties: { text: "12 jails", value: 12, unit: "jails", asOfInferred: false } },
      { label: "Claim", id: "c-2", properties: { text: "about 12 jails", value: 12, unit: "jails", qualifier: "about", asOfInferred: false } },
    ],
    relationships: [],
    names: [{ key: "ada quist", entity: { label: "Person", id: "p-1" } }],
  });
  const summary = csv.close();
  expect(summary.nodes).toEqual({ Person: 1, Claim: 2, Name: 1 });
  expect(summary.relationships).toEqual({ NAMES: 1 });
  expect(summary.emptyLists).toEqual([{ label: "Person", key: "aliases", ids: ["p-1"] }]);
  const files = summary.fileArgs.map((arg) => arg.split("=").at(-1)!);
  const lines = files.map((file) => fs.readFileSync(file, "utf8").split("\n").slice(0, 2).map((line) => line.replaceAll("\u001f", ",").replaceAll("\u0007", "'")));
  expect(lines).toEqual([
    [":IGNORE,id:ID(Entity),name,origin", "0,'p-1','Ada Quist','test'"],
    [":IGNORE,id:ID(Claim),asOfInferred:boolean,origin,text,unit,value:double", "0,'c-1',false,'test','12 jails','jails',12"],
    [":IGNORE,id:ID(Claim),asOfInferred:boolean,origin,qualifier,text,unit,value:double", "0,'c-2',false,'test','about','about 12 jails','jails',12"],
    [":IGNORE,key:ID(Name)", "0,'ada quist'"],
    [":IGNORE,:START_ID(Name),:END_ID(Entity),origin", "0,'ada quist','p-1','test'"],
  ]);
  expect(summary.fileArgs[0]).toMatch(/^--nodes=Entity:Person=/);
});

test("texts over lines are read in parallel chunks, unless a text could mislead the chunker: then serially", () => {
  const article = (id: string, text: string): GraphPlan => ({ nodes: [{ label: "Article", id, properties: { text } }], relationships: [], names: [] });
  const parallel = new PlanCsv(dir, "test");
  parallel.add(article("a-1", 'He said, "No."\n"Yes," she said.'));
  const args = csvArguments(parallel.close().files);
  expect(args).toContain("--multiline-fields-format=v2");
  expect(args.find((arg) => arg.startsWith("--multiline-fields="))).toMatch(/nodes-Article-0\.csv$/);

  for (const text of ["a path C:\\temp\\\nends in a backslash\\", "a bell \u0007 over\nlines"]) {
    const csv = new PlanCsv(fs.mkdtempSync(path.join(dir, "serial-")), "test");
    csv.add(article("a-2", text));
    expect(csvArguments(csv.close().files).slice(-2)).toEqual(["--multiline-fields-format=v1", "--multiline-fields=true"]);
  }
});
