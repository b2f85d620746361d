/**
 * Shaping, the third phase: a projected row back into the object the client asked for, keyed by response key
 * (alias or name), with the type of each abstract object resolved.
 */
import type { FieldNode } from "graphql";
import neo4j from "neo4j-driver";
import { fieldsOf, type Row, type Scope, type SelectionPlan } from "./plan";
import type { SchemaModel } from "./schema-model";

function value(v: unknown): unknown {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(value);
  return v;
}

/** The projected row as the client asked for it: keyed by response key (alias or name), as hydration returns it. */
export function shapeOf(plan: SelectionPlan, model: SchemaModel, selections: FieldNode[], scope: Scope, row: Row | null | undefined): Row | null {
  if (!row) return null;
  if (plan.variants) {
    const labels = (row.__labels as string[] | undefined) ?? [];
    const [type, variant] = [...plan.variants].find(([t]) => labels.includes(t)) ?? [];
    const out = variant ? shapeOf(variant.plan, model, variant.fields, scope, row) : null;
    if (out) out.__resolveType = type;
    return out;
  }
  const out: Row = { id: value(row.id) };
  if (plan.abstract) {
    const labels = (row.__labels as string[] | undefined) ?? [];
    out.__resolveType = (model.implementations.get(plan.type) ?? []).find((t) => labels.includes(t)) ?? null;
  }
  for (const field of selections) {
    const name = field.name.value;
    const key = field.alias?.value ?? name;
    if (name === "__typename" || plan.connections.has(key) || plan.lists.has(key) || plan.cypherFields.has(key)) continue;
    const relation = plan.relations.get(name);
    if (relation && field.selectionSet) {
      const inner = fieldsOf(relation.rel.target, field.selectionSet, scope) ?? [];
      const related = row[name];
      out[key] = relation.rel.list
        ? ((related as Row[] | null) ?? []).map((r) => shapeOf(relation.plan, model, inner, scope, r))
        : shapeOf(relation.plan, model, inner, scope, related as Row | null);
    } else out[key] = value(row[name] ?? null);
  }
  // What the generated connection resolver reads under the field's response key: the total and the edges.
  let j = 0;
  for (const [key, connection] of plan.connections) {
    const page = row[`__connection${j++}`] as { totalCount: unknown; edges: { node: Row }[] };
    out[key] = {
      totalCount: value(page.totalCount),
      edges: page.edges.map((edge) => ({ node: shapeOf(connection.node, model, connection.nodeFields, scope, edge.node) })),
    };
  }
  let k = 0;
  for (const [key, list] of plan.lists) out[key] = (row[`__list${k++}`] as Row[]).map((node) => shapeOf(list.node, model, list.nodeFields, scope, node));
  let n = 0;
  for (const [key, { field, node, nodeFields }] of plan.cypherFields) {
    const found = row[`__computed${n++}`] ?? null;
    const one = (r: unknown) => (node ? shapeOf(node, model, nodeFields, scope, r as Row | null) : value(r));
    out[key] = field.list ? ((found as unknown[] | null) ?? []).map(one) : one(found);
  }
  return out;
}
