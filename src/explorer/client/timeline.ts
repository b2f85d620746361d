/** The timeline view: the events in the life of a law, jurisdiction or program, oldest first, undated last. */
import { h } from "./dom";
import { isNodeKind, KIND_STYLES, type NodeRef } from "./kinds";
import { kindBadge } from "./panel";
import type { TimelineQuery } from "../generated/operations";

export interface TimelineHandlers {
  /** An event was clicked: show its evidence. */
  event(node: NodeRef): void;
  /** A participant was clicked: draw its neighborhood. */
  explore(node: NodeRef): void;
}

function humanize(code: string): string {
  return code.toLowerCase().replace(/_/g, " ");
}

export function renderTimeline(root: HTMLElement, name: string, data: TimelineQuery, handlers: TimelineHandlers): void {
  const subject = data.subject[0];
  const heading = subject
    ? h("h2", null, "Timeline of ", subject.name, " ", isNodeKind(subject.__typename) && kindBadge(subject.__typename))
    : h("h2", null, `Nothing is called “${name}”`);
  const others = data.subject.slice(1).map((s) => s.name);
  const note = others.length > 0 && h("p", { class: "muted" }, `“${name}” also names ${others.join(", ")}; this is the best match.`);
  const events = data.timeline.map((e) =>
    h(
      "li",
      { class: "timeline-event" },
      h("div", { class: "when" }, e.date ?? "undated", e.dateInferred && h("span", { class: "inferred" }, "inferred")),
      h(
        "div",
        { class: "what" },
        h("button", { type: "button", class: "event-name", onclick: () => handlers.event({ id: e.id, kind: "Event", name: e.name }) }, e.name),
        h(
          "p",
          { class: "event-meta" },
          h("span", { class: "chip" }, humanize(e.kind)),
          e.lawStatus && h("span", { class: "chip status" }, `status: ${humanize(e.lawStatus)}`),
        ),
        e.involves.length > 0 &&
          h(
            "p",
            { class: "involves" },
            "Involves ",
            e.involves.map((x) => {
              if (!isNodeKind(x.__typename)) return null;
              const node: NodeRef = { id: x.id, kind: x.__typename, name: x.name };
              return h("button", { type: "button", class: `node-link kind-${node.kind}`, title: `Draw ${x.name}'s connections (${KIND_STYLES[node.kind].label})`, onclick: () => handlers.explore(node) }, x.name);
            }),
          ),
      ),
    ),
  );
  root.replaceChildren(
    h(
      "div",
      { class: "timeline-body" },
      heading,
      note,
      subject && events.length === 0 && h("p", { class: "muted" }, "No dated or undated events recorded for it."),
      events.length > 0 && h("ol", { class: "timeline" }, events),
    ),
  );
}
