/** Word lists the extractor matches against: attribution verbs, titles, places, organization and law names. */

/** Verbs that attribute words to a speaker, in the forms news text uses. */
export const SPEECH_VERBS = [
  "said", "says", "say", "told", "tells", "added", "adds", "argued", "argues", "wrote", "writes", "stated", "states",
  "explained", "explains", "noted", "notes", "asked", "asks", "replied", "warned", "warns", "insisted", "insists",
  "acknowledged", "acknowledges", "continued", "recalled", "declared", "announced", "testified", "stressed",
  "contended", "contends", "countered", "maintained", "maintains", "predicted", "complained", "conceded",
  "emphasized", "observed", "responded", "repeated", "remarked", "cautioned", "claimed", "claims", "concluded",
  "agreed", "suggested", "believes", "thinks", "called", "calls", "described", "describes", "calling", "describing",
  "ruled", "found", "asking", "saying", "concede", "concedes", "answered", "answers", "replies", "recalls", "admitted",
  "admits", "urged", "pleaded", "tweeted", "writing", "adding", "noting", "arguing", "warning", "shot back", "fired back", "retorted", "quipped", "joked", "read", "reads", "accused", "accuses", "accusing",
];
/** Verbs that can introduce a paraphrase ("X said the issue ..."); "called" names rather than reports speech. */
export const PARAPHRASE_VERBS = SPEECH_VERBS.filter(
  (v) => !["called", "calls", "calling", "described", "describes", "describing", "asked", "asks", "asking", "repeated", "believes", "thinks", "agreed", "ruled", "found", "read", "reads", "accused", "accuses", "accusing"].includes(v),
);

/** Verbs that give a quoted phrase inside a sentence to its subject ("Brannigan dismissed the survey as “…”"). */
export const PHRASE_VERB_RE = /\b(?:thanked|estimated|posted|dismissed|praised|criticized|blasted|slammed|promised|vowed|pledged|questioned|denied|defended|labeled|branded|touted|welcomed|condemned|applauded|faulted|lamented|telling)\b/;

export const SPEECH_VERB_RE = new RegExp(`\\b(?:${[...new Set(SPEECH_VERBS)].join("|")})\\b`);
export const SPEECH_VERB_RE_G = new RegExp(SPEECH_VERB_RE.source, "g");

/** Words in front of a quoted name that make it a name, not a statement ("the so-called “Trust Act”"). */
export const NAMING_CUES = /(?:so-called|dubbed|known as|called the|calls the|named|titled|entitled|labeled|labelled|nicknamed|reading|read|the term|the word|the words|the phrase|the label|a label|branded|billed as)\s*(?:the\s+|a\s+|an\s+)?$/i;

