/**
 * The explorer page: search → neighborhood graph, click to expand and read evidence, a path view and a timeline
 * view. Everything it shows comes from the public GraphQL API (api.ts).
 */
import type { Core } from "cytoscape";
import { createApi } from "./api";
import { byId, h, truncate } from "./dom";
import { ExplorerGraph } from "./graph";
import { KIND_STYLES, NODE_KINDS, type NodeRef } from "./kinds";
import { fetchNeighborhood, pathElements, type EdgeData, type NodeData } from "./neighborhood";
import { Panel } from "./panel";
import { SearchBox } from "./search";
import { renderTimeline } from "./timeline";

type Mode = "explore" | "path" | "timeline";

/** For tests and the console: the Cytoscape instance, and how many requests and layouts are under way. */
interface ExplorerHandle {
  cy: Core;
  busy: number;
  mode: Mode;
}

declare global {
  interface Window {
    __explorer?: ExplorerHandle;
  }
}

const config = JSON.parse(byId("explorer-config").textContent ?? "{}") as { endpoint: string };
const api = createApi(config.endpoint);
const statusLine = byId("status");
const hint = byId("hint");
const timelineView = byId("timeline");

// One table of kind colors, for Cytoscape and, through custom properties, for the stylesheet's badges.
for (const kind of NODE_KINDS) document.documentElement.style.setProperty(`--kind-${kind}`, KIND_STYLES[kind].color);

const graph = new ExplorerGraph(byId("graph"), { node: (n) => void nodeClicked(n), edge: (e) => void edgeClicked(e) });
const panel = new Panel(byId("panel"), { explore: (n) => void explore(n) });
const handle: ExplorerHandle = { cy: graph.cy, busy: 0, mode: "explore" };
window.__explorer = handle;

function track<T>(work: Promise<T>): Promise<T> {
  handle.busy++;
  return work.finally(() => handle.busy--);
}

