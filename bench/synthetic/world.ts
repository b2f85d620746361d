/**
 * The world the synthetic news is about: a country of states and cities, parties, outlets, agencies and
 * advocacy groups, laws and programs, and people with offices and party memberships. Its size grows with the
 * corpus. Every entity, office and membership is stated in a directory article ("Linda Campbell is a state
 * Representative of Massachusetts and a member of the Democratic Party."), which is its evidence.
 */
import type { EntityLabel } from "../../src/graph/model";
import { Random } from "./random";
import { TARGETS } from "./targets";

export interface Entity {
  label: EntityLabel;
  id: string;
  name: string;
  aliases: string[];
  kind?: string;
  /** A Jurisdiction's parent. */
  partOf?: Entity;
  /** A Law's or Program's jurisdiction. */
  jurisdiction?: Entity;
  concerns?: Entity[];
}

export interface Person extends Entity {
  label: "Person";
  /** How articles name them after the first mention. */
  short: string;
  office?: { title: string; of: Entity };
  party?: Entity;
  caucus?: Entity;
  home: Entity;
}

export interface World {
  country: Entity;
  states: Entity[];
  cities: Entity[];
  parties: Entity[];
  outlets: Entity[];
  /** Agencies and advocacy groups: the organizations that speak and are credited with figures. */
  organizations: Entity[];
  laws: Entity[];
  programs: Entity[];
  /** In speaking order: index 0 is the most quoted (TARGETS.speaker). */
  speakers: Person[];
  /** Entities the random news never mentions: the four-hop chain of TARGETS.chainEnd. */
  reserved: { caucus: Entity; colleague: Person; commission: Entity; chainEnd: Entity };
  /** Well-known entities the planted stories name. */
  known: { massachusetts: Entity; maTrustAct: Entity; secureCommunities: Entity; ice: Entity; globe: Entity; tribune: Entity; methuen: Entity };
}

