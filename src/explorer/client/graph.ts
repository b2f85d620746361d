/** The drawing: Cytoscape.js with node shapes and colors by kind, labeled edges, and the layouts the views use. */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from "cytoscape";
import { NODE_KINDS } from "./kinds";
import type { EdgeData, Elements, NodeData } from "./neighborhood";

export interface GraphEvents {
  node(data: NodeData): void;
  edge(data: EdgeData): void;
}

// Cytoscape accepts double quotes in font-family, not single ones.
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const STYLE: cytoscape.StylesheetStyle[] = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      shape: "data(shape)" as cytoscape.Css.NodeShape,
      width: 30,
      height: 30,
      "border-width": 2,
      "border-color": "#ffffff",
      label: "data(label)",
      "font-family": FONT,
      "font-size": 11,
      color: "#1f2937",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "130px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "2px",
      "text-background-shape": "roundrectangle",
      "min-zoomed-font-size": 5,
    },
  },
  {
    selector: "node[kind = 'Statement'], node[kind = 'Claim'], node[kind = 'Event']",
    style: { width: 22, height: 22, "font-size": 10, color: "#374151", "text-max-width": "150px" },
  },
  { selector: "node.expanded", style: { "border-color": "#1f2937", "border-width": 2 } },
  { selector: "node.root", style: { width: 44, height: 44, "font-size": 13, "font-weight": "bold", "border-width": 3 } },
  { selector: "node:selected", style: { "underlay-color": "#f59e0b", "underlay-opacity": 0.45, "underlay-padding": 7, "underlay-shape": "ellipse" } },
  {
    selector: "edge",
    style: {
      width: 1.6,
      "curve-style": "bezier",
      // Room between parallel edges (two relations between the same pair) for their labels.
      "control-point-step-size": 56,
      "line-color": "#64748b",
      "target-arrow-color": "#64748b",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.9,
      label: "data(caption)",
      "font-family": FONT,
      "font-size": 9,
      color: "#334155",
      // Level labels read better than labels turned along steep edges.
      "text-rotation": "none",
      "text-background-color": "#f8fafc",
      "text-background-opacity": 0.9,
      "text-background-padding": "1px",
      "min-zoomed-font-size": 7,
    },
  },
  { selector: "edge[tone = 'positive']", style: { "line-color": "#16a34a", "target-arrow-color": "#16a34a", color: "#166534", width: 2.4 } },
  { selector: "edge[tone = 'negative']", style: { "line-color": "#dc2626", "target-arrow-color": "#dc2626", color: "#991b1b", width: 2.4 } },
  { selector: "edge[tone = 'structural']", style: { "line-style": "dashed", "line-dash-pattern": [5, 3], "line-color": "#94a3b8", "target-arrow-color": "#94a3b8" } },
  { selector: "edge[?undirected]", style: { "target-arrow-shape": "none" } },
  { selector: "edge:selected", style: { width: 4, "line-color": "#f59e0b", "target-arrow-color": "#f59e0b", color: "#92400e", "font-weight": "bold" } },
];

function definitions(elements: Elements): ElementDefinition[] {
  return [
    ...[...elements.nodes.values()].map((data): ElementDefinition => ({ group: "nodes", data: { ...data } })),
    ...[...elements.edges.values()].map((data): ElementDefinition => ({ group: "edges", data: { ...data } })),
  ];
}

/** Neighbors one ring holds readably; more are staggered on two. */
const RING_MAX = 12;
/** Between rings, and the room a node with its label needs along a ring. */
const RING_STEP = 150;
const NODE_ROOM = 130;

const KIND_ORDER = new Map<string, number>(NODE_KINDS.map((kind, i) => [kind, i]));

/**
 * The graph as a radial picture round one node: its neighbors on a ring, grouped by kind and by what they hang
 * from (staggered on two rings when many); everything further out on wider rings, each node in the mean
 * direction of the nodes one step closer that it is linked to. Force-directed layouts tangle these stars;
 * this keeps most edges short and the focused node's connections all in view.
 */
