/**
 * A GraphPlan is what one write puts into the graph: nodes by label, relationships by type, and the Evidence
 * spans that support them. Ingestion builds plans; src/graph/write.ts writes them in one transaction.
 */
import type { NodeLabel, RelationshipType } from "./model";

export type Properties = Record<string, string | number | boolean | string[] | null | undefined>;

export interface PlannedNode {
  label: NodeLabel;
  id: string;
  properties: Properties;
}

export interface PlannedRelationship {
  type: RelationshipType;
  from: { label: NodeLabel; id: string };
  to: { label: NodeLabel; id: string };
  properties?: Properties;
}

export interface PlannedName {
  key: string;
  entity: { label: NodeLabel; id: string };
}

export interface GraphPlan {
  nodes: PlannedNode[];
  relationships: PlannedRelationship[];
  names: PlannedName[];
}
