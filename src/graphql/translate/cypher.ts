/**
 * Writing the Cypher, the second phase: a plan as one map projection of the node a query matched, with every
 * related node, page and `@cypher` field read in the same expression.
 */
import type { SelectionPlan, Page } from "./plan";
import type { SchemaModel, Relationship } from "./schema-model";
import { renderSubquery } from "./subquery";

/** Cypher for the plan as a map projection of `variable` (null when the node is null); `param(i)` names value i. */
export function cypherOf(model: SchemaModel, plan: SelectionPlan, variable: string, param: (i: number) => string, depth = 0, extra: string[] = []): string {
  if (plan.variants) {
    const cases = [...plan.variants].map(([type, v]) => `WHEN ${variable}:${type} THEN ${cypherOf(model, v.plan, variable, param, depth, [`__labels: labels(${variable})`, ...extra])}`);
    return `CASE ${cases.join(" ")} END`;
  }
  const parts = [...plan.scalars].map((s) => `.${s}`);
  let i = 0;
  const hop = (rel: Relationship, x: string, label: string) => `(${variable})${rel.direction === "OUT" ? `-[:${rel.type}]->` : `<-[:${rel.type}]-`}(${x}:${label})`;
  for (const [name, { rel, plan: sub }] of plan.relations) {
    const x = `${variable}_${depth}_${i++}`;
    if (!rel.list) {
      parts.push(`${name}: [${hop(rel, x, rel.labels.join("|"))} | ${cypherOf(model, sub, x, param, depth + 1)}][0]`);
      continue;
    }
    const limit = (type: string) => (model.limits.has(type) ? ` LIMIT ${model.limits.get(type)}` : "");
    if (!sub.abstract) {
      parts.push(`${name}: COLLECT { MATCH ${hop(rel, x, rel.labels[0])} WITH DISTINCT ${x}${limit(rel.target)} RETURN ${cypherOf(model, sub, x, param, depth + 1)} AS ${x} }`);
      continue;
    }
    // An interface: as @neo4j/graphql reads it, each node type's page in turn, then the interface's page.
    // The element id keeps two nodes with the same selected fields apart through UNION's de-duplication.
    const branches = rel.labels.map((label) => `MATCH ${hop(rel, x, label)} WITH DISTINCT ${x}${limit(label)} RETURN ${cypherOf(model, sub, x, param, depth + 1, [`__id: elementId(${x})`])} AS ${x}`);
    const page = model.limits.get(rel.target);
    parts.push(`${name}: COLLECT { ${branches.join(" UNION ")} }${page ? `[..${page}]` : ""}`);
  }
  // Pages are keyed by position, since their response keys are the client's aliases.
  const filtered = (page: Page, x: string) => `MATCH ${hop(page.rel, x, page.rel.labels[0])}${page.where ? ` WHERE ${page.where(x, param)}` : ""}`;
  const sorted = (page: Page, x: string) => (page.sort.length ? ` ORDER BY ${page.sort.map(([f, d]) => `${x}.${f} ${d}`).join(", ")}` : "");
  // A connection, as @neo4j/graphql's: every related node matching (no DISTINCT: the total counts
  // relationships), sorted, then the page.
  let j = 0;
  for (const page of plan.connections.values()) {
    const x = `${variable}_${depth}_${i++}`;
    const all = `${x}_all`;
    const [offset, limit] = [param(page.offset), param(page.limit)];
    parts.push(
      `__connection${j++}: [${all} IN [COLLECT { ${filtered(page, x)}${page.sort.length ? ` WITH ${x}${sorted(page, x)}` : ""} RETURN ${x} }] | ` +
        `{totalCount: size(${all}), edges: [${x} IN ${all}[${offset}..${offset} + ${limit}] | {node: ${cypherOf(model, page.node, x, param, depth + 1)}}]}][0]`,
    );
  }
  // A list with arguments, as @neo4j/graphql's: the distinct matching nodes, sorted, then the page.
  let k = 0;
  for (const page of plan.lists.values()) {
    const x = `${variable}_${depth}_${i++}`;
    parts.push(
      `__list${k++}: COLLECT { ${filtered(page, x)} WITH DISTINCT ${x}${sorted(page, x)} SKIP ${param(page.offset)} LIMIT ${param(page.limit)} ` +
        `RETURN ${cypherOf(model, page.node, x, param, depth + 1)} AS ${x} }`,
    );
  }
  // A @cypher field, its variables renamed apart under this one's name (subquery.ts).
  let n = 0;
  for (const { field, parameters, node } of plan.cypherFields.values()) {
    const x = `${variable}_${depth}_${i++}`;
    const rows = `COLLECT { ${renderSubquery(field.statement, variable, `${x}__`, (name) => param(parameters.get(name)!))} }${field.cap ? `[..${field.cap}]` : ""}`;
    const each = node ? `[${x} IN ${rows} | ${cypherOf(model, node, x, param, depth + 1)}]` : rows;
    parts.push(`__computed${n++}: ${field.list ? each : `${each}[0]`}`);
  }
  if (plan.abstract) parts.push(`__labels: labels(${variable})`);
  return `${variable} { ${[...parts, ...extra].join(", ")} }`;
}
