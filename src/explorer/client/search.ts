/**
 * The search box: as you type, entities whose name or alias matches and statements and claims whose words do,
 * in a listbox; arrow keys and Enter, or a click, choose one.
 */
import type { Api } from "./api";
import { h, truncate } from "./dom";
import { isNodeKind, type NodeRef } from "./kinds";
import { kindBadge } from "./panel";

interface SearchResult extends NodeRef {
  detail?: string;
}

const LIMIT = 8;
const DEBOUNCE_MS = 200;

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** Results in the order a reader wants them: whole-name matches, partial names, then quotes, then claims. */
async function searchGraph(api: Api, text: string): Promise<SearchResult[]> {
  const data = await api.search({ text, titleCase: titleCase(text), lowerCase: text.toLowerCase(), limit: LIMIT });
  const results = new Map<string, SearchResult>();
  for (const e of [...data.lookup, ...data.entities]) {
    if (isNodeKind(e.__typename) && !results.has(e.id)) results.set(e.id, { id: e.id, kind: e.__typename, name: e.name, detail: e.description ?? undefined });
  }
  for (const { statement: s } of data.searchStatements) {
    results.set(s.id, { id: s.id, kind: "Statement", name: s.text, detail: s.speaker ? `said by ${s.speaker.name}` : undefined });
  }
  for (const { claim: c } of data.searchClaims) results.set(c.id, { id: c.id, kind: "Claim", name: c.text });
  return [...results.values()];
}

export class SearchBox {
  private results: SearchResult[] = [];
  private active = -1;
  /** The text the shown results are for. */
  private searched = "";
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly api: Api,
    private readonly choose: (result: SearchResult) => void,
    /** Wraps work the tests wait for. */
    private readonly track: <T>(work: Promise<T>) => Promise<T>,
  ) {
    input.addEventListener("input", () => this.schedule());
    input.addEventListener("keydown", (e) => this.key(e));
    input.addEventListener("focus", () => this.results.length > 0 && this.open());
    input.form?.addEventListener("submit", (e) => {
      e.preventDefault();
      void this.submit();
    });
    document.addEventListener("click", (e) => {
      if (!input.form?.contains(e.target as Node)) this.close();
    });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length < 2) {
      this.sequence++;
      this.searched = "";
      this.show([]);
      return;
    }
    this.timer = setTimeout(() => void this.run(text), DEBOUNCE_MS);
  }

  /** Enter: the highlighted result, or the first, searching first if typing outran the results. */
  private async submit(): Promise<void> {
    const text = this.input.value.trim();
    if (text.length < 2) return;
    if (text !== this.searched) {
      clearTimeout(this.timer);
      await this.run(text);
    }
    this.pick(Math.max(this.active, 0));
  }

  private async run(text: string): Promise<void> {
    const mine = ++this.sequence;
    this.list.setAttribute("aria-busy", "true");
    try {
      const results = await this.track(searchGraph(this.api, text));
      if (mine !== this.sequence) return;
      this.searched = text;
      this.show(results, `Nothing found for “${text}”.`);
    } catch (error) {
      if (mine === this.sequence) this.show([], `Search failed: ${(error as Error).message}`);
    } finally {
      if (mine === this.sequence) this.list.removeAttribute("aria-busy");
    }
  }

  private show(results: SearchResult[], emptyMessage?: string): void {
    this.results = results;
    this.active = -1;
    const items = results.map((r, i) =>
      h(
        "li",
        { role: "option", id: `search-option-${i}`, "aria-selected": "false", "data-id": r.id, onmousedown: (e: Event) => e.preventDefault(), onclick: () => this.pick(i) },
        kindBadge(r.kind),
        h("span", { class: "result-name" }, r.kind === "Statement" ? `“${truncate(r.name, 110)}”` : truncate(r.name, 110)),
        r.detail && h("span", { class: "result-detail" }, truncate(r.detail, 90)),
      ),
    );
    if (items.length === 0 && emptyMessage) items.push(h("li", { class: "empty", "aria-disabled": "true" }, emptyMessage));
    this.list.replaceChildren(...items);
    if (items.length > 0) this.open();
    else this.close();
  }

  private key(e: KeyboardEvent): void {
    if (e.key === "Escape") return this.close();
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    if (this.results.length === 0) return;
    this.open();
    this.active = (this.active + (e.key === "ArrowDown" ? 1 : -1) + this.results.length) % this.results.length;
    this.list.querySelectorAll("[role=option]").forEach((li, i) => li.setAttribute("aria-selected", String(i === this.active)));
    this.input.setAttribute("aria-activedescendant", `search-option-${this.active}`);
  }

  private pick(index: number): void {
    const result = this.results[index];
    if (!result) return;
    this.close();
    this.input.value = result.kind === "Statement" || result.kind === "Claim" ? truncate(result.name, 60) : result.name;
    this.choose(result);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }
}
