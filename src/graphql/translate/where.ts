/**
 * The arguments of a generated read: a `where` filter as a Cypher predicate, written as @neo4j/graphql writes it, for the filters on
 * stored properties: `eq`, `in`, `contains`, `startsWith`, `endsWith`, `lt`, `lte`, `gt`, `gte`, combined by
 * AND, OR and NOT. Anything else (relationship and connection filters, the deprecated `name_EQ` forms, list
 * properties, null values, empty combinations) gives undefined, and the caller leaves the read to
 * @neo4j/graphql. Values become parameters; names come from the model (schema-model.ts), never from the request.
 * Then its `sort` and its page (`pagedRead`).
 */
import neo4j from "neo4j-driver";
import type { SchemaModel, Stored } from "./schema-model";

/** The predicate on node variable `x`; `param(i)` names the parameter holding `values[i]`. */
export type Predicate = (x: string, param: (i: number) => string) => string;

const OPERATORS: Record<string, string> = {
  eq: "=",
  in: "IN",
  contains: "CONTAINS",
  startsWith: "STARTS WITH",
  endsWith: "ENDS WITH",
  lt: "<",
  lte: "<=",
  gt: ">",
  gte: ">=",
};

type Input = Record<string, unknown>;

const isInput = (v: unknown): v is Input => typeof v === "object" && v !== null && !Array.isArray(v);

/** Int values as Cypher integers, as @neo4j/graphql sends them (a JS number would arrive as a float). */
function parameter(stored: Stored, value: unknown): unknown {
  if (stored.scalar !== "Int") return value;
  return Array.isArray(value) ? value.map((v) => neo4j.int(v as number)) : neo4j.int(value as number);
}

function property(model: SchemaModel, type: string, field: string, filters: unknown, values: unknown[]): Predicate[] | undefined {
  const stored = model.scalars.get(type)?.get(field);
  if (!stored || stored.list || !isInput(filters)) return undefined;
  const parts: Predicate[] = [];
  for (const [op, value] of Object.entries(filters)) {
    const operator = OPERATORS[op];
    if (!operator || value === null || value === undefined) return undefined;
    const i = values.push(parameter(stored, value)) - 1;
    parts.push((x, param) => `${x}.${field} ${operator} ${param(i)}`);
  }
  return parts.length ? parts : undefined;
}

/** The predicate of a `where` input of `type`, collecting its values into `values`; undefined if not expressible. */
export function predicateOf(model: SchemaModel, type: string, where: Input, values: unknown[]): Predicate | undefined {
  const parts: Predicate[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (key === "AND" || key === "OR") {
      if (!Array.isArray(value) || value.length === 0) return undefined;
      const inner: Predicate[] = [];
      for (const item of value) {
        const p = isInput(item) && Object.keys(item).length ? predicateOf(model, type, item, values) : undefined;
        if (!p) return undefined;
        inner.push(p);
      }
      const joint = ` ${key} `;
      parts.push((x, param) => `(${inner.map((p) => p(x, param)).join(joint)})`);
    } else if (key === "NOT") {
      const inner = isInput(value) && Object.keys(value).length ? predicateOf(model, type, value, values) : undefined;
      if (!inner) return undefined;
      parts.push((x, param) => `NOT (${inner(x, param)})`);
    } else {
      const own = property(model, type, key, value, values);
      if (!own) return undefined;
      parts.push(...own);
    }
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : (x, param) => `(${parts.map((p) => p(x, param)).join(" AND ")})`;
}

export interface PagedRead {
  where?: Predicate;
  sort: [string, "ASC" | "DESC"][];
  limit: number;
  offset: number;
}

/**
 * A read of `type` nodes filtered, sorted and sliced, its filter values collected into `values`: `limit` else
 * the @limit default, clamped to the @limit max (as OperationFactory.getOptions and
 * ConnectionFactory.getConnectionOptions set it). Undefined for what is not reproduced: a filter `predicateOf`
 * cannot write (or null), an order on anything but a stored property, a limit of 0 (@neo4j/graphql then applies
 * none), a negative offset.
 */
export function pagedRead(
  model: SchemaModel,
  type: string,
  where: Input | null | undefined,
  order: Input[],
  requested: { limit: unknown; offset: unknown },
  values: unknown[],
): PagedRead | undefined {
  const max = model.maxLimits.get(type);
  let limit = (requested.limit ?? model.limits.get(type) ?? max) as number | undefined;
  if (limit !== undefined && max !== undefined) limit = Math.min(limit, max);
  const offset = (requested.offset ?? 0) as number;
  if (where === null || limit === undefined || !Number.isSafeInteger(limit) || limit <= 0 || !Number.isSafeInteger(offset) || offset < 0) return undefined;
  let predicate: Predicate | undefined;
  if (where && Object.keys(where).length) {
    predicate = predicateOf(model, type, where, values);
    if (!predicate) return undefined;
  }
  const sort: [string, "ASC" | "DESC"][] = [];
  for (const item of order) {
    for (const [name, direction] of Object.entries(item)) {
      const stored = model.scalars.get(type)?.get(name);
      if (!stored || stored.list || (direction !== "ASC" && direction !== "DESC")) return undefined;
      sort.push([name, direction]);
    }
  }
  return { where: predicate, sort, limit, offset };
}
