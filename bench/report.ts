/**
 * Markdown tables from result files of bench/run.ts, for bench/README.md: one table per concurrency with
 * GraphQL and Cypher p50/p99 and their ratios at each corpus size, then what the HTTP hop alone costs (the floor
 * behind a bare HTTP server; results from before it was measured show none), then how p50 grew from the
 * smallest corpus to the largest.
 *
 *   npx tsx bench/report.ts bench/results/<10k>.json bench/results/<100k>.json bench/results/<1m>.json
 */
import fs from "node:fs";
import { sizeLabel } from "./neo4j";

interface Side {
  p50_ms: number;
  p99_ms: number;
  rps: number;
}
interface Result {
  statements: number;
  operations: {
    name: string;
    indexed: boolean;
    same_answer: boolean;
    concurrency: Record<string, { graphql: Side; cypher: Side; ratio_p50: number; ratio_p99: number; cypher_over_http?: Side; http_bound_p50?: number; http_bound_p99?: number }>;
  }[];
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export function report(results: Result[]): string {
  const sorted = [...results].sort((a, b) => a.statements - b.statements);
  const names = sorted[0].operations.map((op) => op.name);
  const lines: string[] = [];
  for (const c of Object.keys(sorted[0].operations[0].concurrency)) {
    lines.push(`**Concurrency ${c}** (ms; ratio = GraphQL / Cypher floor)`, "");
    lines.push(`| operation | ${sorted.map((r) => `${sizeLabel(r.statements)}: GraphQL p50 / p99 | Cypher p50 / p99 | ratio p50 / p99 | GraphQL rps`).join(" | ")} |`);
    lines.push(`| --- | ${sorted.map(() => "--- | --- | --- | ---").join(" | ")} |`);
    for (const name of names) {
      const cells = sorted.map((r) => {
        const op = r.operations.find((o) => o.name === name);
        const m = op?.concurrency[c];
        if (!op || !m) return "– | – | – | –";
        const flag = op.same_answer ? "" : " (answers differ!)";
        return `${fmt(m.graphql.p50_ms)} / ${fmt(m.graphql.p99_ms)} | ${fmt(m.cypher.p50_ms)} / ${fmt(m.cypher.p99_ms)} | **${m.ratio_p50}** / ${m.ratio_p99}${flag} | ${Math.round(m.graphql.rps)}`;
      });
      lines.push(`| ${name} | ${cells.join(" | ")} |`);
    }
    lines.push("");
  }
  if (sorted.some((r) => r.operations.some((op) => op.concurrency["1"]?.cypher_over_http))) {
    lines.push("**The HTTP hop, concurrency 1** (ms; bound = the floor behind a bare HTTP server / the floor, the least ratio any server over HTTP gets; GraphQL / over HTTP = what the GraphQL layer adds to the same hop)", "");
    lines.push(`| operation | ${sorted.map((r) => `${sizeLabel(r.statements)}: floor over HTTP p50 / p99 | bound p50 / p99 | GraphQL / over HTTP p50 / p99`).join(" | ")} |`);
    lines.push(`| --- | ${sorted.map(() => "--- | --- | ---").join(" | ")} |`);
    for (const name of names) {
      const cells = sorted.map((r) => {
        const m = r.operations.find((o) => o.name === name)?.concurrency["1"];
        const h = m?.cypher_over_http;
        if (!m || !h) return "– | – | –";
        return `${fmt(h.p50_ms)} / ${fmt(h.p99_ms)} | **${m.http_bound_p50}** / ${m.http_bound_p99} | ${(m.graphql.p50_ms / h.p50_ms).toFixed(2)} / ${(m.graphql.p99_ms / h.p99_ms).toFixed(2)}`;
      });
      lines.push(`| ${name} | ${cells.join(" | ")} |`);
    }
    lines.push("");
  }
  if (sorted.length > 1) {
    const [first, last] = [sorted[0], sorted[sorted.length - 1]];
    lines.push(`**Growth of p50 at concurrency 1, ${sizeLabel(first.statements)} to ${sizeLabel(last.statements)}**`, "");
    lines.push("| operation | indexed lookup | GraphQL | Cypher floor |", "| --- | --- | --- | --- |");
    for (const name of names) {
      const a = first.operations.find((o) => o.name === name)?.concurrency["1"];
      const b = last.operations.find((o) => o.name === name)?.concurrency["1"];
      const indexed = first.operations.find((o) => o.name === name)?.indexed ? "yes" : "no";
      if (a && b) lines.push(`| ${name} | ${indexed} | ${(b.graphql.p50_ms / a.graphql.p50_ms).toFixed(2)}x | ${(b.cypher.p50_ms / a.cypher.p50_ms).toFixed(2)}x |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (!files.length) throw new Error("usage: npx tsx bench/report.ts <result.json>...");
  console.log(report(files.map((f) => JSON.parse(fs.readFileSync(f, "utf8")) as Result)));
}
