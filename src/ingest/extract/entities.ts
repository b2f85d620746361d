/**
 * Named entities: people, organizations, jurisdictions, laws and programs found in the text, each with every
 * span that mentions it. Names come from runs of capitalized words, typed by titles ("Sheriff"), name heads
 * ("… Coalition", "… County", "… Act"), word lists, the first-name lexicon of compromise, the context they
 * stand in ("said X", "from X") and the names the graph already knows. A surname alone joins the full name it
 * shortens; an acronym joins the name it abbreviates.
 */
import nlp from "compromise";
import {
  BROADCAST_RE, COUNTRIES, EXTRA_FIRST_NAMES, KNOWN_ORGS, KNOWN_PROGRAMS, NOT_NAME_WORDS, ORG_HEADS, OUTLET_HEADS, PARTIES, PERSON_TITLES,
  ROLE_NOUNS, SPANISH_ORG_STARTS, SPEECH_VERB_RE, STATE_ABBREVIATIONS, US_STATES,
} from "./lexicon";
import { allSentences, type Span } from "./text";
import { capitalizedRuns, isAcronym, tokenize, type Token } from "./tokens";

export type EntityType = "Person" | "Organization" | "Jurisdiction" | "Law" | "Program";

export interface EntityMention extends Span {
  text: string;
  /** For a person: the title written in front of the name ("Gov."), and the span from the title on. */
  title?: string;
  withTitle?: Span;
}

export interface ExtractedEntity {
  /** Index in the extraction's entity list. */
  index: number;
  type: EntityType;
  name: string;
  kind?: string;
  aliases: string[];
  mentions: EntityMention[];
  /** For a person: the offices named by titles in front of the name ("Governor", "Sheriff"). */
  titles: string[];
  gender?: "f" | "m";
  /** A person named only by a surname in this article ("Baker"). */
  surnameOnly?: boolean;
  /** The jurisdiction this one is part of (a city's state), as an entity index. */
  partOf?: number;
}

/** A name the graph already knows, so that the extractor recognizes it. */
export interface KnownName {
  name: string;
  type: EntityType;
}

const lexiconCache = new Map<string, { first: boolean; gender?: "f" | "m" }>();
/** compromise's lexicon: is the word a first name, and of which gender. */
export function firstName(word: string): { first: boolean; gender?: "f" | "m" } {
  let hit = lexiconCache.get(word);
  if (!hit) {
    const doc = nlp(word);
    const extra = EXTRA_FIRST_NAMES[word];
    // ("Ji-hoon", "Mei-ling", "Thanh-Huong": a given name of two syllables joined by a hyphen.)
    const syllables = /^\p{Lu}\p{Ll}{1,4}-\p{L}\p{Ll}{1,4}$/u.test(word) && !/^(?:Re|Co|Non|Pre|Mid|Anti|Pro|Post|Self|Ex|Semi|Multi|Well|Long|Full|Part|Half|Low|High|Year|Day|Much|Hard|Up|Down|Out|Over|Under|Cross|Sub|Inter|Off|On|All|Two|One|Six|Ten|Big|Top|Old|New|Far|Tri)-|-(?:elect|me|state|based|owned|run|time|wide|term|area|year|day|city|county|town|led|in|up|out|on)$/i.test(word);
    hit = extra !== undefined ? { first: true, gender: extra || undefined } : { first: doc.has("#FirstName") || syllables, gender: doc.has("#FemaleName") ? "f" : doc.has("#MaleName") ? "m" : undefined };
    lexiconCache.set(word, hit);
  }
  return hit;
}

const TITLE_KEYS = Object.keys(PERSON_TITLES).sort((a, b) => b.split(" ").length - a.split(" ").length || b.length - a.length);
/** Last words of place names ("Castle Ridge", "Ashton Falls"). */
const PLACE_HEADS = new Set(["Falls", "Ridge", "Bend", "Springs", "Heights", "Valley", "Creek", "Hills", "Grove", "Junction", "Crossing", "Landing", "Prairie", "Harbor", "Beach", "Bluffs", "Hollow", "Flats", "Bluff", "Corners", "Station", "Mill", "Mills", "Ford", "Fork", "Wells"]);
const PROGRAM_HEADS = new Set(["Program", "Grant", "Grants"]);
const LAW_HEADS = new Set(["Act", "Bill", "Law", "Ordinance", "Order", "Resolution", "Proposition"]);
const JURISDICTION_HEADS: Record<string, string> = { County: "COUNTY", Parish: "COUNTY", Borough: "TOWN", Township: "TOWN", City: "CITY" };
/** A company's "of" names where it is, not part of its name: "Castellan Foods of Omaha". */
const COMPANY_HEADS = new Set(["Planning", "Consulting", "Consultants", "Associates", "Strategies", "Analytics", "Advisors", "Solutions", "Poultry", "Meats", "Packers", "Growers", "Mills", "Motors", "Hotels", "Foods", "Farms", "Industries", "Holdings", "Partners", "Bank", "Systems", "Enterprises", "Manufacturing", "Packing", "Construction", "Dairy", "Products", "Logistics", "Technologies", "LLC", "Inc.", "Co.", "Corp.", "Company", "Corporation"]);
/** Words that, before "of"/"for", make the words after it part of the same organization name. */
const ORG_STARTS = new Set([...ORG_HEADS, "Department", "Bureau", "Office", "University", "Federation", "Secretary", "Division", "Court", "State", "Auditor", "Comptroller", "Controller", "Treasurer", "Order", "Continuum", "Clerk"]);

/** "U.S. Customs and Border Protection": known names by which an organization also goes. */
const KNOWN_ORG_ALIASES = new Set(Object.values(KNOWN_ORGS).flatMap((v) => v.aliases ?? []));

const fold = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, " ").trim();

/** Initials of a name, for matching an acronym: "Immigration and Customs Enforcement" gives ICE. */
function initials(name: string): string {
  return name
    .replace(/^U\.S\.\s+/, "")
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
}

/** Does the acronym abbreviate the name, with or without its "U.S." (USCIS, CIS)? */
const abbreviates = (acronym: string, name: string) => {
  const letters = acronym.replace(/\./g, "");
  // "DPS" for the "Texas Department of Public Safety": a state's own agency, its state left out.
  const withoutState = name.split(" ")[0] in US_STATES || name.split(" ").slice(0, 2).join(" ") in US_STATES ? name.replace(/^\S+(?:\s+(?:Island|Carolina|Dakota|Hampshire|Jersey|Mexico|York|Virginia))?\s+/, "") : "";
  // ("HUD" for the "U.S. Department of Housing and Urban Development", "DOJ" for the "Department of Justice".)
  const afterHead = name.replace(/^(?:U\.S\.\s+)?(?:Department|Office|Bureau)\s+of\s+(?:the\s+)?/, "");
  const withOf = name.replace(/^U\.S\.\s+/, "").split(/\s+/).filter((w) => /^[A-Z]/.test(w) || w === "of").map((w) => w[0].toUpperCase()).join("");
  return letters === initials(name) || (/^U\.S\.\s/.test(name) && letters === `US${initials(name)}`) || (withoutState !== "" && letters.length >= 3 && letters === initials(withoutState)) ||
    (letters.length >= 3 && afterHead !== name && letters === initials(afterHead)) || (letters.length === 3 && letters === withOf);
};

interface Piece {
  tokens: Token[];
  title?: string;
  titleStart?: number;
}

