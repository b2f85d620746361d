/**
 * Evidence as a reader checks it: each article once, with its title (or summary and id), publisher and date
 * (marked when inferred), and its full text with every supporting span highlighted in place.
 */
import { h } from "./dom";
import type { ArticleSourceFragment, EvidenceSpanFragment } from "../generated/operations";

/** "2015 (inferred)", or "date unknown". */
function publicationDate(article: ArticleSourceFragment): string {
  if (!article.publishedOn) return "date unknown";
  return article.publishedOnInferred ? `${article.publishedOn} (inferred)` : article.publishedOn;
}

/** The article's heading: its title, or, lacking one, its id with the curator's summary. */
export function articleHeading(article: ArticleSourceFragment): HTMLElement {
  if (article.title) return h("h4", { class: "article-title" }, article.title);
  return h("h4", { class: "article-title untitled" }, h("code", null, article.id), article.summary ? ` ${article.summary}` : " (untitled)");
}

export function articleByline(article: ArticleSourceFragment): HTMLElement {
  return h(
    "p",
    { class: "byline" },
    h("span", { class: article.publisher ? "publisher" : "publisher unknown" }, article.publisher?.name ?? "publisher not stated"),
    " · ",
    h("span", { class: article.publishedOnInferred ? "date inferred" : "date" }, publicationDate(article)),
  );
}

/** The text cut at every span boundary, each piece marked when some span covers it. */
function highlighted(text: string, spans: EvidenceSpanFragment[]): (string | HTMLElement)[] {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])]
    .filter((c) => c >= 0 && c <= text.length)
    .sort((a, b) => a - b);
  const pieces: (string | HTMLElement)[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = spans.find((s) => s.start <= from && to <= s.end);
    const piece = text.slice(from, to);
    pieces.push(covering ? h("mark", { "data-evidence": covering.id, title: `characters ${covering.start}–${covering.end}` }, piece) : piece);
  }
  return pieces;
}

/** Scrolls the article box so that its `index`th highlight sits a third of the way down. */
function scrollToMark(box: HTMLElement, index: number): void {
  const marks = box.querySelectorAll("mark");
  const mark = marks[index];
  if (!mark) return;
  marks.forEach((m, i) => m.classList.toggle("current", i === index));
  box.scrollTop = Math.max(0, (mark as HTMLElement).offsetTop - box.clientHeight / 3);
}

function articleCard(spans: EvidenceSpanFragment[]): HTMLElement {
  const article = spans[0].article;
  // A dataset's span (Quotebank) comes without the article's text: its excerpt is the context the dataset gives.
  const box =
    article.text === ""
      ? h("div", { class: "article-text", tabindex: 0, "aria-label": "Context" }, spans.map((s) => h("p", null, h("mark", { "data-evidence": s.id, title: `as ${s.dataset ?? "the dataset"} gives it` }, s.excerpt))))
      : h("div", { class: "article-text", tabindex: 0, "aria-label": "Article text" }, highlighted(article.text, spans));
  const marks = box.querySelectorAll("mark").length;
  const counter = h("span", { class: "counter" });
  let current = 0;
  const step = (delta: number) => {
    current = (current + delta + marks) % marks;
    counter.textContent = marks === 1 ? "1 passage" : `passage ${current + 1} of ${marks}`;
    scrollToMark(box, current);
  };
  const card = h(
    "article",
    { class: "evidence-card" },
    articleHeading(article),
    articleByline(article),
    h(
      "div",
      { class: "passages" },
      counter,
      marks > 1 && h("button", { type: "button", onclick: () => step(-1), "aria-label": "Previous passage" }, "‹"),
      marks > 1 && h("button", { type: "button", onclick: () => step(1), "aria-label": "Next passage" }, "›"),
    ),
    box,
  );
  // Laid out only once in the document: scroll then.
  requestAnimationFrame(() => step(0));
  return card;
}

/** One card per article, oldest article first, spans in text order. */
export function evidenceCards(spans: EvidenceSpanFragment[]): HTMLElement {
  if (spans.length === 0) return h("p", { class: "muted" }, "No evidence recorded.");
  const byArticle = new Map<string, EvidenceSpanFragment[]>();
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    byArticle.set(span.article.id, [...(byArticle.get(span.article.id) ?? []), span]);
  }
  const groups = [...byArticle.values()].sort((a, b) => (a[0].article.publishedOn ?? "9999").localeCompare(b[0].article.publishedOn ?? "9999"));
  return h("div", { class: "evidence" }, groups.map(articleCard));
}
