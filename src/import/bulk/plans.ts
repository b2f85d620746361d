/**
 * GraphPlans built into a new database by neo4j-admin: the graph `writePlan` (src/graph/write.ts) writes into an
 * empty database, plan after plan, as CSV. For first loads of large planned graphs (the benchmark corpus).
 *
 * Nodes and relationships are stored with the properties `storedNode` and `storedRelationship` give the online
 * writer, each once: one met again must carry the same properties (online, the later SET would win), and a
 * relationship's ends must be planned before it or in its plan, as the online writer requires. CSV columns are
 * fixed per file, so nodes go to one file per label and set of properties. Ids are unique within a family
 * (Entity, Fact) or a label (src/graph/constraints.ts), each an ID space. Empty lists, which CSV cannot hold, are set
 * when the database is finished.
 *
 * Memory: each node and relationship written is remembered as a 64-bit fingerprint with a 32-bit hash of its row
 * (datasets.ts says how such sets grow), nodes once more by ID space: about 24 bytes each, whatever their texts.
 */
import fs from "node:fs";
import { labelsOf, type NodeLabel } from "../../graph/model";
import type { GraphPlan } from "../../graph/plan";
import { checkLabel, checkType, setEmptyList, storedNode, storedRelationship, type StoredValue } from "../../graph/write";
import type { Graph } from "../../graph/graph";
import type { MemorySettings } from "../../neo4j/local/pins";
import { finishBulkDatabase, instanceCsvDir, prepareBulkTarget, runNeo4jAdmin, type AdminOptions, type FinishSeconds } from "./admin";
import { csvArguments, CsvFile, Fingerprints, LIST_DELIMITER, type CsvFileSummary } from "./csv";

/** A column's neo4j-admin type; JavaScript numbers reach Neo4j as floats through the driver. */
function columnType(value: StoredValue): string {
  if (typeof value === "number") return ":double";
  if (typeof value === "boolean") return ":boolean";
  if (Array.isArray(value)) return ":string[]";
  return "";
}

/** A column's type, the empty list apart (CSV cannot hold it). */
function typeCode(value: StoredValue): string {
  return Array.isArray(value) && value.length === 0 ? ":[]" : columnType(value);
}

/** The ID space of a label: its family's, where ids are unique across the family. */
function idSpace(label: NodeLabel): string {
  return labelsOf(label)[0];
}

/** A 32-bit hash of how a node or relationship is written (its row), to tell a repeat from a conflict. */
function hash(row: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < row.length; i++) h = Math.imul(h ^ row.charCodeAt(i), 16777619);
  return h | 0;
}

interface Columns {
  file: CsvFile;
  /** The keys of the properties this file was made for, in the order met, and their `typeCode`s. */
  met: string[];
  types: string[];
  /** The properties in the file's column order (a node's id first). */
  keys: string[];
  /** Keys whose value is the empty list, which CSV cannot hold. */
  empty: string[];
  /** Where this file's hashes start: the same row in another file is written differently. */
  seed: number;
}

export interface PlanCsvSummary {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Nodes whose list property is empty, by label and key: set when the database is finished. */
  emptyLists: { label: NodeLabel; key: string; ids: string[] }[];
  bytes: number;
  /** neo4j-admin's `--nodes` and `--relationships` arguments. */
  fileArgs: string[];
  files: CsvFileSummary[];
}


/** Appends plans, in the order the online writer would write them, to CSV files for neo4j-admin. */
export class PlanCsv {
  /** Files by kind: a node's label, a relationship's type and ends' labels. */
  private readonly nodeFiles = new Map<string, (Columns & { labels: string })[]>();
  private readonly relationshipFiles = new Map<string, (Columns & { type: string })[]>();
  private readonly nodes = new Fingerprints(true);
  /** Ids by ID space, where a family's labels share one. */
  private readonly ids = new Fingerprints();
  private readonly relationships = new Fingerprints(true);
  private readonly names = new Fingerprints();
  private readonly nameLinks = new Fingerprints();
  private readonly emptyLists = new Map<string, { label: NodeLabel; key: string; ids: string[] }>();
  private namesFile: CsvFile | undefined;
  private readonly nameLinkFiles = new Map<string, CsvFile>();

