/**
 * Recomputes shares that an article states together with their part and whole ("150,000 undocumented
 * immigrants -- 2.3 percent of the state's 6.7 million residents"). A stated figure is only as exact as its
 * digits: 6.7 million means somewhere in [6.65, 6.75) million. The stated share is consistent when the range
 * the stated part and whole allow meets the range the stated share's own digits allow.
 */
import type { Graph } from "./graph";

export interface ArithmeticCheck {
  expression: string;
  computed: number;
  stated: number;
  consistent: boolean;
}

/** Half a unit in the last significant digit: 6700000 -> 50000, 2.3 -> 0.05, 150000 -> 5000. */
export function roundingHalfWidth(value: number): number {
  if (value === 0) return 0;
  const text = Math.abs(value).toString();
  const decimals = text.includes(".") ? text.split(".")[1].length : 0;
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  const trailingZeros = text.length - text.replace(/0+$/, "").length;
  return 0.5 * 10 ** trailingZeros;
}

export function checkShare(part: number, whole: number, statedPercent: number): ArithmeticCheck {
  const computed = (part / whole) * 100;
  const p = roundingHalfWidth(part);
  const w = roundingHalfWidth(whole);
  const low = ((part - p) / (whole + w)) * 100;
  const high = ((part + p) / (whole - w)) * 100;
  const s = roundingHalfWidth(statedPercent);
  return {
    expression: `${part} / ${whole} * 100`,
    computed: Math.round(computed * 10000) / 10000,
    stated: statedPercent,
    consistent: low <= statedPercent + s && statedPercent - s <= high,
  };
}

/** Arithmetic checks for many claims in one query. */
export async function arithmeticOf(graph: Graph, ids: readonly string[]): Promise<Map<string, ArithmeticCheck[]>> {
  const rows = await graph.read<{ id: string; stated: number; part: number; whole: number }>(`UNWIND $ids AS id MATCH (c:Claim {id: id})-[:RATIO_OF {role: 'part'}]->(part:Claim), (c)-[:RATIO_OF {role: 'whole'}]->(whole:Claim)
     RETURN c.id AS id, c.value AS stated, part.value AS part, whole.value AS whole`,
    { ids },
  );
  const checks = new Map<string, ArithmeticCheck[]>(ids.map((id) => [id, []]));
  for (const row of rows) checks.get(row.id)?.push(checkShare(Number(row.part), Number(row.whole), Number(row.stated)));
  return checks;
}