/** Titles written before a name, with the office they stand for. Longest first when matching. */
export const PERSON_TITLES: Record<string, string> = {
  "U.S. District Judge": "U.S. District Judge",
  "U.S. Magistrate Judge": "U.S. Magistrate Judge",
  "District Judge": "District Judge",
  "Circuit Judge": "Circuit Judge",
  "Attorney General": "Attorney General",
  "Police Chief": "Police Chief",
  "Fire Chief": "Fire Chief", "Fire Marshal": "Fire Marshal", "State Fire Marshal": "State Fire Marshal", "Marshal": "Marshal",
  "City Councilor": "City Councilor",
  "Council member": "Council member",
  "Councilmember": "Council member",
  "Council Member": "Council member",
  "Solicitor": "Solicitor",
  "Council President": "Council President",
  "Mayor Pro Tem": "Mayor Pro Tem",
  "Pro Tem": "Pro Tem",
  "County Executive": "County Executive",
  "County Attorney": "County Attorney",
  "Prosecuting Attorney": "Prosecuting Attorney",
  "State's Attorney": "State's Attorney",
  "State’s Attorney": "State's Attorney",
  "County Prosecutor": "County Prosecutor",
  "County Clerk": "County Clerk",
  "Clerk of Superior Court": "Clerk of Superior Court", "Clerk of Circuit Court": "Clerk of Circuit Court", "Clerk of Courts": "Clerk of Courts",
  "Clerk of Court": "Clerk of Court", "Register of Deeds": "Register of Deeds", "Recorder of Deeds": "Recorder of Deeds",
  "Clerk-Recorder": "Clerk-Recorder",
  "County Recorder": "County Recorder",
  "County Assessor": "County Assessor",
  "County Treasurer": "County Treasurer",
  "Sheriff-Coroner": "Sheriff-Coroner",
  "Coroner": "Coroner",
  "County Counsel": "County Counsel",
  "County Judge": "County Judge",
  "County Judge-Executive": "County Judge-Executive",
  "Judge-Executive": "Judge-Executive",
  "District Attorney": "District Attorney",
  "District Attorney General": "District Attorney General",
  "Chief Defender": "Chief Defender",
  "Chief Public Defender": "Chief Public Defender",
  "Public Defender": "Public Defender",
  "Special Agent": "Special Agent",
  "Majority Leader": "Majority Leader",
  "Minority Leader": "Minority Leader",
  "City Manager": "City Manager",
  "Board Chairman": "Chairman",
  "Board Chairwoman": "Chairwoman",
  "Deputy Chief": "Deputy Chief",
  "Assistant Chief": "Assistant Chief",
  "Solicitor General": "Solicitor General",
  "Secretary of State": "Secretary of State",
  "U.S. Rep.": "Representative",
  "U.S. Sen.": "Senator",
  "Del.": "Delegate",
  "Delegate": "Delegate",
  "Assemblyman": "Assemblyman",
  "Assemblywoman": "Assemblywoman",
  "Assemblymember": "Assemblymember",
  "Congressman": "Congressman",
  "Congresswoman": "Congresswoman",
  "Alderman": "Alderman",
  "Ald.": "Alderman",
  "Alderwoman": "Alderwoman",
  "Supervisor": "Supervisor",
  "Chairman": "Chairman",
  "Chairwoman": "Chairwoman",
  "Chair": "Chair",
  "Speaker": "Speaker",
  "Superintendent": "Superintendent",
  "Undersheriff": "Undersheriff",
  "Jailer": "Jailer",
  "Constable": "Constable",
  "Magistrate": "Magistrate",
  "Selectman": "Selectman",
  "Freeholder": "Freeholder",
  "Selectwoman": "Selectwoman",
  "Comptroller": "Comptroller",
  "Controller": "Controller",
  "Clerk-Treasurer": "Clerk-Treasurer",
  "Treasurer": "Treasurer",
  "Auditor": "Auditor",
  "Inspector General": "Inspector General",
  "Auditor General": "Auditor General",
  "Surgeon General": "Surgeon General",
  "Adjutant General": "Adjutant General",
  "Trustee": "Trustee",
  "Warden": "Warden",
  "Chancellor": "Chancellor",
  "Provost": "Provost",
  "Professor": "Professor",
  // A student's class year: "Senior Maya Tran, the board's student representative".
  "Senior": "Senior",
  "Junior": "Junior",
  "Sophomore": "Sophomore",
  "Freshman": "Freshman",
  "Prof.": "Professor",
  "Rev.": "Reverend",
  "Father": "Father",
  "Fr.": "Father",
  "Rabbi": "Rabbi",
  "Imam": "Imam",
  "Pastor": "Pastor",
  "Bishop": "Bishop",
  "Deputy": "Deputy",
  "Agent": "Agent",
  "Administrator": "Administrator",
  "Court Administrator": "Court Administrator",
  "Gen.": "General",
  "Col.": "Colonel",
  "Maj.": "Major",
  "Cpl.": "Corporal",
  "Lt. Gov.": "Lieutenant Governor",
  "Lt. Governor": "Lieutenant Governor",
  "Rep.": "Representative",
  "Reps.": "Representative",
  "Representative": "Representative",
  "Sen.": "Senator",
  "Senator": "Senator",
  "Gov.": "Governor",
  "Governor": "Governor",
  "President": "President",
  "Mayor": "Mayor",
  "Sheriff": "Sheriff",
  "Judge": "Judge",
  "Justice": "Justice",
  "Chief Executive": "Chief Executive",
  "Chief": "Chief",
  "Commissioner": "Commissioner",
  "Councilor": "Councilor",
  "Councilman": "Councilman",
  "Councilwoman": "Councilwoman",
  "Lt.": "Lieutenant",
  "Sgt.": "Sergeant",
  "Capt.": "Captain",
  "Officer": "Officer",
  "Detective": "Detective",
  "Director": "Director",
  "Secretary": "Secretary",
  "Spokesman": "Spokesman",
  "Spokeswoman": "Spokeswoman",
  "Spokesperson": "Spokesperson",
  "Prosecutor": "Prosecutor",
  "Attorney": "Attorney",
  "Dr.": "Doctor",
  "Mr.": "",
  "Mrs.": "",
  "Ms.": "",
};
/** Offices held in a state when written "state Rep." or plain ("Gov."): their jurisdiction is the state. */
export const STATE_OFFICES = new Set(["Representative", "Senator", "Governor", "Lieutenant Governor", "Attorney General"]);
/** Offices held in a county or city named in front of the title ("Calder County Sheriff"). */
export const LOCAL_OFFICES = new Set(["Sheriff", "Jailer", "Constable", "Magistrate", "Mayor", "Police Chief", "Commissioner", "Councilor", "Council member", "District Attorney", "Chief"]);