const STATES: [string, string][] = [
  ["Massachusetts", "MA"], ["California", "CA"], ["New York", "NY"], ["Texas", "TX"], ["Florida", "FL"], ["Illinois", "IL"],
  ["Pennsylvania", "PA"], ["Ohio", "OH"], ["Georgia", "GA"], ["North Carolina", "NC"], ["Michigan", "MI"], ["New Jersey", "NJ"],
  ["Virginia", "VA"], ["Washington", "WA"], ["Arizona", "AZ"], ["Tennessee", "TN"], ["Indiana", "IN"], ["Missouri", "MO"],
  ["Maryland", "MD"], ["Wisconsin", "WI"], ["Colorado", "CO"], ["Minnesota", "MN"], ["South Carolina", "SC"], ["Alabama", "AL"],
  ["Louisiana", "LA"], ["Kentucky", "KY"], ["Oregon", "OR"], ["Oklahoma", "OK"], ["Connecticut", "CT"], ["Utah", "UT"],
  ["Iowa", "IA"], ["Nevada", "NV"], ["Arkansas", "AR"], ["Mississippi", "MS"], ["Kansas", "KS"], ["New Mexico", "NM"],
  ["Nebraska", "NE"], ["Idaho", "ID"], ["West Virginia", "WV"], ["Hawaii", "HI"], ["New Hampshire", "NH"], ["Maine", "ME"],
  ["Rhode Island", "RI"], ["Montana", "MT"], ["Delaware", "DE"], ["South Dakota", "SD"], ["North Dakota", "ND"], ["Alaska", "AK"],
  ["Vermont", "VT"], ["Wyoming", "WY"],
];
const FIRST = (
  "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica " +
  "Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret Mark Sandra Donald Ashley " +
  "Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa " +
  "Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy " +
  "Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen " +
  "Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet " +
  "Jack Catherine Dennis Maria Jerry Heather Tyler Diane Aaron Ruth Jose Julie Adam Olivia Nathan Joyce Henry Virginia " +
  "Eva Charlie Brad Rosa Luis Ana Carlos Sofia Miguel Lucia Wei Mei Arjun Priya Omar Fatima Kofi Amara"
).split(" ");
const LAST = (
  "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson " +
  "Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young " +
  "Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter " +
  "Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers " +
  "Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez " +
  "Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez " +
  "Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero " +
  "Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson " +
  "Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington " +
  "Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez " +
  "Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox " +
  "Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn " +
  "Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan " +
  "Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena " +
  "Richards Contreras Willis Carpenter Lawrence Sandoval Millona Healey Okafor Mensah Haddad Novak Kowalski Rossi"
).split(" ");
const CITY_HEADS = (
  "Spring Mill West East North South Oak Maple Cedar Pine River Lake Fair Green Clear Stone Brook High Red Glen Ash Elm " +
  "Bay Harbor Rock Silver Gold Iron Sun Wood Birch Willow Fox Deer Hawk Eagle Pleasant Grand Union Liberty Franklin " +
  "Clinton Salem Milton Bristol Dover Chester Hamp"
).split(" ");
const CITY_PREFIXES = ["New", "Port", "Mount", "Fort", "Lake", "East", "West", "North", "South"];
const CITY_TAILS = "field ville ton burg ford dale wood port haven ridge view brook mont side land wick bury stead mouth crest".split(" ");
const OUTLET_NAMES = "Tribune Globe Herald Gazette Times Post Courier Ledger Observer Chronicle Sentinel Register Journal Record Star Dispatch Examiner Bulletin Monitor Review".split(" ");
const TOPICS = (
  "Trust|Safe Communities|Clean Water|Fair Wage|Housing Access|Transit Funding|School Safety|Police Accountability|" +
  "Voter Access|Tenant Protection|Health Care Access|Small Business Relief|Border Security|Family Unity|Open Records|" +
  "Climate Resilience|Broadband Access|Opioid Response|Veterans Care|Workforce Training|Data Privacy|Fair Sentencing|" +
  "Immigrant Protection|Public Safety|Child Care|Farm Support|Energy Efficiency|Ethics Reform|Budget Transparency|Bail Reform"
).split("|");
const LAW_KINDS = ["BILL", "STATUTE", "EXECUTIVE_ORDER", "LOCAL_POLICY"];
const DEPARTMENTS = "Public Safety|Revenue|Education|Health|Transportation|Corrections|Labor|Housing|Environmental Protection|Children and Families".split("|");
const CAUSES = "Immigrant|Tenant|Taxpayer|Civil Liberties|Clean Air|Worker|Veterans|Police Reform|Family|Voter".split("|");

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function acronym(name: string): string {
  return name.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !["of", "and", "the"].includes(w.toLowerCase())).map((w) => w[0]).join("");
}

export interface WorldSize {
  cities: number;
  outlets: number;
  agencies: number;
  advocacy: number;
  laws: number;
  programs: number;
  people: number;
}

/** How big a world a corpus of `statements` statements needs: people grow linearly, the rest more slowly. */
export function worldSize(statements: number): WorldSize {
  return {
    cities: 10 + Math.round(statements / 200),
    outlets: 20 + Math.round(statements / 5000),
    agencies: 10 + Math.round(statements / 5000),
    advocacy: 10 + Math.round(statements / 5000),
    laws: 20 + Math.round(statements / 500),
    programs: 10 + Math.round(statements / 20000),
    people: 300 + Math.round(statements / 25),
  };
}

