/** The side panel: what a clicked node or edge is, and the evidence for it. */
import { h } from "./dom";
import { articleByline, articleHeading, evidenceCards } from "./evidence";
import { KIND_STYLES, isNodeKind, type NodeKind, type NodeRef } from "./kinds";
import { pathEdge, type EdgeData, type NodeData, type PathStep } from "./neighborhood";
import type * as Op from "../generated/operations";

export interface Navigator {
  /** Draw a node's neighborhood (a name in the panel was clicked). */
  explore(node: NodeRef): void;
}

type Ref = { __typename: string; id: string; name: string };

export function kindBadge(kind: NodeKind, text: string = KIND_STYLES[kind].label): HTMLElement {
  return h("span", { class: `badge kind-${kind}` }, text);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function evidenceSection(spans: Op.EvidenceSpanFragment[]): HTMLElement[] {
  const articles = new Set(spans.map((s) => s.article.id)).size;
  return [
    h("h3", null, "Evidence", h("span", { class: "count" }, ` · ${plural(spans.length, "passage")} in ${plural(articles, "article")}`)),
    evidenceCards(spans),
  ];
}

function facts(rows: [string, Node | string | null | undefined][]): HTMLElement {
  return h("dl", { class: "facts" }, rows.filter(([, value]) => value !== null && value !== undefined && value !== "").flatMap(([term, value]) => [h("dt", null, term), h("dd", null, value)]));
}

function dated(value: string | null | undefined, inferred: boolean | null | undefined): string | undefined {
  return value ? (inferred ? `${value} (inferred)` : value) : undefined;
}

export class Panel {
  constructor(
    private readonly root: HTMLElement,
    private readonly navigator: Navigator,
  ) {
    this.intro();
  }

  intro(): void {
    this.render(
      h("h2", null, "Evidence"),
      h("p", { class: "muted" }, "Click a node or an edge to see the passages behind it, highlighted in their articles."),
    );
  }

  loading(title: string): void {
    this.render(h("h2", null, title), h("p", { class: "muted loading" }, "Loading…"));
  }

  error(title: string, message: string): void {
    this.render(h("h2", null, title), h("p", { class: "error", role: "alert" }, message));
  }

  /** A clickable name that draws that node's neighborhood. */
  link(ref: Ref | NodeRef): HTMLElement {
    const kind = "kind" in ref ? ref.kind : ref.__typename;
    if (!isNodeKind(kind)) return h("span", null, ref.name);
    const node: NodeRef = { id: ref.id, kind, name: ref.name };
    return h("button", { type: "button", class: `node-link kind-${kind}`, title: `Draw ${ref.name}'s connections`, onclick: () => this.navigator.explore(node) }, ref.name);
  }

  entity(e: Op.EntityDetailsQuery["entities"][number]): void {
    const extra: [string, string | null | undefined][] =
      e.__typename === "Person" ? [["Party", e.party]] : e.__typename === "Law" ? [["Kind", e.kind], ["Status", e.status]] : e.__typename === "Program" ? [] : [["Kind", e.kind]];
    this.render(
      kindBadge(e.__typename),
      h("h2", null, e.name),
      e.description && h("p", { class: "description" }, e.description),
      facts([["Also called", e.aliases.join(" · ")], ...extra]),
      ...evidenceSection(e.evidence),
    );
  }

  statement(s: Op.StatementDetailsQuery["statements"][number]): void {
    this.render(
      kindBadge("Statement", s.kind === "DIRECT_QUOTE" ? "Statement · direct quote" : "Statement · paraphrase"),
      h("blockquote", { class: "quote" }, s.text),
      facts([
        ["Speaker", s.speaker ? this.link(s.speaker) : "not identified"],
        ["Introduced as", s.speakerLabel && `“${s.speakerLabel}”`],
        ["Said on", dated(s.saidOn, s.saidOnInferred)],
      ]),
      h("h3", null, "Appearances", h("span", { class: "count" }, " · oldest first")),
      this.appearances(s.appearances),
      h("h3", null, "Variants"),
      s.variants.length === 0
        ? h("p", { class: "muted" }, "No near-duplicates or misquotes of it in the graph.")
        : h(
            "ul",
            { class: "variants" },
            s.variants.map((v) =>
              h(
                "li",
                null,
                h("span", { class: "similarity" }, `${Math.round(v.similarity * 100)}%`),
                h("button", { type: "button", class: "node-link kind-Statement", onclick: () => this.navigator.explore({ id: v.statement.id, kind: "Statement", name: v.statement.text }) }, `“${v.statement.text}”`),
                v.statement.speaker && [" — ", this.link(v.statement.speaker)],
              ),
            ),
          ),
      h("h3", null, "Fact-checks"),
      factCheckList(s.factChecks),
      s.records.length > 0 && [
        h("h3", null, "Dataset records"),
        h(
          "ul",
          { class: "records" },
          s.records.map((r) =>
            h(
              "li",
              null,
              `${r.dataset} ${r.recordId}`,
              r.speaker && ` · speaker ${r.speaker}${r.probability !== null && r.probability !== undefined ? ` (p = ${r.probability.toFixed(2)})` : ""}`,
              h("ul", null, r.articles.map((a) => h("li", null, a.url ? h("a", { href: a.url, target: "_blank", rel: "noopener" }, a.url) : "(no URL)", a.publishedOn ? ` · ${a.publishedOn}` : ""))),
            ),
          ),
        ),
      ],
      ...evidenceSection(s.evidence),
    );
  }

  claim(c: Op.ClaimDetailsQuery["claims"][number]): void {
    const value = c.value === null ? undefined : [c.qualifier, c.value.toLocaleString("en-US"), c.unit].filter(Boolean).join(" ");
    this.render(
      kindBadge("Claim"),
      h("blockquote", { class: "quote claim" }, c.text),
      facts([
        ["Value", value],
        ["As of", dated(c.asOf, c.asOfInferred)],
        ["Credited to", c.source ? this.link(c.source) : c.sourceDocument ? `${c.sourceDocument} (no maker named)` : "nobody named"],
      ]),
      c.arithmetic.length > 0 && [
        h("h3", null, "Arithmetic"),
        h(
          "ul",
          { class: "arithmetic" },
          c.arithmetic.map((a) =>
            h("li", { class: a.consistent ? "consistent" : "inconsistent" }, `${a.expression} = ${a.computed.toFixed(1)} (stated ${a.stated}) — ${a.consistent ? "consistent" : "does not add up"}`),
          ),
        ),
      ],
      h("h3", null, "Appearances", h("span", { class: "count" }, " · oldest first")),
      this.appearances(c.appearances),
      h("h3", null, "Fact-checks"),
      factCheckList(c.factChecks),
      ...evidenceSection(c.evidence),
    );
  }

  event(e: Op.EventDetailsQuery["events"][number]): void {
    this.render(
      kindBadge("Event", `Event · ${e.kind.toLowerCase().replace(/_/g, " ")}`),
      h("h2", null, e.name),
      facts([
        ["Date", dated(e.date, e.dateInferred) ?? "undated"],
        ["Why that date", e.dateInferred ? e.dateBasis : undefined],
        ["Law's status after", e.lawStatus],
      ]),
      ...evidenceSection(e.evidence),
    );
  }

  edge(edge: EdgeData, source: NodeData, target: NodeData, evidence: Op.EvidenceSpanFragment[]): void {
    this.render(
      h("span", { class: `badge tone-${edge.tone}` }, "Connection"),
      h("h2", { class: "edge-title" }, this.link(source), h("span", { class: `relation tone-${edge.tone}` }, edge.undirected ? ` ${edge.label} ` : ` ${edge.label} → `), this.link(target)),
      facts([
        ["Note", edge.note],
        ["Relayed by", edge.relayedBy?.length ? edge.relayedBy.join(", ") : undefined],
      ]),
      ...evidenceSection(evidence),
    );
  }

  /** The chains found, each hop clickable to show its evidence. */
  paths(from: string, to: string, paths: Op.ConnectionsQuery["connections"], onStep: (edgeId: string, step: PathStep) => void): void {
    this.render(
      h("h2", null, `From ${from} to ${to}`),
      paths.length === 0
        ? h("p", { class: "muted" }, "No connection within that many hops.")
        : [
            h("p", { class: "muted" }, `${plural(paths.length, "shortest chain")}, ${plural(paths[0].steps.length, "hop")} each. Click a hop for its evidence.`),
            h(
              "ol",
              { class: "paths" },
              paths.map((path) =>
                h(
                  "li",
                  null,
                  path.steps.map((step, i) =>
                    h(
                      "span",
                      { class: "hop" },
                      i === 0 && h("span", { class: "hop-node" }, step.from.name),
                      h("button", { type: "button", class: "hop-relation", onclick: () => onStep(pathEdge(step).id, step) }, step.forward ? ` ${step.relation} → ` : ` ← ${step.relation} `),
                      h("span", { class: "hop-node" }, step.to.name),
                    ),
                  ),
                ),
              ),
            ),
          ],
    );
  }

  private appearances(list: Op.AppearanceItemFragment[]): HTMLElement {
    if (list.length === 0) return h("p", { class: "muted" }, "No recorded appearances.");
    return h(
      "ol",
      { class: "appearances" },
      list.map((a) =>
        h("li", null, articleHeading(a.article), articleByline(a.article), h("p", { class: "relay" }, a.relayedBy ? `relayed by ${a.relayedBy.name}` : "reported directly (no outlet credited)")),
      ),
    );
  }

  private render(...children: (Node | string | false | null | undefined | (Node | false)[])[]): void {
    this.root.replaceChildren(h("div", { class: "panel-body" }, ...children));
    this.root.scrollTop = 0;
  }
}

/** Reviews of a matching claim: the verdict first, as a checker scans for it. */
function factCheckList(list: Op.FactCheckItemFragment[]): HTMLElement {
  if (list.length === 0) return h("p", { class: "muted" }, "No fact-check of a matching claim in the graph.");
  return h(
    "ul",
    { class: "fact-checks" },
    list.map(({ score, factCheck: f }) =>
      h(
        "li",
        null,
        h("span", { class: "rating" }, f.textualRating ?? "no verdict given"),
        " ",
        h("a", { href: f.url, target: "_blank", rel: "noopener" }, `“${f.claimReviewed}”`),
        h("span", { class: "muted" }, ` · ${[f.publisher?.name, f.reviewDate, f.claimant && `claimed by ${f.claimant.name}`].filter(Boolean).join(" · ")} · match ${Math.round(score * 100)}%`),
      ),
    ),
  );
}
