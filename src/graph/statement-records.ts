/**
 * A statement as a schema.org Claim needs it: its speaker with offices, and every appearance with its article's
 * metadata and the outlet that relayed it there, in order of publication.
 */
import type { Graph } from "./graph";

export interface StatementRecord {
  id: string;
  text: string;
  speaker: { type: string; name: string; offices: string[] } | null;
  appearances: { article: string; title: string | null; url: string | null; publishedOn: string | null; publisher: string | null; excerpt: string; relayedBy: string | null }[];
}

export function statementRecords(graph: Graph, ids: readonly string[]): Promise<StatementRecord[]> {
  return graph.read<StatementRecord>(`UNWIND $ids AS id MATCH (s:Statement {id: id})
     OPTIONAL MATCH (s)-[:SAID_BY]->(who)
     CALL (s) {
       MATCH (s)-[:SUPPORTED_BY]->(ev:Evidence)-[:IN_ARTICLE]->(a:Article)
       WITH s, ev, a ORDER BY a.publishedOn IS NULL, a.publishedOn, a.id, ev.start
       RETURN collect({article: a.id, title: a.title, url: a.url, publishedOn: a.publishedOn, excerpt: ev.excerpt,
                       publisher: [(a)-[:PUBLISHED_BY]->(p) | p.name][0],
                       relayedBy: [(s)<-[:SUBJECT]-(r:Relay)-[:OBJECT]->(o)
                                   WHERE EXISTS { (r)-[:SUPPORTED_BY]->(:Evidence)-[:IN_ARTICLE]->(a) } | o.name][0]}) AS appearances
     }
     RETURN s.id AS id, s.text AS text, appearances,
            CASE WHEN who IS NULL THEN null ELSE {type: [l IN labels(who) WHERE l <> 'Entity'][0], name: who.name,
                 offices: [(who)<-[:SUBJECT]-(o:Office)-[:OBJECT]->(of) | o.title + ', ' + of.name]} END AS speaker`,
    { ids },
  );
}