  constructor(private readonly dir: string, private readonly origin: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  add(plan: GraphPlan): void {
    for (const node of plan.nodes) {
      const label = checkLabel(node.label);
      const nodeKey = `${label}\n${node.id}`;
      const properties = storedNode(node, this.origin);
      const columns = this.variant(this.nodeFiles, label, properties) ?? this.newVariant(this.nodeFiles, label, properties, `nodes-${label}`, [`id:ID(${idSpace(label)})`], { labels: labelsOf(label).join(":") });
      const row = columns.file.fields(this.fields(columns, properties, []));
      if (!this.firstTime(this.nodes, nodeKey, columns, row, `${label} "${node.id}"`)) continue;
      if (!this.ids.add(`${idSpace(label)}\n${node.id}`)) throw new Error(`${label} "${node.id}": another ${idSpace(label)} has that id, and ids are unique across ${idSpace(label)}`);
      for (const key of columns.empty) {
        const list = this.emptyLists.get(`${label}\n${key}`) ?? { label, key, ids: [] };
        list.ids.push(node.id);
        this.emptyLists.set(`${label}\n${key}`, list);
      }
      columns.file.write(row);
    }
    for (const r of plan.relationships) {
      const type = checkType(r.type);
      for (const end of [r.from, r.to]) {
        if (!this.nodes.has(`${end.label}\n${end.id}`)) throw new Error(`${type}: a relationship names a missing ${end.label} "${end.id}"`);
      }
      const properties = storedRelationship(r, this.origin);
      const kind = `${type}|${r.from.label}|${r.to.label}`;
      const columns =
        this.variant(this.relationshipFiles, kind, properties) ??
        this.newVariant(this.relationshipFiles, kind, properties, `relationships-${type}`, [`:START_ID(${idSpace(r.from.label)})`, `:END_ID(${idSpace(r.to.label)})`], { type });
      if (columns.empty.length) throw new Error(`${type} from "${r.from.id}": an empty list on a relationship cannot be bulk-loaded`);
      const row = columns.file.fields(this.fields(columns, properties, [columns.file.text(r.from.id), columns.file.text(r.to.id)]));
      const key = `${type}\n${r.from.label}\n${r.from.id}\n${r.to.label}\n${r.to.id}`;
      if (this.firstTime(this.relationships, key, columns, row, `${type} from "${r.from.id}" to "${r.to.id}"`)) columns.file.write(row);
    }
    for (const n of plan.names) {
      // The online writer MATCHes the entity first: a name of a node never planned is not written.
      if (!this.nodes.has(`${n.entity.label}\n${n.entity.id}`)) continue;
      if (this.names.add(n.key)) {
        this.namesFile ??= this.newFile("nodes-Name", ["key:ID(Name)"]);
        this.namesFile.row([this.namesFile.text(n.key)]);
      }
      if (!this.nameLinks.add(`${n.key}\n${n.entity.label}\n${n.entity.id}`)) continue;
      const space = idSpace(n.entity.label);
      let file = this.nameLinkFiles.get(space);
      if (!file) {
        file = this.newFile(`relationships-NAMES-${space}`, [":START_ID(Name)", `:END_ID(${space})`, "origin"]);
        this.nameLinkFiles.set(space, file);
      }
      file.row([file.text(n.key), file.text(n.entity.id), file.text(this.origin)]);
    }
  }

  close(): PlanCsvSummary {
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    const fileArgs: string[] = [];
    const files: CsvFile[] = [];
    const add = (file: CsvFile, arg: string, counts: Record<string, number>, key: string) => {
      file.close();
      files.push(file);
      counts[key] = (counts[key] ?? 0) + file.rows;
      fileArgs.push(`${arg}=${file.file}`);
    };
    for (const c of [...this.nodeFiles.values()].flat()) add(c.file, `--nodes=${c.labels}`, nodes, c.labels.split(":").at(-1)!);
    if (this.namesFile) add(this.namesFile, "--nodes=Name", nodes, "Name");
    for (const c of [...this.relationshipFiles.values()].flat()) add(c.file, `--relationships=${c.type}`, relationships, c.type);
    for (const file of this.nameLinkFiles.values()) add(file, "--relationships=NAMES", relationships, "NAMES");
    return {
      nodes,
      relationships,
      emptyLists: [...this.emptyLists.values()],
      bytes: files.reduce((sum, file) => sum + fs.statSync(file.file).size, 0),
      fileArgs,
      files: files.map(({ file, rows, multiline, misleading }) => ({ file, rows, multiline, misleading })),
    };
  }

  private newFile(name: string, header: string[]): CsvFile {
    return new CsvFile(`${this.dir}/${name}.csv`, header);
  }

  /** Whether the key is new; a repeat must be written the same (its columns and row: the same properties). */
  private firstTime(set: Fingerprints, key: string, columns: Columns, row: string, what: string): boolean {
    const h = hash(row, columns.seed);
    if (set.add(key)) {
      set.value = h;
      return true;
    }
    if (set.value !== h) throw new Error(`${what} is planned twice with different properties: the bulk loader writes each once, so it cannot take the later ones`);
    return false;
  }

  /** The file already made for properties of this kind with these typed keys, in this order. */
  private variant<T extends Columns>(files: Map<string, T[]>, kind: string, properties: Record<string, StoredValue>): T | undefined {
    for (const columns of files.get(kind) ?? []) {
      let i = 0;
      let same = true;
      for (const key in properties) {
        if (columns.met[i] !== key || columns.types[i] !== typeCode(properties[key])) {
          same = false;
          break;
        }
        i++;
      }
      if (same && i === columns.met.length) return columns;
    }
    return undefined;
  }

  /** A new file for properties of this kind: its columns after `first`, sorted; empty lists apart. */
  private newVariant<T extends Columns>(files: Map<string, T[]>, kind: string, properties: Record<string, StoredValue>, name: string, first: string[], rest: Omit<T, keyof Columns>): T {
    const met = Object.keys(properties);
    const empty = met.filter((key) => typeCode(properties[key]) === ":[]").sort();
    const keys = met.filter((key) => !empty.includes(key) && key !== "id").sort();
    const header = [...first, ...keys.map((key) => key + columnType(properties[key]))];
    const variants = files.get(kind) ?? [];
    const columns = {
      ...rest,
      file: this.newFile(`${name}-${[...files.values()].reduce((n, v) => n + v.length, 0)}`, header),
      met,
      types: met.map((key) => typeCode(properties[key])),
      keys: "id" in properties ? ["id", ...keys] : keys,
      empty,
      seed: hash([...header, "", ...empty].join("\u001f"), 0),
    } as unknown as T;
    variants.push(columns);
    files.set(kind, variants);
    return columns;
  }

  /** The row: `fields`, then the properties in the file's column order. */
  private fields(columns: Columns, properties: Record<string, StoredValue>, fields: string[]): string[] {
    const { file, keys } = columns;
    for (const key of keys) {
      const value = properties[key];
      if (typeof value === "string") fields.push(file.text(value));
      else if (typeof value === "number" || typeof value === "boolean") fields.push(String(value));
      else {
        for (const item of value) {
          if (item.includes(LIST_DELIMITER)) throw new Error(`the list "${key}" holds "${item}", whose "${LIST_DELIMITER}" separates list items in the bulk loader's CSV`);
        }
        fields.push(file.list(value));
      }
    }
    return fields;
  }
}

export interface PlanLoadOptions extends AdminOptions {
  /** The instance folder of the new database: new, or one whose server never held a database `neo4j`. */
  dir: string;
  /** Stamped on every node and relationship, as `writePlan`'s origin. */
  origin: string;
  /** The server's memory while the database is finished (default: the developer server's). */
  memory?: MemorySettings;
  keepCsv?: boolean;
  /** Runs on the finished database, its indexes in place, before its server stops; says what it did. */
  afterSchema?: (graph: Graph) => Promise<string>;
  /** Runs on the finished database before its server stops (the tests compare it). */
  check?: (graph: Graph) => Promise<void>;
}

export interface PlanLoadSummary extends Omit<PlanCsvSummary, "emptyLists" | "fileArgs" | "files"> {
  emptyLists: number;
  csvSeconds: number;
  adminSeconds: number;
  finishSeconds: FinishSeconds;
}

/** Builds a new database in `dir` holding the plans: CSV, neo4j-admin, finishing. */
export async function bulkLoadPlans(plans: Iterable<GraphPlan>, o: PlanLoadOptions): Promise<PlanLoadSummary> {
  const log = o.log ?? (() => undefined);
  await prepareBulkTarget(o.dir, o);
  const csvDir = instanceCsvDir(o.dir);
  fs.rmSync(csvDir, { recursive: true, force: true });
  const started = Date.now();
  const csv = new PlanCsv(csvDir, o.origin);
  for (const plan of plans) csv.add(plan);
  const written = csv.close();
  const csvSeconds = (Date.now() - started) / 1000;
  const count = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0).toLocaleString("en-US");
  log(`CSV: ${count(written.nodes)} nodes, ${count(written.relationships)} relationships, ${(written.bytes / 2 ** 20).toFixed(0)} MB in ${csvSeconds.toFixed(1)} s`);
  const adminSeconds = await runNeo4jAdmin(o.dir, { dir: csvDir, adminArgs: [...written.fileArgs, ...csvArguments(written.files)] }, o);
  const finishSeconds = await finishBulkDatabase(
    o.dir,
    {
      afterSchema: async (graph) => {
        for (const { label, key, ids } of written.emptyLists) {
          for (let i = 0; i < ids.length; i += 10_000) await graph.write((tx) => setEmptyList(tx, label, key, ids.slice(i, i + 10_000)));
        }
        const done = `${written.emptyLists.reduce((n, l) => n + l.ids.length, 0)} empty lists`;
        return o.afterSchema ? `${done}; ${await o.afterSchema(graph)}` : done;
      },
      check: o.check,
    },
    { memory: o.memory, log },
  );
  if (!o.keepCsv) fs.rmSync(csvDir, { recursive: true, force: true });
  const { emptyLists, fileArgs, files, ...rest } = written;
  return { ...rest, emptyLists: emptyLists.length, csvSeconds, adminSeconds, finishSeconds };
}
