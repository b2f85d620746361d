/**
 * A dataset loaded as one origin (the curated seed): its version is recorded on a Dataset node, so loading the
 * same version again can be skipped and a new version replaces everything the old one wrote.
 */
import type { Graph } from "./graph";
import type { GraphPlan } from "./plan";
import { replaceOrigin } from "./write";

export async function datasetVersion(graph: Graph, id: string): Promise<string | undefined> {
  const [row] = await graph.read<{ version: string }>("MATCH (d:Dataset {id: $id}) RETURN d.version AS version", { id });
  return row?.version;
}

/** Writes `plan` as everything dataset `id` holds, and records its version, in one transaction. */
export async function replaceDataset(graph: Graph, id: string, version: string, plan: GraphPlan): Promise<void> {
  await graph.write(async (tx) => {
    await replaceOrigin(tx, plan, id);
    await tx.run("MERGE (d:Dataset {id: $id}) SET d.version = $version, d.loadedAt = datetime()", { id, version });
  });
}