export function buildWorld(random: Random, size: WorldSize): World {
  const usedNames = new Set<string>();
  const unique = (name: string): boolean => !usedNames.has(name) && (usedNames.add(name), true);
  const entity = (label: EntityLabel, id: string, name: string, extra: Partial<Entity> = {}): Entity => {
    usedNames.add(name);
    return { label, id, name, aliases: [], ...extra };
  };

  const country = entity("Jurisdiction", "jurisdiction:us", "United States", { kind: "COUNTRY", aliases: ["U.S.", "USA"] });
  const states = STATES.map(([name, code]) => entity("Jurisdiction", `jurisdiction:us-${code.toLowerCase()}`, name, { kind: "STATE", aliases: [code], partOf: country }));
  const massachusetts = states[0];
  // Cities cluster in the bigger states, as news does.
  const stateWeight = states.map((_, i) => 1 / (i + 2));
  const weightedState = (): Entity => {
    let u = random.next() * stateWeight.reduce((a, b) => a + b, 0);
    for (let i = 0; i < states.length; i++) if ((u -= stateWeight[i]) < 0) return states[i];
    return states[states.length - 1];
  };
  const methuen = entity("Jurisdiction", "jurisdiction:methuen", "Methuen", { kind: "CITY", partOf: massachusetts });
  const boston = entity("Jurisdiction", "jurisdiction:boston", "Boston", { kind: "CITY", partOf: massachusetts });
  const cities = [methuen, boston];
  const plain = CITY_HEADS.flatMap((head) => CITY_TAILS.map((tail) => `${head}${tail}`));
  const cityNames = [...random.shuffled(plain), ...random.shuffled(CITY_PREFIXES.flatMap((prefix) => plain.map((name) => `${prefix} ${name}`)))];
  if (cityNames.length < size.cities) throw new Error(`${size.cities} cities need more city names than ${cityNames.length}`);
  for (let n = 0; cities.length < size.cities; n++) {
    if (unique(cityNames[n])) cities.push(entity("Jurisdiction", `jurisdiction:c${n}`, cityNames[n], { kind: "CITY", partOf: weightedState() }));
  }

  const party = (name: string, alias: string) => entity("Organization", `organization:${slug(name)}`, name, { kind: "PARTY", aliases: [alias] });
  const parties = [party("Democratic Party", "Democrats"), party("Republican Party", "Republicans"), party("Green-Rainbow Party", "Greens"), party("Libertarian Party", "Libertarians")];

  const globe = entity("Organization", "organization:boston-globe", "The Boston Globe", { kind: "NEWS_OUTLET", aliases: ["Boston Globe", "the Globe"] });
  const tribune = entity("Organization", "organization:merrimack-tribune", "The Merrimack Tribune", { kind: "NEWS_OUTLET", aliases: ["Merrimack Tribune"] });
  const outlets = [globe, tribune];
  while (outlets.length < size.outlets) {
    const name = `The ${random.pick(cities).name} ${random.pick(OUTLET_NAMES)}`;
    if (unique(name)) outlets.push(entity("Organization", `organization:o${outlets.length}`, name, { kind: "NEWS_OUTLET", aliases: [name.slice(4)] }));
  }

  const ice = entity("Organization", "organization:ice", "Immigration and Customs Enforcement", { kind: "AGENCY", aliases: ["ICE"] });
  const organizations = [ice, entity("Organization", "organization:mira", "Massachusetts Immigrant and Refugee Advocacy Coalition", { kind: "ADVOCACY_GROUP", aliases: ["MIRA"] })];
  for (let n = 0; n < size.agencies; n++) {
    const name = `${random.pick(states).name} Department of ${random.pick(DEPARTMENTS)}`;
    if (unique(name)) organizations.push(entity("Organization", `organization:a${n}`, name, { kind: "AGENCY", aliases: [acronym(name)] }));
  }
  for (let n = 0; n < size.advocacy; n++) {
    const name = `${random.pick(states).name} ${random.pick(CAUSES)} ${random.pick(["Coalition", "Alliance", "Network", "Project"])}`;
    if (unique(name)) organizations.push(entity("Organization", `organization:g${n}`, name, { kind: "ADVOCACY_GROUP", aliases: [acronym(name)] }));
  }

  const maTrustAct = entity("Law", "law:ma-trust-act", "Massachusetts Trust Act", { kind: "BILL", aliases: ["Trust Act"], jurisdiction: massachusetts, concerns: [ice] });
  const laws = [maTrustAct, entity("Law", "law:ca-trust-act", "California Trust Act", { kind: "STATUTE", aliases: ["Trust Act"], jurisdiction: states[1], concerns: [ice] })];
  for (let n = 0; laws.length < size.laws; n++) {
    const topic = random.pick(TOPICS);
    const where = random.chance(0.7) ? random.pick(states) : random.chance(0.66) ? random.pick(cities) : country;
    const name = where.kind === "CITY" ? `${where.name} ${topic} Ordinance` : where === country ? `Federal ${topic} Act` : `${where.name} ${topic} Act`;
    if (!unique(name)) continue;
    laws.push(
      entity("Law", `law:l${n}`, name, {
        kind: where.kind === "CITY" ? "LOCAL_POLICY" : random.pick(LAW_KINDS.slice(0, 3)),
        aliases: [`${topic} ${where.kind === "CITY" ? "Ordinance" : "Act"}`],
        jurisdiction: where,
        concerns: random.chance(0.3) ? [random.pick(organizations)] : [],
      }),
    );
  }

  const secureCommunities = entity("Program", "program:secure-communities", "Secure Communities", { aliases: ["S-Comm"], jurisdiction: country });
  const programs = [secureCommunities];
  for (let n = 0; programs.length < size.programs; n++) {
    const where = random.chance(0.5) ? country : random.pick(states);
    const name = `${where === country ? "National" : where.name} ${random.pick(TOPICS)} ${random.pick(["Program", "Initiative", "Partnership"])}`;
    if (unique(name)) programs.push(entity("Program", `program:p${n}`, name, { aliases: [acronym(name)], jurisdiction: where }));
  }

  // The four-hop chain: the speaker and a colleague share a caucus; the colleague sits on a commission that
  // runs a small program. Nothing else touches these, so the shortest connection is exactly four hops.
  const caucus = entity("Organization", "organization:merrimack-caucus", "Merrimack Valley Caucus", { kind: "LEGISLATURE", aliases: ["the caucus"] });
  const commission = entity("Organization", "organization:harbor-commission", "Harbor Commission", { kind: "AGENCY" });
  const chainEnd = entity("Program", TARGETS.chainEnd.id, TARGETS.chainEnd.name, { jurisdiction: undefined });
  const person = (id: string, first: string, last: string, extra: Partial<Person>): Person => ({
    ...(entity("Person", id, `${first} ${last}`, { aliases: [last] }) as Person),
    short: last,
    home: random.pick(cities),
    ...extra,
  });
  const colleague = person("person:rosa-alvarez", "Rosa", "Alvarez", { office: { title: "commissioner", of: commission }, caucus, home: methuen });

  const campbell = person(TARGETS.speaker.id, "Linda", "Campbell", {
    office: { title: "state Representative", of: massachusetts },
    party: parties[0],
    caucus,
    home: methuen,
  });
  const speakers: Person[] = [campbell];
  const combos = random.shuffled(FIRST.flatMap((f) => LAST.map((l) => [f, l] as const)));
  const initials = "ABCDEFGHJKLMNPRSTW";
  for (let n = 0; speakers.length < size.people; n++) {
    const [first, last] = combos[n % combos.length];
    const full = n < combos.length ? `${first} ${last}` : `${first} ${initials[Math.floor(n / combos.length) % initials.length]}. ${last}`;
    if (usedNames.has(full)) continue;
    const p = person(`person:p${n}`, full.slice(0, full.lastIndexOf(" ")), last, {});
    const state = weightedState();
    const roll = random.next();
    if (roll < 0.35) p.office = { title: random.pick(["state Representative", "state Senator"]), of: state };
    else if (roll < 0.5) p.office = { title: random.pick(["Mayor", "city councilor", "police chief"]), of: random.pick(cities) };
    else if (roll < 0.6) p.office = { title: random.pick(["U.S. Representative", "U.S. Senator"]), of: state };
    else if (roll < 0.65) p.office = { title: random.pick(["Governor", "Attorney General"]), of: state };
    else if (roll < 0.8) p.office = { title: random.pick(["director", "spokesperson", "policy analyst"]), of: random.pick(organizations) };
    if (random.chance(0.7)) p.party = random.next() < 0.47 ? parties[0] : random.next() < 0.9 ? parties[1] : random.pick(parties.slice(2));
    speakers.push(p);
  }

  return {
    country,
    states,
    cities,
    parties,
    outlets,
    organizations,
    laws,
    programs,
    speakers,
    reserved: { caucus, colleague, commission, chainEnd },
    known: { massachusetts, maTrustAct, secureCommunities, ice, globe, tribune, methuen },
  };
}