/** Surnames the text writes after "Mr.", "Mrs.", "Ms." or "Dr.", for the last text read. */
let honorifics: { text: string; surnames: Set<string> } | undefined;
function honorificSurnames(text: string): Set<string> {
  if (honorifics?.text !== text) honorifics = { text, surnames: new Set([...text.matchAll(/\b(?:Mr|Mrs|Ms|Dr)\.\s+(\p{Lu}[\p{L}’'-]+)/gu)].map((m) => m[1])) };
  return honorifics.surnames;
}

/**
 * Does an organization's head stand right before the first "of" after `from` ("… Justice Planning of Indianapolis")?
 * ("State Coordinating Board for Higher Education": or before its "for" or "on".)
 */
function orgHeadBeforeOf(tokens: Token[], from: number): boolean {
  const of = tokens.findIndex((t, k) => k > from && /^(?:of|for|on)$/.test(t.text));
  return of > 0 && ORG_HEADS.has(tokens[of - 1].text);
}

function splitAtTitles(run: Token[]): Piece[] {
  const pieces: Piece[] = [];
  let startOfPiece = 0;
  let pending: Partial<Piece> = {};
  for (let i = 0; i < run.length; i++) {
    const rest = run.slice(i).map((t) => t.text).join(" ");
    const title = TITLE_KEYS.find((k) => rest === k || rest.startsWith(`${k} `));
    if (!title) continue;
    let length = title.split(" ").length;
    // ("Junior Bledsoe": a class year is a title only before a first name and a surname, "Junior Maya Tran".)
    if (/^(?:Senior|Junior|Sophomore|Freshman)$/.test(title) && run.length - (i + length) < 2) continue;
    // ("Office of Criminal Justice Statistics": a title word inside a body's name, no first name after it.)
    if (run.slice(1, i).some((t, k) => t.text === "of" && ORG_STARTS.has(run[k].text)) && !firstName(run[i + length]?.text ?? "").first) continue;
    // "Vice President for Finance Gerald Whitcombe": the office the title is for is part of it.
    // ("Secretary of Higher Education Leonard Ashby-Greer": so is the department a title is "of", before a first name.)
    if (run[i + length]?.text === "for" || run[i + length]?.text === "of") {
      const name = run.findIndex((t, k) => k > i + length + 1 && k < run.length - 1 && firstName(t.text).first);
      if (name > 0 && name - (i + length) <= 4) length = name - i;
    }
    // A title needs a name after it, and "Chief" or "Director" inside an organization's name is not a title.
    // A title after a connector is part of a name: "Institute for Justice Policy".
    // "Auditor of Public Accounts": a title with "of" after it names an office.
    // ("Ridgeline Justice Planning of Indianapolis": an organization's head before its "of" makes it one name.)
    // ("The Rev. Alma Quiñones of St. Jude Catholic Church": a name and then "of" a body is a person of it.)
    const of = run.findIndex((t, k) => k > i + length && t.text === "of");
    const nameOf = of > i + length + 1 && of - (i + length) <= 3 && run.slice(i + length, of).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text));
    if (i + length >= run.length || (ORG_HEADS.has(run[run.length - 1].text) && !nameOf) || orgHeadBeforeOf(run, i + length) || (i > 0 && PROGRAM_HEADS.has(run[run.length - 1].text)) || /^(?:of|for|on|and|the|&)$/.test(run[i - 1]?.text ?? "") || run[i + length].text === "of") continue;
    let before = run.slice(startOfPiece, i);
    const titleStart = run[i].start;
    // "Republican Gov.", "State Sen.": the party and "state" belong to the title (descriptors.ts reads them).
    if (before.length && PARTIES[before[before.length - 1].text]) before.pop();
    if (before.length && /^state$/i.test(before[before.length - 1].text)) before.pop();
    before = before.filter((t) => !NOT_NAME_WORDS.has(t.text) || before.length > 1);
    // "Chief Superior Court Judge Harriet Vance": a court or a body between two titles is one office.
    // ("Chief Financial Officer Paul Thibodeaux": so is a word that is no first name.)
    const compound = pending.title !== undefined && before.length > 0 && before.length <= 3 &&
      (ORG_HEADS.has(before[before.length - 1].text) || /^(?:Court|District|Circuit|County|Municipal|Superior|Fire|Probate|Family|Juvenile)$/.test(before[before.length - 1].text) || (before.length <= 2 && !firstName(before[0].text).first));
    if (before.length && !compound) pieces.push({ tokens: before, ...pending });
    // "Superintendent Dr. Lamont …": of consecutive titles the first names the office.
    const consecutive = pending.title !== undefined && (startOfPiece === i || compound);
    pending = consecutive ? pending : { title: PERSON_TITLES[title] || undefined, titleStart };
    startOfPiece = i + length;
    i += length - 1;
  }
  pieces.push({ tokens: run.slice(startOfPiece), ...pending });
  return pieces.filter((p) => p.tokens.length > 0);
}

/** Splits at connectors that join two names rather than belong to one ("Vega of the … Department"). */
function splitAtConnectors(piece: Piece, known: Map<string, EntityType>, text: string): Piece[] {
  const t = piece.tokens;
  // ("The Centers for Disease Control and Prevention estimates": a known name after a sentence's first word.)
  const names = (words: Token[]) => words.map((x) => x.text).join(" ");
  const isKnown = (whole: string) => known.has(fold(whole)) || KNOWN_ORGS[whole] || KNOWN_ORG_ALIASES.has(whole) || KNOWN_PROGRAMS[whole] !== undefined;
  if (isKnown(names(t)) || (t.length > 2 && t[0].text === "The" && isKnown(names(t.slice(1))))) return [piece];
  // "Comité de Apoyo", "Centro de Ayuda Legal": a Spanish body's name keeps its "de".
  if (t.length >= 3 && SPANISH_ORG_STARTS.has(t[0].text)) return [piece];
  // "a student group, Merriton Students for Sanctuary": the text calls the whole name a group.
  if (t.length >= 3 && GROUP_BEFORE.test(text.slice(Math.max(0, t[0].start - 50), t[0].start))) return [piece];
  const out: Piece[] = [];
  let from = 0;
  for (let i = 1; i < t.length - 1; i++) {
    const w = t[i].text;
    if (!["of", "and", "for", "the", "&", "de", "on"].includes(w)) continue;
    const head = t[t.length - 1].text;
    const prev = t[i - 1].text;
    // "Coalition for Immigrant Families of Georgia": after an organization word, "of" and "for" stay in the name.
    const orgBefore = t.slice(from, i).some((x) => ORG_STARTS.has(x.text)) && !(w === "of" && COMPANY_HEADS.has(prev));
    // "Barnett & Cole": names joined by an ampersand are a firm.
    // ("… Assistance Program and Operation Stonegarden": a program's name ends at its head word.)
    // "Wisconsin Director of State Courts Office": an officer's title with "of" inside a body's name.
    const officeOf = w === "of" && PERSON_TITLES[prev] !== undefined && ORG_HEADS.has(head);
    // ("Oregon Families for Schools, a parent advocacy group,": the text calls the whole name a group.)
    if (w === "for" && GROUP_APPOSITIVE.test(text.slice(t[t.length - 1].end, t[t.length - 1].end + 60))) continue;
    // "Castellan Foods of Omaha": a company's "of" names where it is ("Bank of America" is the bank's name).
    if (w === "of" && COMPANY_HEADS.has(prev) && i - from >= 2) {
      out.push({ ...piece, tokens: t.slice(from, i) });
      piece = { tokens: [] };
      from = i + 1;
      i = from;
      continue;
    }
    // ("Rowe Elementary and Linden Street Elementary": two schools.)
    const keep = w === "&" ? true : w === "and" ? (ORG_HEADS.has(head) || orgBefore) && !PROGRAM_HEADS.has(prev) && !/^(?:Elementary|School|Academy|College|Church|Hospital)$/.test(prev) : w === "the" ? (t[i - 1].text === "of" && ORG_STARTS.has(t[i - 2]?.text ?? "")) || t[i - 1].text === "at" : ORG_STARTS.has(prev) || isAcronym(prev) || orgBefore || officeOf;
    if (keep) continue;
    out.push({ ...piece, tokens: t.slice(from, i) });
    piece = { tokens: [] };
    from = i + 1;
    while (from < t.length && /^(?:of|the|and|for)$/.test(t[from].text)) from++;
    i = from;
  }
  out.push({ ...piece, tokens: t.slice(from) });
  return out.filter((p) => p.tokens.length > 0);
}

interface RawMention extends EntityMention {
  type: EntityType | "Unknown";
  kind?: string;
  name: string;
  gender?: "f" | "m";
  sentenceStart: boolean;
}

function classify(piece: Piece, text: string, known: Map<string, EntityType>, sentenceStart: number): RawMention | undefined {
  let tokens = piece.tokens;
  // "… Asks ICE To Stop Making Arrests At Courthouse": a headline in title case, not a name.
  if (tokens.slice(1).some((t) => /^(?:To|At|With|From|Is|Are|Be|Will|Would|Could|Should|Into|Over|After|Amid|Against)$/.test(t.text))) return undefined;
  const whole = text.slice(tokens[0].start, tokens[tokens.length - 1].end);
  if (KNOWN_ORGS[whole]) return { start: tokens[0].start, end: tokens[tokens.length - 1].end, text: whole, name: whole, type: "Organization", kind: KNOWN_ORGS[whole].kind, sentenceStart: false };
  // "The Oregonian" keeps its article; a sentence's first word otherwise is not part of a name.
  // ("Department of Corrections" keeps its head: a connector after it makes it a name.)
  // "State Auditor's Office": a level of government before an organization's head is part of its name.
  // ("Southern Correctional Health Partners": so is a region.)
  // ("State Board of Elections": the body's head before its "of".)
  const government = (t: Token[]) => /^(?:State|Federal|County|City|Southern|Northern|Eastern|Western|Midwestern)$/.test(t[0].text) && t.length > 1 && (ORG_HEADS.has(t[t.length - 1].text) || PROGRAM_HEADS.has(t[t.length - 1].text) || orgHeadBeforeOf(t, 1));
  // ("A Platte Valley Ledger analysis": an outlet keeps "The", never "A"; "The Executive Office for Immigration
  // Review" is no outlet.)
  // ("June Beasley followed her husband", "April Nguyen, a nurse,": a month that is a first name, before a surname
  // the sentence has act or describes.)
  const monthNamed = (t: Token[]) => /^(?:April|May|June)$/.test(t[0].text) && t.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(t[1].text) && !PLACE_HEADS.has(t[1].text) && !ORG_HEADS.has(t[1].text) &&
    /^(?:,\s+(?:a|an|the|who|\d{1,3},)\s|\s+(?:said|says|told|tells|followed|testified|wrote|added|asked|spoke|recalled)\b)/.test(text.slice(t[1].end, t[1].end + 12));
  // ("the Three Rivers Transit Authority": a number word after "the" is part of a body's name.)
  const numbered = (t: Token[]) => /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve)$/.test(t[0].text) && t.length > 2 && ORG_HEADS.has(t[t.length - 1].text) && /\b[Tt]he\s+$/.test(text.slice(Math.max(0, t[0].start - 5), t[0].start));
  const outlet = (t: Token[]) => OUTLET_HEADS.has(t[t.length - 1].text) && !t.some((w) => /^(?:of|for)$/.test(w.text));
  while (
    tokens.length > 1 && NOT_NAME_WORDS.has(tokens[0].text) && !/^(?:of|for|on)$/.test(tokens[1].text) && !known.has(fold(tokens.map((t) => t.text).join(" "))) &&
    (!outlet(tokens) || /^(?:A|An)$/.test(tokens[0].text)) && !government(tokens) && !numbered(tokens) && !monthNamed(tokens)
  ) tokens = tokens.slice(1);
  // "The Reno-based Silver State Policy Institute": where a body is based is no part of its name.
  const based = tokens.findIndex((t) => /-based$/.test(t.text));
  if (based >= 0 && based < tokens.length - 1) tokens = tokens.slice(based + 1);
  // "posted on Facebook Tuesday": a weekday ends no name.
  while (tokens.length > 1 && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(tokens[tokens.length - 1].text)) tokens = tokens.slice(0, -1);
  if (tokens.length === 1 && NOT_NAME_WORDS.has(tokens[0].text) && !piece.title) return undefined;
  // "Democrat Marcus Eady", "Solicitor Raymond Gelbart": a party or an office before a first name is no part of it.
  // ("North Carolina Office of School Accountability": a body's head before its "of" makes one too.)
  const organizationName = ORG_HEADS.has(tokens[tokens.length - 1].text) || orgHeadBeforeOf(tokens, 0);
  // ("San Teodoro Independent School District": a place's first word before a saint's name stays.)
  while (tokens.length > 2 && !piece.title && !organizationName && tokens[1].text !== "of" && !firstName(tokens[0].text).first && !/^(?:San|Santa|Santo|São|St\.|Saint|Los|Las|El|La|Fort|Port|Mount)$/.test(tokens[0].text) && (PARTIES[tokens[0].text] !== undefined || ROLE_NOUNS.includes(tokens[0].text.toLowerCase()) || firstName(tokens[1].text).first) && !known.has(fold(tokens.map((t) => t.text).join(" ")))) {
    tokens = tokens.slice(1);
  }
  // "Criminal Court Clerk Jan Ridley": an office's words before the name, ending in a role noun.
  if (!piece.title && !organizationName && !PROGRAM_HEADS.has(tokens[tokens.length - 1].text) && tokens.every((t) => /^\p{Lu}/u.test(t.text))) {
    let roleAt = -1;
    for (let i = 0; i <= tokens.length - 3; i++) if (ROLE_NOUNS.includes(tokens[i].text.toLowerCase())) roleAt = i;
    if (roleAt >= 0 && tokens.length - roleAt - 1 <= 3) tokens = tokens.slice(roleAt + 1);
  }
  // ("Kansas Plains University’s Midwest Agricultural Safety Center": a university's center, named after it.)
  const owner = tokens.findIndex((t, k) => k < tokens.length - 2 && /^[’']s\s$/.test(text.slice(t.end, tokens[k + 1].start)) && /^(?:University|College|Institute|School)$/.test(t.text));
  if (owner >= 0 && ORG_HEADS.has(tokens[tokens.length - 1].text)) tokens = tokens.slice(owner + 1);
  // ("the 8th District Court of Appeals", "the 9th U.S. Circuit Court of Appeals": the court's ordinal is its name's.)
  const ordinal = tokens.some((t) => /^(?:Court|Circuit|District)$/.test(t.text)) ? /(?<![\p{L}\d])\d{1,2}(?:st|nd|rd|th)\s+$/u.exec(text.slice(Math.max(0, tokens[0].start - 6), tokens[0].start))?.[0].length ?? 0 : 0;
  const start = tokens[0].start - ordinal;
  const end = tokens[tokens.length - 1].end;
  let name = text.slice(start, end);
  const words = tokens.map((t) => t.text);
  const head = words[words.length - 1];
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 14);
  const base = { start, end, text: name, name, sentenceStart: start === sentenceStart };
  // "Board member Hector Villaseñor": a body's common noun as part of a title names no body.
  if (words.length === 1 && ORG_HEADS.has(head) && /^\s+members?\b/.test(after)) return undefined;
  // ("Government officials said", "Health officials confirmed": common nouns; "the Undergraduate Student
  // Government" is a body.)
  if (words.length === 1 && /^(?:Government|Health|Transit)$/.test(head)) return undefined;
  // ("Court records show": a capital opening the sentence, before a record no one is named as keeping.)
  if (words.length === 1 && ORG_HEADS.has(head) && base.sentenceStart && /^\s+(?:records|documents|filings|data|figures|logs)\b/.test(after)) return undefined;
  if (piece.title) {
    const gender = firstName(words[0]).gender ?? (/woman$/i.test(piece.title) ? "f" : /man$/i.test(piece.title) ? "m" : undefined);
    return { ...base, type: "Person", title: piece.title, withTitle: { start: piece.titleStart!, end }, gender };
  }
  const knownType = known.get(fold(name)) ?? known.get(fold(name.replace(/^The /, "")));
  if (knownType) return { ...base, type: knownType };
  if (KNOWN_PROGRAMS[name] !== undefined) return { ...base, type: "Program" };
  // "DACA": a program's known short name is the program.
  const program = Object.entries(KNOWN_PROGRAMS).find(([, aliases]) => aliases.includes(name))?.[0];
  if (program) return { ...base, name: program, type: "Program" };
  // "8 C.F.R. 287.7", "8 U.S.C. 1373": a code of regulations or statutes, not a body.
  if (/^(?:C\.F\.R\.|U\.S\.C\.|CFR|USC)$/.test(name)) return undefined;
  if (KNOWN_ORGS[name]) return { ...base, type: "Organization", kind: KNOWN_ORGS[name].kind };
  const aliasOf = Object.entries(KNOWN_ORGS).find(([, v]) => name.length > 3 && v.aliases?.includes(name));
  if (aliasOf) return { ...base, name: aliasOf[0], type: "Organization", kind: aliasOf[1].kind };
  // "State Criminal Alien Assistance Program", "Edward Byrne Memorial Justice Assistance Grant", "Operation Stonegarden".
  // ("Hollis Grant" is a person: a grant is named in three words or more.)
  const programNamed = head === "Program" ? words.length >= 2 : PROGRAM_HEADS.has(head) && words.length >= 3;
  if ((programNamed && !(words.length <= 3 && firstName(words[0]).first)) || (words[0] === "Operation" && words.length >= 2)) return { ...base, type: "Program" };
  if (LAW_HEADS.has(head) && words.length >= 2) return { ...base, type: "Law", kind: head === "Order" ? "EXECUTIVE_ORDER" : head === "Ordinance" ? "LOCAL_POLICY" : "BILL" };
  if (US_STATES[name]) return { ...base, type: "Jurisdiction", kind: "STATE" };
  if (STATE_ABBREVIATIONS[name]) return { ...base, name: STATE_ABBREVIATIONS[name], type: "Jurisdiction", kind: "STATE" };
  const country = Object.entries(COUNTRIES).find(([n, aliases]) => n === name || aliases.includes(name));
  if (country) return { ...base, name: country[0], type: "Jurisdiction", kind: "COUNTRY" };
  if (JURISDICTION_HEADS[head] && words.length >= 2 && words.length <= 4) return { ...base, type: "Jurisdiction", kind: JURISDICTION_HEADS[head] };
  // "the 2nd Congressional District": an electoral district is neither a body nor a person.
  if (/\b(?:Congressional|Legislative|Senate|House|Assembly|Council) District$/.test(name)) return undefined;
  // "San Teodoro Independent School District": a district that runs something is a body, not a place.
  if (/\b(?:School|Water|Fire|Hospital|Health|Transit|Sanitation|Utility|Irrigation|Library|Park|College|Ambulance|Sewer|Port|Levee|Drainage|Conservation|Housing|Airport|Recreation|Parks)\s+District$/.test(name)) {
    const numbered = /^\s+\d{1,3}\b/.exec(after)?.[0] ?? "";
    const full = name + numbered;
    return { ...base, end: end + numbered.length, text: full, name: full, type: "Organization", kind: "AGENCY" };
  }
  // "Department of Corrections", "Office of Grants Management": a government body.
  // "Auditor of Public Accounts", "Secretary of State", "Tennessee Comptroller of the Treasury": an officer's title
  // with "of" names the office.
  if ((/^(?:Department|Office|Bureau|Agency|Division|Commission)\b/.test(name) || /^(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Auditor|Comptroller|Controller|Treasurer)\s+of\b/u.test(name)) && words.length >= 3) return { ...base, type: "Organization", kind: "AGENCY" };
  // "Lindell County Continuum of Care", "Yelton County Housing Continuum": a homelessness coalition, unless it names
  // HUD's program ("HUD's Continuum of Care program").
  if (words.length >= 2 && /\bContinuum(?: of Care)?$/.test(name) && !/^\s+(?:program|grants?|funds?|money)\b/i.test(after) && !/[’']s\s+$/.test(before)) return { ...base, type: "Organization" };
  // "the Louisiana Legislative Auditor", "the Texas Comptroller": an officer's title with no one named after it is the office.
  if (words.length >= 2 && /^(?:Auditor|Comptroller|Controller|Treasurer)$/.test(head) && /\b[Tt]he\s+$/.test(before) && !/^\s+\p{Lu}/u.test(after) && words.every((w) => /^\p{Lu}/u.test(w) && PARTIES[w] === undefined)) return { ...base, type: "Organization", kind: "AGENCY" };
  // A plural head alone ("Advocates", "Workers") is a common noun opening a sentence, not a name.
  // ("Poll: Most voters …": a headline's common noun, not a body.)
  if (words.length === 1 && /^(?:Poll|Survey|Audit|Report)$/.test(head) && /^:/.test(after)) return undefined;
  // ("the Courier-Times", "a Herald-Dispatch review": an outlet's name joined by a hyphen ends in an outlet's head.)
  if (words.length <= 3 && /^\p{Lu}[\p{L}’']+-\p{Lu}/u.test(head) && OUTLET_HEADS.has(head.split("-").pop()!)) return { ...base, type: "Organization", kind: "NEWS_OUTLET" };
  // ("Fraternal Order of Police Lodge 19", "Teamsters Local 320": a numbered chapter's number is its name's.)
  const chapter = /^(?:Lodge|Local|Post|Chapter|Branch)$/.test(head) && words.length >= 2 ? /^\s+\d{1,4}\b/.exec(after)?.[0] ?? "" : "";
  if (chapter) return { ...base, end: end + chapter.length, text: name + chapter, name: name + chapter, type: "Organization" };
  if ((ORG_HEADS.has(head) && !(words.length === 1 && /s$/.test(head) && !OUTLET_HEADS.has(head))) || BROADCAST_RE.test(name) || words.slice(0, -1).some((w, i) => ORG_HEADS.has(w) && /^(?:of|for|on)$/.test(words[i + 1] ?? ""))) return { ...base, type: "Organization", kind: OUTLET_HEADS.has(head) || BROADCAST_RE.test(name) ? "NEWS_OUTLET" : undefined };
  // "VANCE: “When we started …”": a speaker's surname in capitals opening a paragraph, as fact checks and transcripts
  // print it, is the person of that surname.
  if (words.length === 1 && /^[A-Z]{3,}$/.test(name) && /^:\s/.test(after) && /(?:^|\n)$/.test(before) && !/^(?:THE|CLAIM|RULING|VERDICT|UPDATE|NOTE|CORRECTION|FACT|FACTS|CHECK|BACKGROUND|Q|A)$/.test(name)) {
    const titled = name[0] + name.slice(1).toLowerCase();
    return { ...base, name: titled, type: "Unknown" };
  }
  // ("president and CEO": an officer's title, not a body.)
  if (words.length === 1 && isAcronym(name) && !/^(?:TRUST|CEO|CFO|COO|CTO|CIO)$/.test(name)) return { ...base, type: "Organization" };
  if (words.length >= 2 && SPANISH_ORG_STARTS.has(words[0])) return { ...base, type: "Organization" };
  if (words.includes("&")) return { ...base, type: "Organization" };
  // "Legislative Council Staff": a body's staff named as a body.
  if (head === "Staff" && words.length >= 2 && ORG_HEADS.has(words[words.length - 2])) return { ...base, type: "Organization" };
  // "the Linnford Republican", "the Elm Prairie senator": a person described by home and party or office.
  // ("a St. Louis Democrat": the same, after an abbreviation's period.)
  if (words.length >= 2 && PARTIES[head] !== undefined && /\b(?:[Tt]he|[Aa]n?)\s+(?:St\.\s+)?$/.test(before)) return undefined;
  // "Marge Tollefson of Birch Lane": a street, no one.
  if (words.length >= 2 && /^(?:Lane|Street|Avenue|Road|Drive|Boulevard|Terrace|Circle)$/.test(head) && /\b(?:of|on|at|off|near)\s+$/.test(before)) return undefined;
  // "Castle Ridge", "a parish in Ashton Falls", "a Republican from Harlan Springs": a place's own last word after a
  // preposition of place, though its first word is a first name.
  if (words.length >= 2 && words.length <= 3 && PLACE_HEADS.has(head) && /\b(?:in|In|near|outside|of|from)\s+$/.test(before)) return { ...base, type: "Jurisdiction", kind: "CITY" };
  // ("Lamar Elementary School": a school, whoever it is named for; "Tolliver County High", "Bramwell State": a
  // school and a university by their short names; "Briar Glen Apartments": a building, no one.)
  if (words.length >= 2 && /^(?:School|Academy|High|State)$/.test(head) && !/^[’']s\s/.test(text.slice(end, end + 3))) return { ...base, type: "Organization" };
  if (words.length >= 2 && /^(?:Apartments|Homes|Towers|Courts)$/.test(head)) return undefined;
  // ("Kaskaskia County State's Attorney Ruth Dombrowski": the office's words before its holder name no one.)
  if (head === "State" && /^[’']s\s+Attorney\b/.test(text.slice(end, end + 14))) return undefined;
  const first = firstName(words[0]);
  // "Committee Chairman Dale Pruden of Wendell": one word after a person's "of" is their town, though a first name.
  const personOf = /(\p{Lu}[\p{Ll}’'-]+)\s+(\p{Lu}[\p{Ll}’'-]+)\s+of\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (words.length === 1 && personOf && firstName(personOf[1]).first && !ORG_HEADS.has(personOf[2])) return { ...base, type: "Jurisdiction", kind: "CITY" };
  // "VanderMolen", "DeLuca": one capital inside a surname.
  const nameLike = words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}’']+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?[\p{Ll}’']+)*\.?$|^[A-Z]\.$/u.test(w) || /^(?:Mc|Mac|O’|O')\p{Lu}/u.test(w));
  // ("whether Harlan Creek can require permits": a place's own last word, though its first word is a first name, unless
  // the text has it speak or describes it as a person.)
  const placeHead = PLACE_HEADS.has(head) && words.length <= 3 && !SPEECH_VERB_RE.test(after.split(/[,.]/)[0] ?? "") && !/\b(?:said|says|told|asked)\s+$/.test(before) && !/^,\s+(?:a|an|the|who|whose|\d{1,3},)\s/.test(text.slice(end, end + 20)) && !honorificSurnames(text).has(head);
  // ("In a statement, Prairie Crest said": what speaks anywhere in the text is no place.)
  const speaks = placeHead && new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?:said|says|told|added|wrote|announced)\\b`).test(text);
  if (nameLike && first.first && placeHead && !speaks) return { ...base, type: "Jurisdiction", kind: "CITY" };
  // ("June Beasley followed her husband": a month kept before a surname names a person; see monthNamed.)
  if (words.length === 2 && /^(?:April|May|June)$/.test(words[0]) && nameLike && !/\bthe\s+$/.test(before)) return { ...base, type: "Person", gender: "f" };
  // ("in the Valle Grande": a person is never "the" anything.)
  if (nameLike && first.first && !/\bthe\s+$/.test(before)) return { ...base, type: "Person", gender: first.gender };
  // A first name the lexicon lacks: a byline ("By Hollis Beaumont, Hoosier Justice Desk"), or a surname the text
  // gives an honorific elsewhere ("Dante Whitfield" … "Mr. Whitfield").
  // ("By Greg Oduya and Tamsin Wells, Keystone Statehouse Radio": so is a byline's second name.)
  const byline = /(?:^|\n)\s*By\s+$/.test(before) || /(?:^|\n)\s*By\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}and\s+$/u.test(text.slice(Math.max(0, start - 50), start));
  if (nameLike && words.length <= 3 && ((byline && /^\s*(?:[,|—]|\n|$)/.test(after)) || honorificSurnames(text).has(head))) return { ...base, type: "Person" };
  // ("SentryLane, the company that runs the cameras": one word too, when it is no first name.)
  if (words.length >= 2 && namedAsGroup(text, start, end)) return { ...base, type: "Organization" };
  if (words.length === 1 && !first.first && !base.sentenceStart && GROUP_APPOSITIVE.test(text.slice(end, end + 60))) return { ...base, type: "Organization" };
  // "a nurse, Ana Ruiz", "one of the clinic’s students, Ben Oyin": a role in front of the name; a plural one
  // right before it names a firm ("consultants Sagebrush Analytics").
  const role = /\b(\p{Ll}+)(,?)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  const plural = role !== null && !ROLE_NOUNS.includes(role[1]) && ROLE_NOUNS.includes(role[1].replace(/s$/, ""));
  if (plural && !role[2]) return { ...base, type: "Organization" };
  // "Wexford Lake, a neighboring city": the text calls it a place.
  if (words.length >= 2 && words.length <= 3 && !first.first && /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:city|town|village|suburb|township|community)\b(?![’'])(?!\s+(?:[\p{Ll}-]+\s+)?(?:director|manager|councilor|attorney|clerk|official|employee|worker|leader|organizer|planner|engineer|administrator|member)s?\b)/u.test(text.slice(end, end + 50))) return { ...base, type: "Jurisdiction", kind: "CITY" };
  // "Orchard Bend says": a place's own last word ("Tom Ridge" is a first name's).
  if (words.length >= 2 && words.length <= 3 && PLACE_HEADS.has(head) && !firstName(words[0]).first) {
    return { ...base, type: "Jurisdiction", kind: "CITY" };
  }
  // "a dental office in Las Tunas", "In Puerto Salinas, a border town": a place, whatever follows.
  if (/\b(?:in|In|near|outside)\s+$/.test(before) && words.length <= 3 && !first.first) return { ...base, type: "Jurisdiction", kind: "CITY" };
  // "said Ana Ruiz." names a speaker; "said Prairie Gold employs 1,400" is what was said.
  const saidBefore = /\b(?:said|says)\s+$/.test(before) && !/^\s+(?!of\s+\p{Lu})\p{Ll}/u.test(after);
  const speaking =
    SPEECH_VERB_RE.test(after.split(/[,.]/)[0] ?? "") || saidBefore || /^,\s+(?:a|an|the|who|whose|one of|\d{2},)\s/.test(text.slice(end, end + 20)) ||
    // "Frank Doyle, president of the teachers union,": a role in apposition.
    // ("Hina Qureshi, executive director of Valley Refugee Alliance,": past the few characters `after` holds.)
    ROLE_NOUNS.includes(/^,\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?=\s+(?:of|for|at|with)\b|,)/u.exec(text.slice(end, end + 60))?.[1] ?? "") ||
    // ("his granddaughter, Maiv Xiong, translated": a kin noun before the name, as a role.)
    (role !== null && (ROLE_NOUNS.includes(role[1]) || plural || Object.hasOwn(KIN_GENDER, role[1])));
  // "Alma Reyes of the Hartigan Immigrant Justice Alliance": a person with the body they belong to.
  const member = /^\s+(?:of|with|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s+){0,5}(\p{Lu}[\p{L}’'.&-]*)/u.exec(text.slice(end, end + 90).split(/\n|\.\s/)[0]);
  // (The body's last word without the sentence's period: "… Legal Defense Fund.")
  const body = member?.[1].replace(/(?<!^(?:Inc|Co|Corp))\.$/, "");
  if (nameLike && (speaking || (body && ORG_HEADS.has(body) && !OUTLET_HEADS.has(body))) && !/\bthe\s+$/.test(before)) return { ...base, type: "Person" };
  // ("a quarterly report from Bexley Apartment Data": whoever a document is from made it, no place.)
  if (words.length >= 2 && !PLACE_HEADS.has(head) && /\b(?:report|data|study|survey|analysis|figures|estimates?|numbers|statistics|review|poll|forecast)\s+from\s+$/.test(text.slice(Math.max(0, start - 30), start))) return { ...base, type: "Organization" };
  // ("A statement from Villalobos" after "Judge Annette Villalobos": a surname the text gave a person, no place.)
  const surnameOfNamed = words.length === 1 && /\bfrom\s+$/.test(before) && !PLACE_HEADS.has(name) && [...text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}’'-]+)\\s+${name}(?![\\p{L}’'-])`, "gu"))].some((m) => firstName(m[1]).first);
  if (/\b(?:in|from|of|near|outside)\s+$/.test(before) && words.length <= 3 && !first.first && !surnameOfNamed) return { ...base, type: "Jurisdiction", kind: "CITY" };
  if (/^,\s+(?:[A-Z][a-z]+\.?\s?){1,2}\b/.test(after) && Object.keys(US_STATES).concat(Object.keys(STATE_ABBREVIATIONS)).some((s) => after.slice(2).startsWith(s))) {
    return { ...base, type: "Jurisdiction", kind: "CITY" };
  }
  // Left for clustering: a surname, or the first words of an organization named in full ("Valley Crest").
  if (words.length <= 3) return { ...base, type: "Unknown" };
  return undefined;
}

const GROUP_WORD = "group|organization|union|association|coalition|nonprofit|alliance|network|watchdog|collective|campaign|firm|company|contractor|consultancy|corporation|congregation|church|parish|ministry|charity|newsroom";
// ("A group that has pushed for tougher enforcement, Minnesotans for Lawful Immigration,": past its relative clause.)
const GROUP_BEFORE = new RegExp(`\\b(?:the|a|an)\\s+(?:[\\p{L}’'-]+\\s+){0,3}(?:${GROUP_WORD})(?:\\s+(?:that|which|who)\\s+[^,.;“”"]{1,60})?,?\\s+$`, "iu");
const GROUP_AFTER = new RegExp(`^,\\s+(?:which\\b|(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${GROUP_WORD})\\b(?![’']))`, "u");
/** "SentryLane, the company that operates the cameras": a one-word name the text calls a group. */
const GROUP_APPOSITIVE = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${GROUP_WORD})\\b(?![’'])`, "u");

/** "the group, Courthouse Watch Oregon,", "Survivors First Minnesota, which …": a name the text calls a group. */
function namedAsGroup(text: string, start: number, end: number): boolean {
  return GROUP_BEFORE.test(text.slice(Math.max(0, start - 50), start)) || GROUP_AFTER.test(text.slice(end, end + 60));
}

const LOCAL_BODY = /(?<![\p{L}’'])(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:sheriff[’']s office|sheriff[’']s department|police department|school board|school district|board of education|board of supervisors|county commission|city council|fire department|health department|public defender[’']s office|district attorney[’']s office|prosecutor[’']s office|police(?=,?\s+(?:said|say|says|reported|report|reports|estimated|estimate|estimates|counted|count|counts|told|wrote|arrested|found)\b|[.,;]))\b|(?<![\p{L}’'])(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}(?:Secretary of State|Attorney General|District Attorney|State[’']s Attorney|County Attorney|Comptroller|Auditor|Treasurer|Inspector General|Controller|Public Defender|Medical Examiner|Coroner|Clerk|Election Commissioner|Registrar|Recorder|Assessor)[’']s office\b/gu;

/** A place's officer whose document the text credits: "the Missouri Attorney General's annual vehicle stops report". */
const TITLED_OFFICE = /(?<![\p{L}’'])(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}?(?:Attorney General|Secretary of State|Auditor General|State Auditor|Inspector General|Comptroller|Auditor|Treasurer|Controller|Assessor|Coroner|Medical Examiner)(?=[’']s\s+(?:[\p{Ll}\d-]+\s+){0,4}(?:report|audit|data|figures|analysis|review|study|survey|records|count|estimates?)\b)/gu;

/** Kin nouns before a person's first name ("her son, Mateo,"), with the gender each tells. */
export const KIN_GENDER: Record<string, "f" | "m" | undefined> = {
  wife: "f", husband: "m", aunt: "f", uncle: "m", widow: "f", widower: "m", mom: "f", dad: "m", girlfriend: "f", boyfriend: "m", son: "m", daughter: "f", mother: "f", father: "m", brother: "m", sister: "f", cousin: undefined, niece: "f",
  nephew: "m", grandson: "m", granddaughter: "f", grandmother: "f", grandfather: "m", child: undefined, partner: undefined, fiancée: "f",
  fiancé: "m", stepson: "m", stepdaughter: "f",
};

/** "His wife, ", "whose son, ", "Darnell’s daughter, ": a relative named in apposition, and the kin noun. */
export const KIN_APPOSITION = new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir|whose|[\\p{L}-]+[’']s)\\s+(?:\\p{Ll}+\\s+)?(${Object.keys(KIN_GENDER).join("|")}),?\\s+$`, "u");

/** Laws named by number ("Senate Bill 4") and programs named by their statute ("287(g)"). */
function patternMentions(text: string, sentence: Span): RawMention[] {
  const out: RawMention[] = [];
  const part = text.slice(sentence.start, sentence.end);
  for (const m of part.matchAll(/\b(?:Senate|House|Assembly) Bill \d+\b|\b(?:Proposition|Initiative|Measure) \d+\b/g)) {
    const start = sentence.start + m.index!;
    out.push({ start, end: start + m[0].length, text: m[0], name: m[0], type: "Law", kind: "BILL", sentenceStart: false });
  }
  // "Nevada Department of Employment, Training and Rehabilitation": a body whose name lists its charges.
  const word = String.raw`\p{Lu}[\p{L}’'-]*`;
  const listed = new RegExp(String.raw`(?<![\p{L}’'-])(?:(?!The\s)\p{Lu}[\p{L}-]*\s+){0,3}(?:Department|Office|Division|Bureau|Agency|Commission|Council|Board|Committee|Cabinet)\s+(?:of|for)\s+(?:the\s+)?${word}(?:\s+${word})*(?:,\s+${word}(?:\s+${word})*)+,?\s+and\s+${word}(?:\s+${word})*`, "gu");
  for (const m of part.matchAll(listed)) {
    const start = sentence.start + m.index!;
    out.push({ start, end: start + m[0].length, text: m[0], name: m[0], type: "Organization", kind: "AGENCY", sentenceStart: false });
  }
  // "Our Lady of Guadalupe": a parish, whatever place or person its last word names.
  for (const m of part.matchAll(/\bOur Lady of (?:the )?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*)*/gu)) {
    const start = sentence.start + m.index!;
    out.push({ start, end: start + m[0].length, text: m[0], name: m[0], type: "Organization", sentenceStart: false });
  }
  // "gave only her first name, Lucía,", "identified only as Marco": a person known by one name.
  // ("identified the student only as Daniela", "her son Jaylen, 10,", "his wife, Lidia,", "That was Itzel, a sophomore",
  // "She gave her name only as Guadalupe")
  const KIN = Object.keys(KIN_GENDER).join("|");
  for (const m of part.matchAll(new RegExp(`\\b(?:(?:gave|give|gives|giving|use|used|uses) only (?:her|his|their) first name,|(?:identified|identify|identifies) (?:herself |himself |themselves |(?:the|a|an) \\p{Ll}+ )?only as|(?:identified|named) (?:\\p{Ll}+ ){0,4}?only by (?:her|his|their) first name,|asked to be identified (?:only )?(?:by (?:her|his|their) first name,|as)|(?:gave|gives|give) (?:her|his|their) (?:first )?name (?:only )?as|(?:[Hh]is|[Hh]er|[Tt]heir|[\\p{L}-]+[’']s) (?:${KIN}),? |^(?:That|This) was )\\s*(\\p{Lu}\\p{Ll}+)(?![\\p{L}’'-]|\\s+\\p{Lu}|\\.\\s+\\p{Lu})`, "gu"))) {
    const start = sentence.start + m.index! + m[0].length - m[1].length;
    // ("her son, Mateo,": a son is a he, whatever his name tells.)
    const kin = new RegExp(`\\b(${KIN})\\b`).exec(m[0])?.[1];
    // ("identified only by her first name, Yesenia": so is whoever "her" and "herself" name.)
    const gender = kin ? KIN_GENDER[kin] : /\bher(?:self)?\s/.test(m[0]) ? "f" : /\bhi(?:s|mself)\s/.test(m[0]) ? "m" : undefined;
    out.push({ start, end: start + m[1].length, text: m[1], name: m[1], type: "Person", gender, sentenceStart: false });
  }
  // "Sekou, an organizer with Copwatch who goes by one name,", "Teodoro, a pear picker who asked that only his first
  // name be used": the text says the one name is all of it.
  for (const m of part.matchAll(/(?:(?<=\b(?:said|says)\s)|(?<![\p{L}’'-]\s?))(\p{Lu}\p{Ll}+),\s+[^,.;“”"]{0,80}?\bwho (?:goes by (?:one|a single|only one|just one) name|asked that only (?:his|her|their) first name be used|asked to be identified (?:only )?by (?:his|her|their) first name)\b/gu)) {
    const start = sentence.start + m.index!;
    if (!NOT_NAME_WORDS.has(m[1])) out.push({ start, end: start + m[1].length, text: m[1], name: m[1], type: "Person", sentenceStart: start === sentence.start });
  }
  // "Oscar, 31, a former bus driver": a person known by one name, with an age.
  for (const m of part.matchAll(/(?<![\p{L}’'.,-]\s?)(?<![\p{L}’'-])(\p{Lu}\p{Ll}+),\s+\d{1,2},\s+(?:a|an|the|who)\s/gu)) {
    const start = sentence.start + m.index!;
    if (firstName(m[1]).first) out.push({ start, end: start + m[1].length, text: m[1], name: m[1], type: "Person", sentenceStart: false });
  }
  // "Ángel, a sophomore majoring in engineering,", "Yaretzi, a senior and the group's president,": one name opening its
  // sentence, described as a person is.
  const oneName = /^(\p{Lu}\p{Ll}+),\s+(?:a|an)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(?:picker|landscaper|laborer|roofer|painter|welder|carpenter|electrician|plumber|gardener|nanny|caregiver|server|bartender|barber|vendor|butcher|baker|fisherman|rancher|homeowner|tenant|renter|parent|retiree|sophomore|junior|senior|freshman|student|mother|father|grandmother|grandfather|widow|nurse|teacher|farmworker|worker|janitor|housekeeper|cook|mechanic|driver|dishwasher|waitress|waiter|cashier|immigrant|refugee|asylum seeker|resident|parishioner|volunteer|plaintiff)\b/u.exec(part);
  if (oneName && !NOT_NAME_WORDS.has(oneName[1])) out.push({ start: sentence.start, end: sentence.start + oneName[1].length, text: oneName[1], name: oneName[1], type: "Person", sentenceStart: true });
  for (const m of part.matchAll(/\b287\(g\)/g)) {
    const start = sentence.start + m.index!;
    out.push({ start, end: start + m[0].length, text: m[0], name: "287(g)", type: "Program", sentenceStart: false });
  }
  // "the Calder County sheriff’s office", "the Tellico Valley school board": a body named by its place; "the Kentucky
  // Secretary of State's office": an office named by its holder's title.
  // ("The district attorney’s office is seeing …": a sentence's first word is no part of the office's name.)
  const office = (m: RegExpMatchArray, name: (words: string) => string): RawMention => {
    const article = /^The\s+/.exec(m[0])?.[0].length ?? 0;
    const start = sentence.start + m.index! + article;
    const words = m[0].slice(article);
    return { start, end: start + words.length, text: words, name: name(words), type: "Organization", kind: "AGENCY", sentenceStart: false };
  };
  for (const m of part.matchAll(LOCAL_BODY)) out.push(office(m, (words) => words[0].toUpperCase() + words.slice(1)));
  // "the Missouri Attorney General's annual vehicle stops report": an office named by its holder's title alone.
  for (const m of part.matchAll(TITLED_OFFICE)) {
    const mention = office(m, (words) => words);
    if (/\s/.test(mention.text) && !/^(?:Attorney|Secretary|Auditor|State|Inspector)\b/.test(mention.text)) out.push(mention);
  }
  // A quoted title before "ordinance", "bill" or "act" names a law: a “Welcoming City” ordinance.
  for (const m of part.matchAll(/[“"‘]([A-Z][^”"’]{2,60}?)[,.]?[”"’]\s+(ordinance|bill|law|policy|resolution)\b/g)) {
    const start = sentence.start + m.index! + 1;
    out.push({ start, end: start + m[1].length, text: m[1], name: `${m[1]} ${m[2]}`, type: "Law", kind: m[2] === "ordinance" || m[2] === "policy" ? "LOCAL_POLICY" : "BILL", sentenceStart: false });
  }
  return out;
}

/** A dateline opens a story with its city in capitals: "PORTLAND, Ore. —", "AUSTIN —". */
function datelineMention(text: string, paragraph: Span): RawMention[] {
  const m = /^([A-Z][A-Z.' -]{2,30}?)(?:,\s+([A-Z][a-z]+\.?))?\s+[—–-]{1,2}\s/.exec(text.slice(paragraph.start, paragraph.end));
  if (!m) return [];
  const name = m[1].toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  const out: RawMention[] = [{ start: paragraph.start, end: paragraph.start + m[1].length, text: m[1], name, type: "Jurisdiction", kind: "CITY", sentenceStart: false }];
  if (m[2]) {
    const state = STATE_ABBREVIATIONS[m[2]] ?? (US_STATES[m[2]] ? m[2] : undefined);
    const start = paragraph.start + m[0].indexOf(m[2], m[1].length);
    if (state) out.push({ start, end: start + m[2].length, text: m[2], name: state, type: "Jurisdiction", kind: "STATE", sentenceStart: false });
  }
  return out;
}

/** The rest of a sentence the name is the subject of, then a sentence that opens with "he", "she", "his" or "her". */
const PRONOUN_NEXT = /^\s+\p{Ll}[^.]{0,200}\.\s+(?:(?:Now|Today|These days|Since then|Then|Later|Still),?\s+)?(she|he|She|He|Her|His)\s+\p{Ll}/u;
const SPEECH_AFTER = new RegExp(`^\\s+${SPEECH_VERB_RE.source}`);

/** In a list of places ("Boston, Somerville, Cambridge and Lawrence"), unknown words are places too. */
function listedPlaces(text: string, raw: RawMention[]): void {
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i];
    if (m.type !== "Jurisdiction") continue;
    for (const dir of [-1, 1]) {
      let j = i;
      while (raw[j + dir]) {
        const [a, b] = dir > 0 ? [raw[j], raw[j + dir]] : [raw[j + dir], raw[j]];
        if (!/^(?:,\s+|,?\s+and\s+|,?\s+or\s+)$/.test(text.slice(a.end, b.start))) break;
        const other = raw[j + dir];
        // ("… in Dellwood, Harmon said": a speaker after a place, not a list.)
        if (SPEECH_AFTER.test(text.slice(other.end, other.end + 14))) break;
        if (other.type === "Unknown" || (other.type === "Person" && !other.title && !other.name.includes(" "))) {
          other.type = "Jurisdiction";
          other.kind = m.kind === "STATE" ? "STATE" : "CITY";
        } else if (other.type !== "Jurisdiction") break;
        j += dir;
      }
    }
  }
}

const surname = (name: string) => name.split(" ").filter((w) => !/^(?:Jr\.|Sr\.|II|III)$/.test(w)).pop() ?? name;

/** Finds the entities of an article and every mention of each. */
export function extractEntities(text: string, known: KnownName[] = []): ExtractedEntity[] {
  const knownTypes = new Map(known.map((k) => [fold(k.name), k.type]));
  const raw: RawMention[] = [];
  const paras = allSentences(text);
  const covered = (m: Span) => raw.some((r) => r.start < m.end && m.start < r.end);
  let lastParagraph = -1;
  for (const sentence of paras) {
    if (sentence.paragraph !== lastParagraph) {
      lastParagraph = sentence.paragraph;
      for (const d of datelineMention(text, sentence)) raw.push(d);
    }
    for (const p of patternMentions(text, sentence)) if (!covered(p)) raw.push(p);
    const tokens = tokenize(text, sentence);
    for (const run of capitalizedRuns(text, tokens)) {
      for (const titled of splitAtTitles(run)) {
        for (const piece of splitAtConnectors(titled, knownTypes, text)) {
          const m = classify(piece, text, knownTypes, sentence.start);
          if (m && !covered(m)) raw.push(m);
        }
      }
    }
  }
  raw.sort((a, b) => a.start - b.start);
  listedPlaces(text, raw);
  sharedSurnames(text, raw);
  return oneNamePeopleAgain(text, cluster(text, raw));
}

/** "Kenzie is back in class.": a person known by one name is that name wherever it stands, a sentence's start too. */
function oneNamePeopleAgain(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const taken = entities.flatMap((e) => e.mentions);
  for (const e of entities) {
    // (A surname alone, "Price", can be a sentence's first word with no one meant.)
    if (e.type !== "Person" || e.name.includes(" ") || (e.surnameOnly && e.gender === undefined && !firstName(e.name).first)) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}’'-])${e.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}’'-])`, "gu"))) {
      const start = m.index!;
      if (start <= e.mentions[0].start || taken.some((t) => t.start < start + e.name.length && start < t.end)) continue;
      e.mentions.push({ start, end: start + e.name.length, text: e.name });
    }
    e.mentions.sort((a, b) => a.start - b.start);
  }
  return entities;
}

/** "Daniela and Joel Saucedo": the first name before "and" shares the full name's surname. */
function sharedSurnames(text: string, raw: RawMention[]): void {
  raw.forEach((m, i) => {
    const next = raw[i + 1];
    if (!next || next.type !== "Person" || !/^\p{Lu}[\p{Ll}’'-]+$/u.test(m.text) || (m.type !== "Person" && m.type !== "Unknown")) return;
    if (!/^\s+and\s+$/.test(text.slice(m.end, next.start)) || next.name.split(" ").length !== 2) return;
    m.type = "Person";
    m.name = `${m.text} ${next.name.split(" ")[1]}`;
  });
}

/** Groups mentions into entities: full names first, then surnames, acronyms and repeated names join them. */
function cluster(text: string, raw: RawMention[]): ExtractedEntity[] {
  const entities: ExtractedEntity[] = [];
  const byKey = new Map<string, ExtractedEntity>();
  const add = (m: RawMention, type: EntityType, key: string, name: string): ExtractedEntity => {
    let e = byKey.get(key);
    if (!e) {
      e = { index: entities.length, type, name, kind: m.kind, aliases: [], mentions: [], titles: [] };
      entities.push(e);
      byKey.set(key, e);
    }
    const { start, end, text: mentionText, title, withTitle } = m;
    e.mentions.push({ start, end, text: mentionText, title, withTitle });
    if (m.title && !e.titles.includes(m.title)) e.titles.push(m.title);
    if (m.gender && !e.gender) e.gender = m.gender;
    if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    return e;
  };
  const people = () => entities.filter((e) => e.type === "Person" && !e.surnameOnly);
  const deferred: RawMention[] = [];
  for (const m of raw) {
    if (m.type === "Person" && m.name.includes(" ")) add(m, "Person", `Person:${fold(m.name)}`, m.name);
    else if (m.type === "Person" || m.type === "Unknown") deferred.push(m);
    else add(m, m.type, `${m.type}:${fold(m.name)}`, m.name);
  }
  // "Center for Public Opinion at Lanford College" is also called by its own name alone.
  for (const e of entities) {
    const unit = e.type === "Organization" ? / at (?:\p{Lu}\S*\s?)+$/u.exec(e.name) : null;
    if (unit) e.aliases.push(e.name.slice(0, unit.index));
  }
  // Acronyms join the organization they abbreviate; known aliases join their full name.
  for (const e of [...entities]) {
    if (e.type !== "Organization" || !isAcronym(e.name)) continue;
    const full = entities.find((o) => o !== e && o.type === "Organization" && abbreviates(e.name, o.name))
      ?? entities.find((o) => o !== e && KNOWN_ORGS[o.name]?.aliases?.includes(e.name));
    const canonical = Object.entries(KNOWN_ORGS).find(([n, v]) => n !== e.name && v.aliases?.includes(e.name))?.[0];
    if (full) merge(full, e);
    else if (canonical) {
      e.aliases.push(e.name);
      e.name = canonical;
      e.kind = KNOWN_ORGS[canonical].kind;
    }
  }
  // "Sentinel", "Valley Crest" after "Sentinel Detention Partners", "Valley Crest Poultry": an organization
  // called by the first words of its name.
  // ("In a statement, St. Brendan said" after "St. Brendan Medical Center": no person, though it reads like one.)
  for (const e of [...entities]) {
    const unnamedPerson = e.type === "Person" && e.name.includes(" ") && !firstName(e.name.split(" ")[0]).first;
    if ((e.type !== "Organization" && !unnamedPerson) || !e.mentions.length) continue;
    const full = entities.find((o) => o !== e && o.type === "Organization" && o.name.replace(/^\p{Lu}[\p{L}.-]*[’']s\s+/u, "").startsWith(`${e.name} `) && o.mentions.some((m) => m.start < e.mentions[0].start));
    if (full) merge(full, e);
  }
  // "The Courier" after "Willamette Courier" or "Courier", "the Finance Department" after "Brackett County Finance
  // Department": called by the last words of its name, it is the one so named most recently.
  for (const e of [...entities]) {
    if (e.type !== "Organization" || !e.mentions.length) continue;
    const tail = ` ${fold(e.name.replace(/^The\s+/, ""))}`;
    const first = e.mentions[0].start;
    const lastBefore = (o: ExtractedEntity) => Math.max(-1, ...o.mentions.filter((m) => m.start < first).map((m) => m.start));
    // ("the Health Department figures" after "the Oklahoma State Department of Health": its words reordered.)
    const head = /^(?:The\s+)?((?:\p{Lu}[\p{L}-]+\s+){1,2})(Department|Office|Division|Bureau)$/u.exec(e.name);
    const reordered = head ? ` ${fold(`${head[2]} of ${head[1].trim()}`)}` : undefined;
    const full = entities
      .filter((o) => o !== e && o.type === "Organization" && lastBefore(o) >= 0 && [tail, reordered].some((t) => t && ` ${fold(o.name.replace(/^The\s+/, ""))}`.endsWith(t)))
      .sort((a, b) => lastBefore(b) - lastBefore(a))[0];
    if (full) merge(full, e);
  }
  // A surname, or a single capitalized word, joins the nearest person it shortens; a titled surname ("Gov.
  // Baker") with no full name stays a person known only by surname.
  for (const m of deferred) {
    // A full name the text calls a person elsewhere ("Marisela Fuentes says") is that person here too.
    const samePerson = m.name.includes(" ") && people().find((p) => fold(p.name) === fold(m.name));
    if (samePerson) {
      add(m, "Person", `Person:${fold(samePerson.name)}`, samePerson.name);
      continue;
    }
    // "Adrián", after "Adrián Salcedo" and his mother "Norma Salcedo": family members go by first names.
    const firstNamed = m.name.includes(" ") ? [] : people().filter((p) => p.name.split(" ")[0] === m.name && p.mentions.some((x) => x.start < m.start));
    // ("Pineda Salas spoke", after "Eduardo Pineda Salas": a surname of two words.)
    const sharing = people().filter((p) => surname(p.name) === m.name || (m.name.includes(" ") && p.name.endsWith(` ${m.name}`)));
    if (!sharing.length && firstNamed.length === 1) {
      add(m, "Person", `Person:${fold(firstNamed[0].name)}`, firstNamed[0].name);
      continue;
    }
    // "Chief Szabo" is the Szabo titled chief, though another Szabo was named since.
    const titled = m.title ? sharing.filter((p) => p.titles.some((t) => t === m.title || t.endsWith(` ${m.title}`))) : [];
    // "Amaya, 38," after "Lourdes Amaya Pineda": a Spanish name's first surname stands for the whole name.
    // (Before one who shares the surname but is named only later: "María Elena Carrasco Ruiz …" ¶ "Carrasco said" ¶
    // "Her daughter, Daniela Carrasco,".)
    const sharingBefore = sharing.filter((p) => p.mentions.some((x) => x.start < m.start));
    const paternal = sharingBefore.length || m.name.includes(" ") || firstName(m.name).first ? [] : people().filter((p) => p.name.split(" ").length >= 3 && p.name.split(" ").at(-2) === m.name && p.mentions.some((x) => x.start < m.start));
    // ("Efraín Tuyuc … His wife, Ana Tuyuc, …" ¶ "Tuyuc said": a relative named in apposition is not who the surname means.)
    const kinOnly = (p: ExtractedEntity) => p.mentions.filter((x) => x.start < m.start).every((x) => KIN_APPOSITION.test(text.slice(Math.max(0, x.start - 40), x.start)));
    // ("the elder Fuentes", "Mr. Kerr": a surname told apart by age or honorific is left to those.)
    const toldApart = m.title || /\b(?:elder|younger|older|Mr\.|Mrs\.|Ms\.|Miss)\s+$/.test(text.slice(Math.max(0, m.start - 10), m.start));
    const principal = sharing.length > 1 && !toldApart ? sharing.filter((p) => !kinOnly(p)) : sharing;
    const candidates = titled.length ? titled : paternal.length === 1 && !sharingBefore.length ? paternal : principal.length ? principal : sharing.length ? sharing : [];
    if (candidates.length) {
      const nearest = candidates.map((p) => ({ p, d: Math.min(...p.mentions.map((x) => (x.start <= m.start ? m.start - x.start : 1e9 + x.start))) })).sort((a, b) => a.d - b.d)[0].p;
      add(m, "Person", `Person:${fold(nearest.name)}`, nearest.name);
      continue;
    }
    // "Sentinel" after "Sentinel Detention Partners": an organization called by its first word.
    const sameName =
      entities.find((e) => e.type !== "Person" && (fold(e.name) === fold(m.name) || e.aliases.some((a) => fold(a) === fold(m.name)))) ??
      entities.find((e) => e.type === "Organization" && e.name.split(" ").length >= 2 && e.name.startsWith(`${m.name} `) && e.mentions.some((x) => x.start < m.start)) ??
      // "the Desk" after "the Golden State Investigative Desk": called by the last word of its name.
      (/\b[Tt]he\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start))
        ? entities.find((e) => e.type === "Organization" && e.name.split(" ").length >= 2 && e.name.endsWith(` ${m.name}`) && e.mentions.some((x) => x.start < m.start))
        : undefined);
    if (sameName) {
      add(m, sameName.type, `${sameName.type}:${fold(sameName.name)}`, sameName.name);
      continue;
    }
    // "Ubah Warsame came to Loup Crossing in 2011. Now she works …": a two-word name the next sentence calls "she".
    const pronounNext = m.type === "Unknown" && m.sentenceStart && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(m.name) ? PRONOUN_NEXT.exec(text.slice(m.end, m.end + 300)) : null;
    if (pronounNext) {
      const e = add(m, "Person", `Person:${fold(m.name)}`, m.name);
      e.gender ??= /^(?:she|her)$/i.test(pronounNext[1]) ? "f" : "m";
      continue;
    }
    // ("Rocío says …": a first name alone opening a sentence speaks too.)
    // ("Quiroga-Benton, 58, has practiced": a surname with an age after it.)
    const aged = /^,\s+\d{1,2},\s/.test(text.slice(m.end, m.end + 8));
    if (m.type === "Person" || (m.type === "Unknown" && (!m.sentenceStart || firstName(m.name).first || aged) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(m.name) && (SPEECH_AFTER.test(text.slice(m.end, m.end + 14)) || aged))) {
      // "Yelitza Marcano enrolled her sons …", then "Marcano says": the full name given earlier, though no list of
      // first names knows it.
      const full = m.name.includes(" ") ? undefined : raw.find((u) => u.type === "Unknown" && u.start < m.start && u.name.endsWith(` ${m.name}`) && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(u.name));
      if (full) {
        add(full, "Person", `Person:${fold(full.name)}`, full.name);
        add(m, "Person", `Person:${fold(full.name)}`, full.name);
        continue;
      }
      const e = add(m, "Person", `Person:${fold(m.name)}`, m.name);
      e.surnameOnly = true;
    }
  }
  // "Jesús Arreola Campos", then "Arreola Campos’s behalf": the end of a longer name named first is that person.
  for (const e of [...entities]) {
    if (e.type !== "Person" || !e.name.includes(" ") || !e.mentions.length) continue;
    // ("Jorge Salcedo", then "Jorge Salcedo-Rangel": the same man with his full surname.)
    const longer = entities.find((o) => o !== e && o.type === "Person" && (o.name.endsWith(` ${e.name}`) || e.name.startsWith(`${o.name}-`)) && o.mentions.length && o.mentions[0].start < e.mentions[0].start);
    if (longer) merge(longer, e);
  }
  // "his wife, Tammy," then "Tammy Crisp said": one first called by her first name and named in full elsewhere.
  for (const e of [...entities]) {
    if (e.type !== "Person" || e.name.includes(" ") || !e.mentions.length || !firstName(e.name).first) continue;
    const full = entities.filter((o) => o !== e && o.type === "Person" && o.mentions.length && o.name.startsWith(`${e.name} `));
    if (full.length === 1) merge(full[0], e);
  }
  // "the U.S. Justice Department": the body also goes by its name with "U.S." in front.
  for (const e of [...entities]) {
    const bare = e.type === "Organization" && e.name.startsWith("U.S. ") ? entities.find((o) => o.type === "Organization" && o.name === e.name.slice(5) && o.mentions.length) : undefined;
    if (bare && e.mentions.length) merge(bare, e);
  }
  for (const e of entities) {
    if (e.type === "Organization" && e.mentions.some((m) => text.slice(Math.max(0, m.start - 5), m.start) === "U.S. ") && !e.aliases.includes(`U.S. ${e.name}`)) e.aliases.push(`U.S. ${e.name}`);
  }
  // "the state Department of Transportation": the body also goes by its name with "state" in front.
  for (const e of entities) {
    if (e.type !== "Organization" || !e.mentions.some((m) => /\bstate\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start)))) continue;
    if (!e.aliases.includes(`state ${e.name}`)) e.aliases.push(`state ${e.name}`);
  }
  // "The Tri-County Register": the outlet also goes by its name without its article.
  for (const e of entities) {
    if (e.type === "Organization" && /^The\s+\p{Lu}/u.test(e.name) && !e.aliases.includes(e.name.slice(4))) e.aliases.push(e.name.slice(4));
  }
  const kept = entities.filter((e) => e.mentions.length > 0);
  kept.forEach((e, index) => {
    e.index = index;
    e.mentions.sort((a, b) => a.start - b.start);
  });
  linkPlaces(text, kept);
  return kept;
}

function merge(into: ExtractedEntity, from: ExtractedEntity): void {
  into.mentions.push(...from.mentions);
  for (const a of [from.name, ...from.aliases]) if (a !== into.name && !into.aliases.includes(a)) into.aliases.push(a);
  from.mentions = [];
}

/** "Methuen, Massachusetts": a city written with its state is part of that state. */
function linkPlaces(text: string, entities: ExtractedEntity[]): void {
  const states = entities.filter((e) => e.type === "Jurisdiction" && e.kind === "STATE");
  for (const e of entities) {
    if (e.type !== "Jurisdiction" || e.kind === "STATE" || e.kind === "COUNTRY") continue;
    for (const m of e.mentions) {
      const state = states.find((s) => s.mentions.some((sm) => /^,\s+$/.test(text.slice(m.end, sm.start))));
      if (state) {
        e.partOf = state.index;
        break;
      }
    }
  }
}
