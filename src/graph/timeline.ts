/** Events in the life of a jurisdiction, law or program, including those of the laws and places within it. */
import { readRows, type Reader } from "./read";

/** Ids of the events, oldest first, undated last. */
export async function timelineOf(reader: Reader, entityId: string): Promise<string[]> {
  const rows = await readRows<{ id: string }>(
    reader,
    `MATCH (x:Entity {id: $id})
     CALL (x) {
       MATCH (e:Event)-[:INVOLVES]->(x) RETURN e
       UNION
       MATCH (e:Event)-[:INVOLVES]->(:Entity)-[:IN_JURISDICTION|PART_OF*1..3]->(x) RETURN e
     }
     WITH DISTINCT e ORDER BY e.date IS NULL, e.date, e.name
     RETURN e.id AS id`,
    { id: entityId },
  );
  return rows.map((r) => r.id);
}
