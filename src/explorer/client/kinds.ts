/** The kinds of node the explorer draws, each with its color and shape: one table for the graph and the legend. */
import type cytoscape from "cytoscape";

export const NODE_KINDS = ["Person", "Organization", "Jurisdiction", "Law", "Program", "Statement", "Claim", "Event"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

interface KindStyle {
  color: string;
  shape: cytoscape.Css.NodeShape;
  /** For the legend and badges. */
  label: string;
}

/** Distinct hues, dark enough for white borders and readable next to their labels. */
export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  Person: { color: "#2563eb", shape: "ellipse", label: "Person" },
  Organization: { color: "#0f766e", shape: "round-rectangle", label: "Organization" },
  Jurisdiction: { color: "#c2410c", shape: "hexagon", label: "Jurisdiction" },
  Law: { color: "#b91c1c", shape: "diamond", label: "Law" },
  Program: { color: "#7c3aed", shape: "octagon", label: "Program" },
  Statement: { color: "#db2777", shape: "round-tag", label: "Statement" },
  Claim: { color: "#0891b2", shape: "round-triangle", label: "Claim" },
  Event: { color: "#4b5563", shape: "star", label: "Event" },
};

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

/** A node as the rest of the client refers to it. */
export interface NodeRef {
  id: string;
  kind: NodeKind;
  name: string;
}
