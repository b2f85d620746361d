/**
 * HTML to article text: the story's paragraphs, one per line with blank lines between, without the page's
 * furniture (navigation, captions, share buttons, donation appeals), and the metadata the page declares.
 */
import { parse, type HTMLElement } from "node-html-parser";

export interface HtmlArticle {
  text: string;
  title?: string;
  url?: string;
  publisher?: string;
  publishedOn?: string;
}

const DROP_TAGS = "script, style, noscript, template, nav, header, footer, aside, figure, figcaption, form, iframe, svg, button, select, menu";
/** Class or id words of page furniture. */
const FURNITURE = /(?:^|[\s_-])(?:nav|navbar|menu|footer|header|share|sharing|social|related|recommended|donat\w*|subscribe|newsletter|caption|credit|promo|advert\w*|ads?|cookie\w*|breadcrumbs?|sidebar|widget|comments?|skip|popular|most-viewed|trending|byline-tools|tags?)(?:$|[\s_-])/i;
/** Lines that are furniture wherever they stand. */
const FURNITURE_LINES = /^(?:skip to (?:main )?content|most (?:viewed|read|popular)|advertisement|share this|related( stories| articles)?|sign up.*newsletter.*|.*tax[- ]deductible (?:gift|donation).*|donate( now)?|subscribe( now)?)$/i;
const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

function meta(root: HTMLElement, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = root.querySelector(`meta[property="${name}"]`) ?? root.querySelector(`meta[name="${name}"]`);
    const content = el?.getAttribute("content");
    if (content && clean(content)) return clean(content);
  }
  return undefined;
}

export function htmlToArticle(html: string): HtmlArticle {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  for (const el of root.querySelectorAll(DROP_TAGS)) el.remove();
  for (const el of root.querySelectorAll("[class], [id], [role]")) {
    const words = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (FURNITURE.test(words) || /^(?:navigation|banner|contentinfo|complementary)$/.test(el.getAttribute("role") ?? "")) el.remove();
  }
  const body = root.querySelector("article") ?? root.querySelector("main") ?? root.querySelector("body") ?? root;
  const blocks = body.querySelectorAll(BLOCKS).filter((el) => !el.querySelector(BLOCKS));
  const lines = (blocks.length ? blocks.map((el) => clean(el.textContent)) : body.textContent.split(/\n\s*\n/).map(clean)).filter((l) => l && !FURNITURE_LINES.test(l));
  const published = meta(root, "article:published_time", "datePublished", "date", "pubdate")?.slice(0, 10);
  return {
    text: [...new Set(lines)].join("\n\n"),
    title: meta(root, "og:title", "twitter:title") ?? (clean(root.querySelector("title")?.textContent ?? "") || undefined),
    url: meta(root, "og:url") ?? root.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined,
    publisher: meta(root, "og:site_name", "publisher"),
    publishedOn: published && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(published) ? published : undefined,
  };
}
