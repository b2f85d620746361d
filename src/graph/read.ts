/** Read queries for hand-written resolvers: run in read transactions, so a cluster can route them to a replica. */
import type { Driver } from "neo4j-driver";

export interface Reader {
  driver: Driver;
  database?: string;
}

export async function readRows<T>(reader: Reader, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const result = await reader.driver.executeQuery(cypher, params, { database: reader.database, routing: "READ" });
  return result.records.map((record) => record.toObject() as T);
}