function radialPositions(cy: Core, focus: string): Record<string, cytoscape.Position> {
  const depth = new Map<string, number>();
  cy.elements().bfs({ roots: cy.getElementById(focus), directed: false, visit: (node, _edge, _previous, _index, d) => void depth.set(node.id(), d) });
  const nodes = cy.nodes().toArray();
  const atDepth = (d: number | undefined) => nodes.filter((n) => depth.get(n.id()) === d);
  const kindOrder = (n: NodeSingular) => KIND_ORDER.get(n.data("kind") as string) ?? 99;
  const name = (n: NodeSingular) => n.data("name") as string;
  // A quote, claim or event sits next to the neighbor it is linked to (its speaker, say), so that their edge is
  // short; what hangs further out sits next to what shares its outer neighbor.
  const anchor = (n: NodeSingular): NodeSingular => {
    if (kindOrder(n) < KIND_ORDER.get("Statement")!) return n;
    const linked = n.neighborhood().nodes().filter((m) => depth.get(m.id()) === 1 && kindOrder(m) < KIND_ORDER.get("Statement")!);
    return linked.nonempty() ? (linked.first() as NodeSingular) : n;
  };
  const outward = (n: NodeSingular) => n.neighborhood().nodes().filter((m) => depth.get(m.id()) === 2).first().id() ?? "";
  const ring = atDepth(1).sort((a, b) => {
    const [x, y] = [anchor(a), anchor(b)];
    return (
      kindOrder(x) - kindOrder(y) || name(x).localeCompare(name(y)) || kindOrder(a) - kindOrder(b) || outward(a).localeCompare(outward(b)) || name(a).localeCompare(name(b))
    );
  });

  const positions: Record<string, cytoscape.Position> = { [focus]: { x: 0, y: 0 } };
  const angleOf = new Map<string, number>();
  const place = (node: NodeSingular, angle: number, radius: number) => {
    angleOf.set(node.id(), angle);
    positions[node.id()] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  };
  const staggered = ring.length > RING_MAX;
  const radius = Math.max(RING_STEP, (ring.length * (staggered ? NODE_ROOM * 0.6 : NODE_ROOM)) / (2 * Math.PI));
  ring.forEach((node, i) => place(node, -Math.PI / 2 + (2 * Math.PI * i) / ring.length, radius + (staggered && i % 2 === 1 ? 80 : 0)));

  // Further rings; nodes the focus does not reach (none, while every drawing grows from one node) go last.
  let outer = radius + (staggered ? 80 : 0);
  const levels = [...new Set(depth.values())].filter((d) => d >= 2).sort((a, b) => a - b).map(atDepth);
  levels.push(atDepth(undefined));
  for (const level of levels.filter((l) => l.length > 0)) {
    outer += RING_STEP;
    const placed = level
      .map((node) => {
        const angles = node.neighborhood().nodes().toArray().flatMap((n) => (angleOf.has(n.id()) ? [angleOf.get(n.id())!] : []));
        const x = angles.reduce((sum, a) => sum + Math.cos(a), 0);
        const y = angles.reduce((sum, a) => sum + Math.sin(a), 0);
        return { node, angle: angles.length > 0 ? Math.atan2(y, x) : 0 };
      })
      .sort((a, b) => a.angle - b.angle);
    const gap = NODE_ROOM / outer;
    placed.forEach((p, i) => {
      if (i > 0) p.angle = Math.max(p.angle, placed[i - 1].angle + gap);
      place(p.node, p.angle, outer);
    });
  }
  return positions;
}

export class ExplorerGraph {
  readonly cy: Core;
  /** The node the layout centers on: the one drawn or expanded last. */
  private focus: string | undefined;

  constructor(container: HTMLElement, events: GraphEvents) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.15, maxZoom: 1.6, boxSelectionEnabled: false });
    this.cy.on("tap", "node", (e) => events.node(e.target.data() as NodeData));
    this.cy.on("tap", "edge", (e) => events.edge(e.target.data() as EdgeData));
    // Drawn labels are shortened; the full name or quote shows on hover.
    this.cy.on("mouseover", "node", (e) => (container.title = (e.target.data() as NodeData).name));
    this.cy.on("mouseout", "node", () => (container.title = ""));
  }

  /** Replaces the drawing with a neighborhood, laid out round its root. */
  async showNeighborhood(elements: Elements, root: string): Promise<void> {
    this.replace(elements, root);
    this.markExpanded(root);
    await this.relayout();
  }

  /**
   * Replaces the drawing with paths, read left to right like sentences: a column per hop from `from`, the
   * nodes at the same distance stacked in their column.
   */
  async showPaths(elements: Elements, from: string): Promise<void> {
    this.replace(elements, from);
    const columns: NodeSingular[][] = [];
    this.cy.elements().bfs({
      roots: this.cy.getElementById(from),
      directed: false,
      visit: (node, _edge, _previous, _index, depth) => void (columns[depth] ??= []).push(node),
    });
    const positions: Record<string, cytoscape.Position> = {};
    columns.forEach((column, depth) => column.forEach((node, i) => (positions[node.id()] = { x: depth * 280, y: (i - (column.length - 1) / 2) * RING_STEP })));
    await this.place(positions);
  }

  /** Adds what is not drawn yet, and lays the graph out again round the node expanded. */
  async expand(elements: Elements, around: string): Promise<number> {
    const center = this.cy.getElementById(around).position();
    const fresh = definitions(elements).filter((d) => this.cy.getElementById(d.data.id!).empty());
    // New nodes grow out of the node expanded as the layout animates, from a small ring round it: any nearer,
    // and Cytoscape warns that it cannot draw an edge between overlapping nodes.
    const freshNodes = fresh.filter((d) => d.group === "nodes");
    freshNodes.forEach((d, i) => {
      const angle = (2 * Math.PI * i) / freshNodes.length;
      d.position = { x: center.x + 60 * Math.cos(angle), y: center.y + 60 * Math.sin(angle) };
    });
    this.cy.add(fresh);
    this.markExpanded(around);
    this.focus = around;
    await this.relayout();
    return freshNodes.length;
  }

  /** Lays the graph out round the node drawn or expanded last (radialPositions). */
  async relayout(): Promise<void> {
    if (this.focus && this.cy.getElementById(this.focus).nonempty()) await this.place(radialPositions(this.cy, this.focus));
  }

  markExpanded(id: string): void {
    this.cy.getElementById(id).addClass("expanded");
  }

  isExpanded(id: string): boolean {
    return this.cy.getElementById(id).hasClass("expanded");
  }

  /** Selects one element (node or edge) alone, as a tap does. */
  select(id: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 }, duration: 250 });
  }

  clear(): void {
    this.cy.elements().remove();
  }

  private replace(elements: Elements, root: string): void {
    this.focus = root;
    this.cy.batch(() => {
      this.clear();
      this.cy.add(definitions(elements));
      this.cy.getElementById(root).addClass("root");
    });
  }

  /** Moves the nodes to `positions`, animated, and fits the drawing to the window. */
  private async place(positions: Record<string, cytoscape.Position>): Promise<void> {
    const layout = this.cy.layout({ name: "preset", positions, animate: true, animationDuration: 350, padding: 30 });
    const stopped = layout.promiseOn("layoutstop");
    layout.run();
    await stopped;
  }
}