/** Role nouns a later "the sheriff" refers back by. */
export const ROLE_NOUNS = [
  "sheriff", "mayor", "governor", "senator", "representative", "lawmaker", "judge", "chief", "commissioner", "councilor", "councilmember", "councilperson", "legislator",
  "prosecutor", "attorney", "director", "spokesman", "spokeswoman", "spokesperson", "president", "secretary", "lieutenant",
  "executive", "defender", "agent", "chairman", "chairwoman", "chair", "supervisor", "superintendent", "speaker", "leader",
  "manager", "administrator", "delegate", "assemblyman", "assemblywoman", "assemblymember", "congressman", "congresswoman",
  "alderman", "alderwoman", "councilman", "councilwoman", "comptroller", "treasurer", "auditor", "trustee", "warden",
  "chancellor", "provost", "professor", "pastor", "bishop", "deputy", "undersheriff", "jailer", "constable", "magistrate", "selectman", "selectwoman", "officer", "detective", "sergeant",
  "captain", "organizer", "advocate", "lawyer", "economist", "researcher", "analyst", "author", "founder", "owner", "head",
  "official", "coordinator", "activist", "minister", "priest", "reverend", "physician", "doctor", "nurse", "teacher",
  "principal", "dean", "student", "worker", "farmer", "resident", "immigrant", "plaintiff", "defendant", "witness",
  "candidate", "challenger", "incumbent", "sponsor", "architect", "member", "staffer", "aide", "counsel", "solicitor",
  "clerk", "recorder", "assessor", "coroner", "investigator", "inspector", "marshal", "commander", "general", "colonel", "major", "scholar", "expert",
  "justice", "fellow", "strategist", "consultant", "pollster", "landlord", "employer", "partner", "volunteer", "chaplain", "rabbi",
  "imam", "mother", "father", "wife", "husband", "daughter", "son", "veteran", "historian", "editor", "appraiser", "planner",
  "demographer", "engineer", "epidemiologist", "statistician", "registrar", "ombudsman", "controller", "examiner", "lobbyist",
  "caseworker", "counselor", "chairperson", "writer", "reporter", "correspondent", "photographer",
];

export const FEMALE_WORDS = /\b(?:she|her|spokeswoman|councilwoman|chairwoman|mrs\.|ms\.|mother|woman)\b/i;
export const MALE_WORDS = /\b(?:he|his|him|spokesman|councilman|chairman|mr\.|father|man)\b/i;

