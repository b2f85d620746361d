/**
 * Builds GraphPlans (src/graph/plan.ts) for the synthetic corpus the way src/ingest/curated.ts does: nodes by
 * id, relationships between them, Name keys for every name and alias, and Evidence spans that are exactly
 * their article's text.
 */
import { nameKey, type NodeLabel, type RelationshipType } from "../../src/graph/model";
import type { GraphPlan, Properties } from "../../src/graph/plan";
import type { Entity } from "./world";

type Ref = { label: NodeLabel; id: string };

/** An article's text as it is written, piece by piece, handing out the spans of what it reports. */
export class ArticleText {
  private text = "";

  constructor(readonly article: string) {}

  get position(): number {
    return this.text.length;
  }

  /** Appends `piece` and returns its span. */
  add(piece: string): Span {
    const start = this.text.length;
    this.text += piece;
    return this.span(start, this.text.length);
  }

  /** The span [start, end) of what is written so far. */
  span(start: number, end: number): Span {
    return { article: this.article, start, end, excerpt: this.text.slice(start, end) };
  }

  toString(): string {
    return this.text;
  }
}

export interface Span {
  article: string;
  start: number;
  end: number;
  excerpt: string;
}

export class PlanBuilder {
  readonly plan: GraphPlan = { nodes: [], relationships: [], names: [] };
  private readonly nodeIds = new Set<string>();
  private readonly evidenceIds = new Set<string>();

  node(label: NodeLabel, id: string, properties: Properties): Ref {
    if (!this.nodeIds.has(id)) {
      this.nodeIds.add(id);
      this.plan.nodes.push({ label, id, properties });
    }
    return { label, id };
  }

  link(type: RelationshipType, from: Ref, to: Ref, properties?: Properties): void {
    this.plan.relationships.push({ type, from: { label: from.label, id: from.id }, to: { label: to.label, id: to.id }, properties });
  }

  /** The entity node with its names (each folded once, as curated.ts does). */
  entity(e: Entity): Ref {
    const ref = this.node(e.label, e.id, { name: e.name, aliases: e.aliases, kind: e.kind });
    for (const key of new Set([e.name, ...e.aliases].map(nameKey))) this.plan.names.push({ key, entity: ref });
    return ref;
  }

  /** The Evidence node of a span (once per span), linked to its article. */
  evidence(span: Span): Ref {
    const id = `${span.article}@${span.start}-${span.end}`;
    const ref: Ref = { label: "Evidence", id };
    if (!this.evidenceIds.has(id)) {
      this.evidenceIds.add(id);
      this.node("Evidence", id, { start: span.start, end: span.end, excerpt: span.excerpt });
      this.link("IN_ARTICLE", ref, { label: "Article", id: span.article });
    }
    return ref;
  }

  support(fact: Ref, span: Span): void {
    this.link("SUPPORTED_BY", fact, this.evidence(span));
  }

  /** Checks every evidence excerpt against its article's text: the corpus's one invariant. */
  checkSpans(texts: Map<string, string>): void {
    for (const n of this.plan.nodes) {
      if (n.label !== "Evidence") continue;
      const article = n.id.slice(0, n.id.lastIndexOf("@"));
      const text = texts.get(article);
      const { start, end, excerpt } = n.properties as { start: number; end: number; excerpt: string };
      if (text === undefined || text.slice(start, end) !== excerpt) throw new Error(`evidence ${n.id} is not its article's text`);
    }
  }

  get size(): { nodes: number; relationships: number } {
    return { nodes: this.plan.nodes.length, relationships: this.plan.relationships.length + this.plan.names.length };
  }
}

export const ref = (e: { label: NodeLabel; id: string }): Ref => ({ label: e.label, id: e.id });
