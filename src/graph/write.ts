/**
 * Writes a GraphPlan in one write transaction: all of it, or nothing. Nodes are merged by id and relationships
 * by their endpoints and type, so writing the same plan twice changes nothing.
 *
 * Labels and relationship types cannot be Cypher parameters; they come only from the closed lists in model.ts,
 * never from user text. Everything else is a parameter.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { labelsOf, NODE_LABELS, RELATIONSHIP_TYPES, statementKey, type NodeLabel, type RelationshipType } from "./model";
import type { GraphPlan, PlannedNode, PlannedRelationship, Properties } from "./plan";

const BATCH = 1000;

export function checkLabel(label: string): NodeLabel {
  if (!(NODE_LABELS as readonly string[]).includes(label)) throw new Error(`unknown node label "${label}"`);
  return label as NodeLabel;
}

export function checkType(type: string): RelationshipType {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) throw new Error(`unknown relationship type "${type}"`);
  return type as RelationshipType;
}

/** A Statement's quotation key, so an imported quotation finds the statement it is (imports.ts). */
function textKeyOf(label: string, properties: Properties | undefined): { textKey?: string } {
  return label === "Statement" && typeof properties?.text === "string" ? { textKey: statementKey(properties.text) } : {};
}

/** Neo4j stores no nulls: a property set to null or undefined is removed. */
function storable(properties: Properties | undefined): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(properties ?? {})) if (value !== null && value !== undefined) out[key] = value;
  return out;
}

export type StoredValue = string | number | boolean | string[];

/** The properties a planned node is stored with (the bulk loader's CSV holds the same, src/import/bulk/plans.ts). */
export function storedNode(node: PlannedNode, origin: string): Record<string, StoredValue> {
  return { ...storable(node.properties), ...textKeyOf(node.label, node.properties), id: node.id, origin };
}

export function storedRelationship(relationship: PlannedRelationship, origin: string): Record<string, StoredValue> {
  return { ...storable(relationship.properties), origin };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function inBatches<T>(rows: T[], run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await run(rows.slice(i, i + BATCH));
}

/**
 * @param origin stamped on every node and relationship written, so a later write of the same origin can
 *   remove what its new plan no longer contains (see `replaceOrigin`).
 */
export async function writePlan(tx: ManagedTransaction, plan: GraphPlan, origin: string): Promise<void> {
  for (const [label, nodes] of groupBy(plan.nodes, (n) => n.label)) {
    const labels = labelsOf(checkLabel(label)).join(":");
    const rows = nodes.map((n) => ({ id: n.id, properties: storedNode(n, origin) }));
    await inBatches(rows, (batch) => tx.run(`UNWIND $rows AS row MERGE (n:${labels} {id: row.id}) SET n = row.properties`, { rows: batch }));
  }
  const byShape = groupBy(plan.relationships, (r) => `${r.type}|${r.from.label}|${r.to.label}`);
  for (const relationships of byShape.values()) {
    const { type, from, to } = relationships[0];
    const rows = relationships.map((r) => ({ from: r.from.id, to: r.to.id, properties: storedRelationship(r, origin) }));
    const query =
      `UNWIND $rows AS row MATCH (a:${checkLabel(from.label)} {id: row.from}) MATCH (b:${checkLabel(to.label)} {id: row.to}) ` +
      `MERGE (a)-[r:${checkType(type)}]->(b) SET r = row.properties RETURN count(r) AS written`;
    await inBatches(rows, async (batch) => {
      const result = await tx.run(query, { rows: batch });
      const written = result.records[0]?.get("written")?.toNumber?.() ?? 0;
      if (written !== batch.length) throw new Error(`${type}: ${batch.length - written} relationships name a missing ${from.label} or ${to.label}`);
    });
  }
  for (const [label, names] of groupBy(plan.names, (n) => n.entity.label)) {
    const rows = names.map((n) => ({ key: n.key, entity: n.entity.id }));
    await inBatches(rows, (batch) =>
      tx.run(
        `UNWIND $rows AS row MATCH (e:${checkLabel(label)} {id: row.entity}) MERGE (n:Name {key: row.key}) MERGE (n)-[r:NAMES]->(e) SET r.origin = $origin`,
        { rows: batch, origin },
      ),
    );
  }
}

/**
 * Writes a plan that replaces everything an origin wrote before: relationships and nodes of that origin that
 * the new plan lacks are removed, in the same transaction.
 */
export async function replaceOrigin(tx: ManagedTransaction, plan: GraphPlan, origin: string): Promise<void> {
  await tx.run("MATCH ()-[r]->() WHERE r.origin = $origin DELETE r", { origin });
  await writePlan(tx, plan, origin);
  const ids = plan.nodes.map((n) => n.id);
  await tx.run("MATCH (n) WHERE n.origin = $origin AND NOT n.id IN $ids DETACH DELETE n", { origin, ids });
  await tx.run("MATCH (n:Name) WHERE NOT (n)--() DELETE n");
}


/** Sets a list property to the empty list on nodes by id: what a bulk load's CSV cannot hold (src/import/bulk/plans.ts). */
export async function setEmptyList(tx: ManagedTransaction, label: NodeLabel, key: string, ids: string[]): Promise<void> {
  await tx.run(`UNWIND $ids AS id MATCH (n:${checkLabel(label)} {id: id}) SET n[$key] = []`, { ids, key });
}