export const US_STATES: Record<string, string> = {
  Alabama: "al", Alaska: "ak", Arizona: "az", Arkansas: "ar", California: "ca", Colorado: "co", Connecticut: "ct",
  Delaware: "de", Florida: "fl", Georgia: "ga", Hawaii: "hi", Idaho: "id", Illinois: "il", Indiana: "in", Iowa: "ia",
  Kansas: "ks", Kentucky: "ky", Louisiana: "la", Maine: "me", Maryland: "md", Massachusetts: "ma", Michigan: "mi",
  Minnesota: "mn", Mississippi: "ms", Missouri: "mo", Montana: "mt", Nebraska: "ne", Nevada: "nv",
  "New Hampshire": "nh", "New Jersey": "nj", "New Mexico": "nm", "New York": "ny", "North Carolina": "nc",
  "North Dakota": "nd", Ohio: "oh", Oklahoma: "ok", Oregon: "or", Pennsylvania: "pa", "Rhode Island": "ri",
  "South Carolina": "sc", "South Dakota": "sd", Tennessee: "tn", Texas: "tx", Utah: "ut", Vermont: "vt",
  Virginia: "va", Washington: "wa", "West Virginia": "wv", Wisconsin: "wi", Wyoming: "wy",
};
export const STATE_ABBREVIATIONS: Record<string, string> = {
  "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado", "Conn.": "Connecticut",
  "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
  "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
  "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
  "Tenn.": "Tennessee", "Tex.": "Texas", "Va.": "Virginia", "Vt.": "Vermont", "Wash.": "Washington", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
};
export const COUNTRIES: Record<string, string[]> = {
  "United States": ["U.S.", "US", "USA", "United States of America", "America"],
  Canada: [],
  Mexico: [],
  "Central America": [],
  "Latin America": [],
  "South America": [],
  // (Place names a first name opens, which would otherwise read as a person.)
  "Marshall Islands": [],
};