function status(text: string, error = false): void {
  statusLine.textContent = text;
  statusLine.classList.toggle("error", error);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function setMode(mode: Mode): void {
  handle.mode = mode;
  document.querySelectorAll<HTMLButtonElement>(".modes button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.mode === mode)));
  document.querySelectorAll<HTMLFormElement>(".mode-form").forEach((f) => (f.hidden = f.dataset.mode !== mode));
  timelineView.hidden = mode !== "timeline";
  document.querySelector<HTMLInputElement>(`.mode-form[data-mode=${mode}] input`)?.focus();
}

/** The side panel's latest request wins: a slow answer for an earlier click must not replace a newer one. */
let panelTicket = 0;

async function showDetails(node: NodeRef): Promise<void> {
  const ticket = ++panelTicket;
  panel.loading(node.name);
  try {
    const variables = { id: node.id };
    const render = await track(
      (async (): Promise<(() => void) | undefined> => {
        switch (node.kind) {
          case "Statement": {
            const s = (await api.statementDetails(variables)).statements[0];
            return s && (() => panel.statement(s));
          }
          case "Claim": {
            const c = (await api.claimDetails(variables)).claims[0];
            return c && (() => panel.claim(c));
          }
          case "Event": {
            const e = (await api.eventDetails(variables)).events[0];
            return e && (() => panel.event(e));
          }
          default: {
            const e = (await api.entityDetails(variables)).entities[0];
            return e && (() => panel.entity(e));
          }
        }
      })(),
    );
    if (ticket !== panelTicket) return;
    if (render) render();
    else panel.error(node.name, "It is no longer in the graph.");
  } catch (error) {
    if (ticket === panelTicket) panel.error(node.name, message(error));
  }
}

async function showEdge(edge: EdgeData): Promise<void> {
  const ticket = ++panelTicket;
  const source = graph.cy.getElementById(edge.source).data() as NodeData;
  const target = graph.cy.getElementById(edge.target).data() as NodeData;
  panel.loading(`${truncate(source.name, 40)} ${edge.label} ${truncate(target.name, 40)}`);
  try {
    const { evidences } = await track(api.evidence({ ids: edge.evidence }));
    if (ticket === panelTicket) panel.edge(edge, source, target, evidences);
  } catch (error) {
    if (ticket === panelTicket) panel.error(edge.label, message(error));
  }
}

/** Draws a node's neighborhood afresh, and shows the node itself in the panel. */
async function explore(node: NodeRef): Promise<void> {
  if (handle.mode !== "explore") setMode("explore");
  const name = truncate(node.name, 60);
  status(`Drawing the connections of ${name}…`);
  const details = showDetails(node);
  try {
    const elements = await track(fetchNeighborhood(api, node));
    hint.hidden = true;
    await track(graph.showNeighborhood(elements, node.id));
    graph.select(node.id);
    status(`${name}: ${elements.nodes.size - 1} neighbors. Click a node to expand it and read its evidence; click an edge for the evidence behind it.`);
  } catch (error) {
    status(`Could not draw ${name}: ${message(error)}`, true);
  }
  await details;
}

async function expand(node: NodeData): Promise<void> {
  const name = truncate(node.name, 60);
  status(`Expanding ${name}…`);
  try {
    const added = await track(graph.expand(await track(fetchNeighborhood(api, node)), node.id));
    status(added > 0 ? `${name}: ${added} more ${added === 1 ? "node" : "nodes"} drawn.` : `${name}: everything it connects to is already drawn.`);
  } catch (error) {
    status(`Could not expand ${name}: ${message(error)}`, true);
  }
}

async function nodeClicked(node: NodeData): Promise<void> {
  await Promise.all([showDetails(node), graph.isExpanded(node.id) ? undefined : expand(node)]);
}

async function edgeClicked(edge: EdgeData): Promise<void> {
  await showEdge(edge);
}

async function connect(from: string, to: string, maxHops: number): Promise<void> {
  status(`Looking for connections from ${from} to ${to}…`);
  try {
    const data = await track(api.connections({ from, to, maxHops }));
    const [start, end] = [data.fromEntity[0], data.toEntity[0]];
    if (!start || !end) {
      status(`Nothing is called “${start ? to : from}”.`, true);
      return;
    }
    panel.paths(start.name, end.name, data.connections, (edgeId) => {
      graph.select(edgeId);
      const edge = graph.cy.getElementById(edgeId);
      if (edge.nonempty()) void showEdge(edge.data() as EdgeData);
    });
    if (data.connections.length === 0) {
      status(`No connection from ${start.name} to ${end.name} within ${maxHops} hops.`);
      return;
    }
    hint.hidden = true;
    await track(graph.showPaths(pathElements(data.connections), start.id));
    status(`${data.connections.length} shortest ${data.connections.length === 1 ? "chain" : "chains"} from ${start.name} to ${end.name}. Click an edge for its evidence.`);
  } catch (error) {
    status(`Could not connect ${from} and ${to}: ${message(error)}`, true);
  }
}

async function showTimeline(name: string): Promise<void> {
  status(`Loading the timeline of ${name}…`);
  try {
    const data = await track(api.timeline({ name }));
    renderTimeline(timelineView, name, data, { event: (n) => void showDetails(n), explore: (n) => void explore(n) });
    status(data.subject[0] ? `${data.timeline.length} events. Click one for its evidence.` : `Nothing is called “${name}”.`, !data.subject[0]);
  } catch (error) {
    status(`Could not load the timeline of ${name}: ${message(error)}`, true);
  }
}

function legend(): HTMLElement[] {
  const edgeKey = (tone: string, text: string) => h("li", null, h("span", { class: `line tone-${tone}` }), text);
  return [
    h("ul", { class: "legend-nodes" }, NODE_KINDS.map((kind) => h("li", null, h("span", { class: `swatch kind-${kind}` }), KIND_STYLES[kind].label))),
    h(
      "ul",
      { class: "legend-edges" },
      edgeKey("positive", "supports"),
      edgeKey("negative", "opposes, criticizes"),
      edgeKey("neutral", "office, membership, said…"),
      edgeKey("structural", "about, part of, involves…"),
    ),
  ];
}

function wire(): void {
  byId("legend").replaceChildren(...legend());
  new SearchBox(byId<HTMLInputElement>("search"), byId("search-results"), api, (r) => void explore(r), track);
  document.querySelectorAll<HTMLButtonElement>(".modes button").forEach((b) => b.addEventListener("click", () => setMode(b.dataset.mode as Mode)));
  byId("path-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const value = (id: string) => byId<HTMLInputElement>(id).value.trim();
    void connect(value("path-from"), value("path-to"), Number(byId<HTMLSelectElement>("path-hops").value));
  });
  byId("timeline-form").addEventListener("submit", (e) => {
    e.preventDefault();
    void showTimeline(byId<HTMLInputElement>("timeline-name").value.trim());
  });
  byId("fit").addEventListener("click", () => graph.fit());
  byId("relayout").addEventListener("click", () => void track(graph.relayout()));
  byId("clear").addEventListener("click", () => {
    graph.clear();
    panel.intro();
    hint.hidden = false;
    status("");
  });
  byId<HTMLInputElement>("search").focus();
}

wire();
