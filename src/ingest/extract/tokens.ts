/** Word tokens with offsets, and runs of capitalized words: the raw material of names. */
import { ORG_HEADS, PERSON_TITLES, STATE_ABBREVIATIONS } from "./lexicon";
import type { Span } from "./text";

export interface Token extends Span {
  text: string;
}

const WORD = /\d+\([a-z]\)|(?:[A-Z]\.){2,}|[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*(?:[’'](?=\s))?/gu;
const ABBREVIATED = new Set([...Object.keys(PERSON_TITLES), ...Object.keys(STATE_ABBREVIATIONS), "St.", "Jr.", "Sr.", "Inc.", "Co.", "Corp.", "No.", "Mt.", "Ft."]);

/** Words of `span`; a period is kept on abbreviations and initials ("Gov.", "Ore.", "M."). */
export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const part = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(part); m; m = WORD.exec(part)) {
    // A possessive is not part of the name: "ICE's partnership" mentions ICE.
    let word = m[0].replace(/[’']s$/, "");
    const start = span.start + m.index;
    if (text[start + word.length] === "." && (ABBREVIATED.has(`${word}.`) || /^[A-Z]$/.test(word))) word += ".";
    out.push({ start, end: start + word.length, text: word });
  }
  return out;
}

export const isCapitalized = (t: string): boolean => /^[\p{Lu}]/u.test(t) || /^\d+\([a-z]\)$/.test(t);
export const isAcronym = (t: string): boolean => /^[A-Z]{2,6}$/.test(t) || /^(?:[A-Z]\.){2,}$/.test(t);

/** "the Justice Center on Sunday": a day or month after a connector starts no name. */
const DAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** Lower-case words that may join capitalized ones inside one name ("Immigration and Customs Enforcement"). */
const CONNECTORS = new Set(["of", "and", "for", "the", "&", "de", "on"]);

/** Do the capitalized tokens from `i` on end in an organization's head ("Patrolmen's Benevolent Association")? */
function endsInOrganization(text: string, tokens: Token[], i: number): boolean {
  for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
    if (!isCapitalized(tokens[j].text)) return false;
    if (ORG_HEADS.has(tokens[j].text)) return true;
    if (text.slice(tokens[j].end, tokens[j + 1]?.start ?? tokens[j].end) !== " ") return false;
  }
  return false;
}

/** Do the capitalized tokens from `i` on name a college or university ("Lanford College", "University of Tarrow")? */
function atAcademy(text: string, tokens: Token[], i: number): boolean {
  for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
    if (!isCapitalized(tokens[j].text)) return false;
    if (/^(?:College|University|Institute)$/.test(tokens[j].text)) return true;
    if (text.slice(tokens[j].end, tokens[j + 1]?.start ?? tokens[j].end) !== " ") return false;
  }
  return false;
}

/**
 * Maximal runs of capitalized tokens separated only by single spaces, allowing connectors between them. Which
 * connectors truly belong to a name is decided later (names.ts), so the run keeps them all.
 */
export function capitalizedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !isCapitalized(run[run.length - 1].text)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const gap = run.length > 0 ? text.slice(run[run.length - 1].end, t.start) : "";
    // "Kessler County Sheriff’s Office": a possessive inside an organization's name keeps the run together.
    // ("the Legislature's Office of Program Evaluation": one body's office "of" something is a body of its own.)
    const officeOfBody = run.length === 1 && ORG_HEADS.has(run[0].text) && /^(?:Office|Division|Bureau)$/.test(t.text) && tokens[i + 1]?.text === "of";
    const joined = gap === " " || (/^[’']s $/.test(gap) && endsInOrganization(text, tokens, i) && !officeOfBody);
    if (isCapitalized(t.text) && gap === " & ") {
      // "Barnett & Cole": the ampersand, which is no word, joins the run as a connector.
      const at = run[run.length - 1].end + 1;
      run.push({ ...t, text: "&", start: at, end: at + 1 }, t);
    } else if (isCapitalized(t.text)) {
      if (!joined) flush();
      run.push(t);
    } else if (joined && CONNECTORS.has(t.text) && isCapitalized(tokens[i + 1]?.text ?? "") && text.slice(t.end, tokens[i + 1].start) === " " && !DAYS.test(tokens[i + 1].text)) {
      run.push(t);
    } else if (joined && /^\d{1,4}$/.test(t.text) && text.slice(t.end, tokens[i + 1]?.start ?? t.end) === " " && endsInOrganization(text, tokens, i + 1)) {
      // "Kentucky 911 Services Board": a number inside a body's name.
      run.push(t);
    } else if (joined && t.text === "at" && run.some((x) => ORG_HEADS.has(x.text)) && atAcademy(text, tokens, i + 1)) {
      // "Center for Public Opinion at Lanford College": a unit of a college is named with it.
      run.push(t);
    } else if (joined && t.text === "at" && tokens[i + 1]?.text === "the" && run.some((x) => ORG_HEADS.has(x.text)) && atAcademy(text, tokens, i + 2) && text.slice(t.end, tokens[i + 2].start) === " the ") {
      // ("… Economics Project at the University of Wisconsin-Madison")
      run.push(t, tokens[i + 1]);
      i++;
    } else if (joined && t.text === "of" && tokens[i + 1]?.text === "the" && isCapitalized(tokens[i + 2]?.text ?? "") && text.slice(t.end, tokens[i + 2].start) === " the ") {
      // "Office of the Public Defender"
      run.push(t, tokens[i + 1]);
      i++;
    } else flush();
  }
  flush();
  return runs;
}