/** Last words that make a capitalized name an organization. */
export const ORG_HEADS = new Set([
  "Association", "Coalition", "Center", "Centers", "Centre", "Offices", "Department", "Agency", "Institute", "Union", "Council", "Committee",
  "Office", "Party", "Project", "University", "College", "Court", "Courts", "Congress", "Senate", "House", "Gazette", "Tribune", "Globe",
  "Times", "Post", "News", "Courant", "Press", "Herald", "Journal", "Reform", "Bureau", "Commission", "Clearinghouse",
  "Enforcement", "Security", "Service", "Services", "Foundation", "Fund", "Alliance", "Network", "Federation", "League",
  "Society", "Board", "Administration", "Caucus", "Corporation", "Company", "Inc.", "Group", "Chamber", "Authority", "Patrol",
  "Police", "Sheriffs", "Sheriffs’", "Sheriffs'", "Chiefs", "Organization", "Legislature", "Assembly", "Review", "Magazine",
  "Radio", "Television", "Reporter", "Examiner", "Monitor", "Observer", "Inquirer", "Chronicle", "Oregonian", "Republic",
  "Foods", "Farms", "Industries", "Holdings", "Partners", "Bank", "Hospital", "Systems", "Enterprises", "Manufacturing", "Packing",
  "Construction", "Dairy", "Products", "Logistics", "Technologies", "Church", "Ministries", "Clinic", "Schools", "LLC", "Corp.",
  "Co.", "Initiative", "Collaborative", "Coalition", "Institute", "Defenders", "Advocates", "Workers", "Legion", "Conference", "Register", "Ledger", "Sentinel", "Bee", "Star", "Dispatch", "Courier", "Telegram", "Beacon", "Standard", "Citizen", "Statesman", "Daily", "Roundtable", "Exchange", "Forum", "Poultry", "Meats", "Packers", "Growers", "Mills", "Motors", "Hotels", "Producers", "Research", "Opinion", "Watch", "Defender", "Lab", "Laboratory", "Poll", "Division", "Academy",
  "Planning", "Consulting", "Consultants", "Associates", "Strategies", "Analytics", "Advisors", "Advisers", "Solutions", "Partnership",
  "Management", "Insights", "System", "Desk", "Elementary", "PTO", "PTA", "Panel", "Force", "Health", "Survey", "Government", "Transit",
  "Power", "Energy", "Electric", "Aid", "Residential", "Properties", "Realty", "Utilities", "Airlines", "Railroad", "Pharmaceuticals", "Insurance", "Trust", "Ratings", "Millwork", "Lumber", "Plastics", "Steel", "Metals", "Fabrication", "Textiles", "Roofing", "Trucking", "Freight", "Seafood", "Bakery", "Brewing", "Hardware",
]);
/** Words that open an organization's name in Spanish, its head coming first ("Iglesia Nueva Vida", "Centro Latino"). */
export const SPANISH_ORG_STARTS = new Set(["Iglesia", "Parroquia", "Centro", "Casa", "Comité", "Fundación", "Asociación", "Coalición", "Alianza", "Unión", "Movimiento", "Clínica", "Concilio", "Proyecto"]);
/** Organization heads that are news outlets. */
export const OUTLET_HEADS = new Set(["Register", "Ledger", "Sentinel", "Bee", "Star", "Dispatch", "Courier", "Telegram", "Beacon", "Standard", "Citizen", "Statesman", "Daily", "Gazette", "Tribune", "Globe", "Times", "Post", "News", "Courant", "Press", "Herald", "Journal", "Review", "Magazine", "Radio", "Television", "Reporter", "Examiner", "Monitor", "Observer", "Inquirer", "Chronicle", "Oregonian", "Republic"]);
/** Outlets and agencies news text names without an organization word. */
export const KNOWN_ORGS: Record<string, { kind: string; aliases?: string[] }> = {
  NPR: { kind: "NEWS_OUTLET" },
  CNN: { kind: "NEWS_OUTLET" },
  Reuters: { kind: "NEWS_OUTLET" },
  "Associated Press": { kind: "NEWS_OUTLET", aliases: ["AP"] },
  ICE: { kind: "AGENCY" },
  DHS: { kind: "AGENCY" },
  ACLU: { kind: "ADVOCACY_GROUP" },
  "Immigration and Customs Enforcement": { kind: "AGENCY", aliases: ["ICE", "U.S. Immigration and Customs Enforcement"] },
  "Department of Homeland Security": { kind: "AGENCY", aliases: ["DHS", "Homeland Security"] },
  "Justice Department": { kind: "AGENCY", aliases: ["Department of Justice"] },
  "Citizenship and Immigration Services": { kind: "AGENCY", aliases: ["USCIS", "U.S. Citizenship and Immigration Services"] },
  "Customs and Border Protection": { kind: "AGENCY", aliases: ["CBP", "U.S. Customs and Border Protection"] },
  "Border Patrol": { kind: "AGENCY", aliases: ["U.S. Border Patrol"] },
  "Executive Office for Immigration Review": { kind: "AGENCY", aliases: ["EOIR"] },
  "Office of Refugee Resettlement": { kind: "AGENCY", aliases: ["ORR"] },
  "Department of Health and Human Services": { kind: "AGENCY", aliases: ["HHS", "Health and Human Services"] },
  "State Department": { kind: "AGENCY", aliases: ["Department of State"] },
  "Labor Department": { kind: "AGENCY", aliases: ["Department of Labor", "U.S. Department of Labor"] },
  "Census Bureau": { kind: "AGENCY", aliases: ["U.S. Census Bureau"] },
  "Government Accountability Office": { kind: "AGENCY", aliases: ["GAO"] },
  "Congressional Budget Office": { kind: "AGENCY", aliases: ["CBO"] },
  "Centers for Disease Control and Prevention": { kind: "AGENCY", aliases: ["CDC", "U.S. Centers for Disease Control and Prevention"] },
  "Bureau of Justice Statistics": { kind: "AGENCY", aliases: ["BJS"] },
  "Federal Bureau of Investigation": { kind: "AGENCY", aliases: ["FBI"] },
  "Transactional Records Access Clearinghouse": { kind: "RESEARCH_CENTER", aliases: ["TRAC"] },
  "Pew Research Center": { kind: "RESEARCH_CENTER", aliases: ["Pew"] },
  "Migration Policy Institute": { kind: "RESEARCH_CENTER" },
  Congress: { kind: "LEGISLATURE", aliases: ["U.S. Congress"] },
  "Democratic Party": { kind: "PARTY", aliases: ["Democrats", "Democrat"] },
  "Republican Party": { kind: "PARTY", aliases: ["Republicans", "Republican"] },
};
/** Broadcasters are named by call letters or network and city ("CBS Austin", "WBUR"). */
export const BROADCAST_RE = /^(?:(?:CBS|NBC|ABC|FOX|Fox|CNN|PBS|NPR|KXAN|WBUR|WGBH)(?:\s+[A-Z][a-z]+)*|[KW][A-Z]{2,3}(?:-TV)?)$/;

export const PARTIES: Record<string, string> = { Democrat: "Democratic Party", Democratic: "Democratic Party", Republican: "Republican Party", Independent: "Independent", Libertarian: "Libertarian Party" };

/** Programs news about immigration enforcement names, with their aliases. */
export const KNOWN_PROGRAMS: Record<string, string[]> = {
  "Secure Communities": [],
  "287(g)": ["287(g) program", "287(g) agreement", "287(g) agreements"],
  "Priority Enforcement Program": ["PEP"],
  "Deferred Action for Childhood Arrivals": ["DACA"],
  "Migrant Protection Protocols": ["MPP", "Remain in Mexico"],
  "Byrne JAG grants": ["Byrne JAG", "Byrne Justice Assistance Grant"],
};

/** Capitalized words that begin sentences but are never names. */
export const NOT_NAME_WORDS = new Set([
  "Somebody", "Nobody", "Everybody", "Anybody", "Someone", "Everyone", "Anyone", "No", "Yes",
  "The", "A", "An", "In", "On", "At", "As", "But", "And", "Or", "If", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
  "Our", "This", "That", "These", "Those", "There", "Then", "When", "While", "Where", "What", "Who", "Why", "How", "Under", "Over",
  "After", "Before", "Since", "Until", "With", "Without", "Within", "For", "From", "By", "Of", "To", "Among", "Amid", "About",
  "Asked", "According", "Meanwhile", "Now", "Some", "Many", "Most", "Several", "Both", "Each", "Every", "Any", "No", "Not", "Nobody",
  "Ultimately", "Unfortunately", "Still", "Yet", "Also", "Even", "Nearly", "More", "Less", "Only", "Critics", "Supporters", "Siblings", "Brothers", "Sisters", "Twins", "Cousins", "Spouses", "Plaintiffs", "Defendants",
  "Proponents", "Opponents", "Republicans", "Democrats", "Civil", "Police", "Officers", "Commissioners", "Nationwide", "Statewide",
  "Another", "Other", "Instead", "Holding", "Emboldened", "Mayor", "Your", "Six", "Five", "Four", "Three", "Two", "One",
  "Seven", "Eight", "Nine", "Ten", "Within", "Not", "Everyone", "Anyone", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
  "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Skip", "Latino", "Latinos", "Constitution", "Fourth",
  "Amendment", "Proposed", "Federal", "State", "Local", "City", "County", "Agency", "Department", "Several", "Big-city",
  "Southern", "Northern", "Eastern", "Western", "Midwestern",
]);

/**
 * First names the general lexicon lacks, with the gender they usually tell ("" when they tell none): names common
 * in the communities policy news covers, so that "organized by senior Maya Brandt" names a person.
 */
export const EXTRA_FIRST_NAMES: Record<string, "f" | "m" | ""> = {
  Maya: "f", Katrin: "f", Lourdes: "f", Alma: "f", Gail: "f", Jasmine: "f", Jean: "f", Frank: "m", Earl: "m", Gene: "m", Diego: "m", Gideon: "m", Arlen: "m", Marisela: "f", Lucero: "f", Priya: "f", Imani: "f", Guadalupe: "f", Xiomara: "f", Ngozi: "f", Ama: "f", Anjali: "f",
  Itzel: "f", Yaretzi: "f", Araceli: "f", Nayeli: "f", Citlali: "f", Xochitl: "f", Paloma: "f", Rosalba: "f", Yadira: "f",
  Zulema: "f", Shaniqua: "f", Shanice: "f", Zuri: "f", Amara: "f", Ifeoma: "f", Adaeze: "f", Folasade: "f", Wanjiru: "f",
  Njeri: "f", Lakshmi: "f", Meera: "f", Neha: "f", Pooja: "f", Svetlana: "f", Olena: "f", Huong: "f", Linh: "f",
  Ray: "m", Wade: "m", Jordan: "", Santiago: "m", Chinedu: "m", Kwame: "m", Hiroshi: "m", Ravi: "m", Tariq: "m", Eusebio: "m", Heriberto: "m",
  Leobardo: "m", Nestor: "m", Rigoberto: "m", Ulises: "m", Yahir: "m", Teodoro: "m", Jamar: "m", Dashawn: "m", Jalen: "m",
  Keshawn: "m", Kofi: "m", Kojo: "m", Emeka: "m", Babajide: "m", Tunde: "m", Abdi: "m", Vikram: "m", Siddharth: "m",
  Kenji: "m", Takeshi: "m", Tuan: "m", Taras: "m",
  Oluwaseun: "", Jin: "", Anh: "", Hyun: "", Jiwoo: "", Yuki: "", Thanh: "", Ming: "", Zhen: "",
};
