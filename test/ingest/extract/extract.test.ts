/** The extractor on small passages, one phenomenon each; input checks; HTML; the plan's spans. No database. */
import { readFileSync } from "node:fs";
import { checkInput, IngestInputError, MAX_TEXT_LENGTH, planArticle } from "../../../src/ingest/article";
import { extractArticle, normalizeText, type Extraction } from "../../../src/ingest/extract";
import { htmlToArticle } from "../../../src/ingest/extract/html";
import { paragraphs, sentences } from "../../../src/ingest/extract/text";
import { evalTexts } from "../../../src/ingest/eval";
import type { GraphNames } from "../../../src/graph/names";
import { resolveEntities } from "../../../src/ingest/resolve";

const extract = (text: string, publishedOn?: string) => extractArticle(normalizeText(text), { publishedOn });
const quotes = (x: Extraction) => x.statements.filter((s) => s.kind === "DIRECT_QUOTE").map((s) => ({ text: s.text, speaker: s.speaker === undefined ? undefined : x.entities[s.speaker].name }));
/** Each claim's value and whom it is credited to: a person or organization, or a record no one is named as making. */
const credits = (text: string) => {
  const x = extract(text);
  return x.claims.map((c) => [c.value, c.source !== undefined ? x.entities[c.source].name : c.document ? x.text.slice(c.document.start, c.document.end) : null]);
};

describe("direct quotes", () => {
  test("a quote split by its attribution is one statement with two parts, in straight or curly marks", () => {
    for (const [open, close] of [['"', '"'], ["“", "”"]]) {
      const x = extract(`${open}We will not comply,${close} said Sheriff Dale Whitcomb of Calder County. ${open}Not now, not ever.${close}`);
      expect(quotes(x)).toEqual([{ text: "We will not comply, … Not now, not ever.", speaker: "Dale Whitcomb" }]);
      expect(x.statements[0].parts).toHaveLength(2);
    }
  });

  test("a quote over two paragraphs (no closing mark, the next opens with one) is one statement", () => {
    const x = extract("“We will follow the law,” Sheriff Elena Ruiz told CBS Austin. “But I worry.\n\n“That call may never come.”");
    expect(quotes(x)).toEqual([{ text: "We will follow the law, … But I worry. … That call may never come.", speaker: "Elena Ruiz" }]);
    expect(x.statements[0].relays.map((r) => x.entities[r.via].name)).toEqual(["CBS Austin"]);
  });

  test("a nested quote stays inside its quote; a missing closing mark ends at the attribution", () => {
    const nested = extract("Commissioner Angela Torres voted no. “Mothers tell me, ‘I would rather get robbed than call the sheriff,’ ” Torres said.");
    expect(quotes(nested)).toEqual([{ text: "Mothers tell me, ‘I would rather get robbed than call the sheriff,’", speaker: "Angela Torres" }]);
    const missing = extract("Police Chief Marcus Bell saw fewer calls. “People are scared to open the door, he said.\n\nThe council voted.");
    expect(quotes(missing)).toEqual([{ text: "People are scared to open the door,", speaker: "Marcus Bell" }]);
  });

  test("a partial quote is a statement; scare quotes, titles and signs are not", () => {
    const x = extract(
      "Council member Jorge Salinas called it “a show-me-your-papers law dressed up as public safety.” The so-called “Trust Act” would make the state a “sanctuary state.” Protesters carried signs reading “ICE out of Pike County.” The “Safe Communities Act” passed.",
    );
    expect(quotes(x)).toEqual([{ text: "a show-me-your-papers law dressed up as public safety.", speaker: "Jorge Salinas" }]);
    expect(x.rejectedQuotes.map((r) => r.reason)).toHaveLength(4);
  });
});

describe("speakers", () => {
  test("an office's words before a name are not the name; a surname speaker is the full name given earlier, whatever its first name", () => {
    const x = extract(
      "Criminal Court Clerk Jan Ridley says the county had 4,100 pending cases. Yelitza Marcano enrolled her sons in September.\n\n" +
        "“They sat on the bed all day,” Marcano says.",
    );
    expect(x.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Jan Ridley", "Yelitza Marcano"]);
    expect(quotes(x)).toEqual([{ text: "They sat on the bed all day,", speaker: "Yelitza Marcano" }]);
  });

  // Each row: who said it, a passage (a reading the extractor once missed), and the quote in it.
  test.each<[string, string, string]>([
    ["Rexford Police Officers Association", "The Rexford Police Officers Association went further. It put out a statement Tuesday:\n\n“Our members are working double shifts.”", "Our members are working double shifts."],
    ["Immigration and Customs Enforcement", "Immigration and Customs Enforcement raided the plant. In the statement, the agency also defends the operation:\n\n“Worksite enforcement protects jobs.”", "Worksite enforcement protects jobs."],
    ["Evelyn Moss", "“We were told this program was voluntary.”\n\nBoard Chairwoman Evelyn Moss said that Tuesday night, minutes before the vote.", "We were told this program was voluntary."],
    ["Immigration and Customs Enforcement", "Rowell County Sheriff’s Office staff voted. ICE criticized the vote. In a statement, a spokesman for the agency’s Atlanta field office said ending it “undermines public safety” today.", "undermines public safety"],
    ["Ubah Warsame", "Ubah Warsame came to Loup Crossing from Kenya in 2011. Now she works as an aide.\n\n“Sometimes the parents are nervous.”", "Sometimes the parents are nervous."],
    ["Calder Heights Police Benevolent Association", "The union sees it differently. Hours before the vote, the Calder Heights Police Benevolent Association released a statement:\n\n“Our officers swore an oath.”", "Our officers swore an oath."],
    ["Wes Harkin", "Sheriff Wes Harkin and Dora Lim debated twice. In his closing remarks, Harkin stood and faced the room:\n\n“Ask anybody where I stand.”", "Ask anybody where I stand."],
    ["Ines Pardo", "Commissioner Ines Pardo voted no. Before the vote, she read a prepared statement.\n\n“I know how tight the budget is.”", "I know how tight the budget is."],
    ["Bev Ostrander", "Miriam Dahlquist said clinics were busy.\n\nAt Hemlock Hollow, school nurse Bev Ostrander has called families.\n\n“Most of them aren’t hard no’s,” she says.", "Most of them aren’t hard no’s,"],
    ["Glen Hostetler", "Todd Ebersole said filings help.\n\nEvicting a tenant costs a landlord $3,000, Glen Hostetler estimated.\n\n“Nobody makes money on an eviction,” he added.", "Nobody makes money on an eviction,"],
    ["Office of Justice Programs", "In a letter dated Oct. 12, the department’s Office of Justice Programs wrote that the policy may conflict.\n\n“The Department has determined otherwise,” the letter said.", "The Department has determined otherwise,"],
    ["Tilden Coalition for Immigrant Justice", "Before the vote, the Tilden Coalition for Immigrant Justice delivered a letter signed by 23 religious groups.\n\n“Every week this contract continues, the county is betting,” the letter read.", "Every week this contract continues, the county is betting,"],
    ["Lyle Pettigrew", "Attorney General Lyle Pettigrew said in a formal opinion released Tuesday that holds are unlawful.\n\nThe opinion, requested in January by state Sen. Carolyn Voight, says a detainer “is a request, not a command.”", "is a request, not a command."],
    ["Immigration and Customs Enforcement", "Nadia Ferrante sponsored the bill.\n\nIn an emailed statement, U.S. Immigration and Customs Enforcement said its officers act lawfully.\n\n“This law does not change federal law,” the statement said.", "This law does not change federal law,"],
    ["Diane Kowalczyk", "Mayor Diane Kowalczyk backed the fee.\n\n“We will keep the fee low,” the mayor’s office said in a statement.", "We will keep the fee low,"],
    ["Yesenia Carrillo", "Most speakers opposed the deal. Among them was Yesenia Carrillo, a nurse whose brother was deported.\n\n“You are going to make money off of families.”", "You are going to make money off of families."],
    ["Karen Vossberg", "“You can have the best teacher in the state.”\n\nThat’s how Superintendent Karen Vossberg sees it. She says attendance matters.", "You can have the best teacher in the state."],
    ["Rocío", "Principal Karen Vossberg spoke first.\n\nRocío says she has been afraid since August.\n\n“I tell him, stay home,” she says.", "I tell him, stay home,"],
    ["Colin Barfield", "Gov. Pamela Reddick has not said whether she would sign it. Asked about it Tuesday, her spokesman, Colin Barfield, sent a brief reply:\n\n“The governor will review the bill.”", "The governor will review the bill."],
    ["Evan Marchetti", "Gov. Marian Holt vetoed it.\n\n“The governor did,” Holt spokesman Evan Marchetti said in a statement.", "The governor did,"],
    ["Missouri Rural Counties Coalition", "Kessler read aloud from a letter the Missouri Rural Counties Coalition sent senators. The bill, the letter said, hands jails “a mandate with no way to recover the cost.”", "a mandate with no way to recover the cost."],
    ["Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement confirmed the arrest. In a statement, the agency said:\n\n“He is a Mexican national who re-entered illegally.”", "He is a Mexican national who re-entered illegally."],
    ["Harold Brickner", "In January, U.S. District Judge Harold Brickner refused the county’s request, writing that a detainer “does not and cannot supply the probable cause.”", "does not and cannot supply the probable cause."],
    ["Millbrook Police Officers Association", "Members of the Millbrook Police Officers Association voted no confidence in Police Chief Teresa Sandoval, the union announced, citing low morale and what it called “discipline by favoritism.”", "discipline by favoritism."],
    ["Paul Thibodeaux", "“It made us stable,” Chief Financial Officer Paul Thibodeaux said.", "It made us stable,"],
    ["Richard Voss", "The board voted 5-2.\n\nSuperintendent Richard Voss put it plainly before the vote:\n\n“Closing buildings is the least bad choice.”", "Closing buildings is the least bad choice."],
    ["Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement disputes that number. ICE's statement reads in part:\n\n“ICE does not retaliate against detainees.”", "ICE does not retaliate against detainees."],
    ["Brenda Hatcher", "Brenda Hatcher filed the suit Sept. 4 on behalf of her son.\n\n“Nobody should die of withdrawal in an American jail,” the lawsuit states.", "Nobody should die of withdrawal in an American jail,"],
    ["Gerald Ossoff", "Before the meeting, the union’s lawyer, Gerald Ossoff, sent every council member a letter.\n\n“The City cannot alter the terms,” the letter reads.", "The City cannot alter the terms,"],
    ["Carol Whitley", "The principal of Aspen Ridge Elementary, Carol Whitley, sent a letter home to parents.\n\n“Our school remains a safe place,” the letter reads.", "Our school remains a safe place,"],
    ["Doug Ferraro", "Board member Doug Ferraro objected. Ferraro, in a post on Twitter, accused Democrats of “trying to win in a conference room what they lost.”", "trying to win in a conference room what they lost."],
    ["Lucía Arreola", "Jesús Arreola Campos was deported in May.\n\nHis wife, Lucía Arreola, spoke to KRCN by phone.\n\n“He went to jail for sleeping in a barn.”", "He went to jail for sleeping in a barn."],
    ["Renee Castellano", "“When overtime eats that much of your budget, something is wrong,” Auditor General Renee Castellano said.", "When overtime eats that much of your budget, something is wrong,"],
    ["Adrián Salcedo", "ICE detained Jorge Salcedo on Monday. His son, Adrián Salcedo, 17, and his wife, Norma Salcedo, waited outside.\n\n“My dad did everything they asked,” Adrián said.", "My dad did everything they asked,"],
    ["Anselm Greer", "The board voted Tuesday.\n\n“You’re turning our jail into a warehouse,” said Father Anselm Greer of Sacred Heart Parish.", "You’re turning our jail into a warehouse,"],
    ["Gabriel Fontaine", "The city passed the ordinance.\n\n“The state law bans policies that restrict communication.”\n\nThat’s Gabriel Fontaine, legal director of the Missouri Immigrant Defense Project.", "The state law bans policies that restrict communication."],
    ["Oscar", "Oscar, 31, a former bus driver, has been held for seven months.\n\n“In my country, the police call the gang,” he said.", "In my country, the police call the gang,"],
    ["Brad Kimes", "Rep. Glenn Haskett held a town hall.\n\nA Haskett spokesman, Brad Kimes, said the congressman “expects passion at these events.”", "expects passion at these events."],
    ["Bobby Lyle", "Sheriff Bobby Lyle defended the program.\n\nLyle shot back that the program “has taken dangerous people off our streets” and said he would not apologize.", "has taken dangerous people off our streets"],
    ["Ellen Pruitt", "Its president, Grayson County Jailer Ellen Pruitt, said her members call ICE.\n\n“We call, they come or they don’t,” Pruitt said.", "We call, they come or they don’t,"],
  ])("%s speaks the quote", (speaker, text, quote) => {
    expect(quotes(extract(text))).toEqual([{ text: quote, speaker }]);
  });

  test("a post's words split by 'the post read' are one quote of the body that posted it", () => {
    expect(
      quotes(extract("The Carroway Police Benevolent Association pushed back in a statement its president posted on the group’s Facebook page.\n\n“Our members support cameras,” the post read. “Context matters.”")),
    ).toEqual([{ text: "Our members support cameras, … Context matters.", speaker: "Carroway Police Benevolent Association" }]);
  });

  test("a court between two titles is one office; a name after a role noun ('county appraiser Dean Hollis'); 'Iglesia Nueva Vida', 'Hartwell Justice Planning' and a group named after its relative clause are bodies, and so is a school; 'You' is no one, nor is 'a St. Louis Democrat' or a town after 'from'; 'X, president of Y,' is a person", () => {
    const x = extract(
      "Chief Superior Court Judge Harriet Vance spoke. Valuations fell, county appraiser Dean Hollis reported. " +
        "Pastor Luis Ocampo leads Iglesia Nueva Vida. A study by Hartwell Justice Planning estimated the cost. “You say it is only the jail,” Sosa said. " +
        "A group that has pushed for tougher enforcement, Minnesotans for Lawful Immigration, criticized the vote. " +
        "Sen. Renée Kessler, a St. Louis Democrat, objected. Sen. Travis Oberle, a Republican from Harlan Springs, did not. " +
        "Frank Doyle, president of the teachers union, said classes would grow. Pupils at Hadley Elementary would move. " +
        "Marge Tollefson of Birch Lane spoke. Jesús Arreola Campos filed suit on Arreola Campos’s own behalf. A spokeswoman for Southern Correctional Health Partners declined to comment. " +
        "Parents at Rowe Elementary and Linden Street Elementary wrote. ICE detained Jorge Salcedo; its statement called him Jorge Salcedo-Rangel.\n\nCourt Asks ICE To Stop Making Arrests At Courthouse",
    );
    expect(x.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Harriet Vance", "Dean Hollis", "Luis Ocampo", "Renée Kessler", "Travis Oberle", "Frank Doyle", "Marge Tollefson", "Jesús Arreola Campos", "Jorge Salcedo", "Sosa"]);
    expect(x.entities.filter((e) => e.type === "Organization").map((e) => e.name)).toEqual(["Iglesia Nueva Vida", "Hartwell Justice Planning", "Minnesotans for Lawful Immigration", "Republican Party", "Hadley Elementary", "Southern Correctional Health Partners", "Rowe Elementary", "Linden Street Elementary", "Immigration and Customs Enforcement"]);
  });

  test("a person known by one name ('gave only her first name, Lucía,') speaks", () => {
    const x = extract("Council member Ellen Strand spoke first.\n\nA woman who gave only her first name, Lucía, said agents detained her husband.\n\n“He never came home,” she said.");
    expect(x.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Ellen Strand", "Lucía"]);
    expect(quotes(x)).toEqual([{ text: "He never came home,", speaker: "Lucía" }]);
  });

  test("pronouns and titles resolve to the nearest fitting person", () => {
    const x = extract(
      "Mayor Lisa Chen spoke first, and Sheriff Ronald Beck answered. “We are not going to apologize,” she said. “This program costs nothing,” the sheriff said. “It works,” he added.",
    );
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Lisa Chen", "Ronald Beck", "Ronald Beck"]);
  });

  test("a descriptor gives office, party and home town", () => {
    const x = extract('"This is wrong," said state Rep. Linda Campbell, a Democrat from Methuen, Massachusetts, according to the Eagle Tribune report.');
    const facts = x.facts.map((f) => `${f.label} ${f.title ?? f.relation ?? ""} ${x.entities[f.subject].name} -> ${x.entities[f.object].name}`.replace(/\s+/g, " "));
    expect(facts).toEqual(
      expect.arrayContaining(["Office state Representative Linda Campbell -> Massachusetts", "Membership Linda Campbell -> Democratic Party", "Relation FROM Linda Campbell -> Methuen"]),
    );
    expect(x.statements[0].relays.map((r) => x.entities[r.via].name)).toEqual(["Eagle Tribune"]);
  });

  test("paraphrases are kept as PARAPHRASE with their speaker", () => {
    const x = extract("Eva Millona directs the coalition. She said sanctuaries improve the relationship between police and immigrants.");
    expect(x.statements.map((s) => [s.kind, s.text, s.speaker === undefined ? undefined : x.entities[s.speaker].name])).toEqual([
      ["PARAPHRASE", "sanctuaries improve the relationship between police and immigrants.", "Eva Millona"],
    ]);
  });
});

describe("numeric claims", () => {
  test("value, unit, qualifier, as-of date and source", () => {
    const x = extract("As of December 2012, only 46 percent of the 768 Massachusetts immigrants deported through the program had criminal records, according to the Boston Globe. At least two dozen state lawmakers backed it.");
    expect(x.claims.map((c) => [c.qualifier, c.value, c.unit, c.asOf, c.source === undefined ? undefined : x.entities[c.source].name])).toEqual([
      ["only", 46, "percent", "2012-12", "Boston Globe"],
      [undefined, 768, "immigrants", "2012-12", "Boston Globe"],
      ["at least", 24, "state lawmakers", undefined, undefined],
    ]);
  });

  test("years, dates, vote tallies, bill numbers and 287(g) are not claims", () => {
    const x = extract("On Nov. 20, 2017, commissioners voted 4-1 to renew the 287(g) agreement under Senate Bill 4, a law passed in 2016 by a vote of 88 to 59.");
    expect(x.claims).toEqual([]);
  });
});

describe("attribution on real news", () => {
  const speakers = (text: string) => quotes(extract(text)).map((q) => q.speaker);

  test("frames beyond 'X said': wrote, told <outlet>, added, according to, in a statement, and a colon", () => {
    expect(
      speakers(
        "County Executive Nora Villalobos sent the plan back. “The numbers do not add up,” Villalobos wrote in a letter to the board. " +
          "Sheriff Amos Crandall disagreed. “We need the beds,” Crandall told the Lakeview Ledger. “Every one of them,” he added. " +
          "“The contract pays for itself,” according to Crandall. Treasurer Iris Booker put it bluntly: “We cannot afford a second jail.” " +
          "Booker told the paper: “I will vote no.”",
      ),
    ).toEqual(["Nora Villalobos", "Amos Crandall", "Amos Crandall", "Amos Crandall", "Iris Booker", "Iris Booker"]);
  });

  test("a speaker named by role resolves to the person named earlier in it, not to a new person", () => {
    const x = extract(
      "The deal was signed by Harlow County Sheriff Ben Okoro and by Dana Pruitt, the county’s public defender. Mayor Tessa Lind did not comment.\n\n" +
        "“Nobody asked us,” said the public defender in a statement. “We will honor the agreement,” the county sheriff said.",
    );
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Dana Pruitt", "Ben Okoro"]);
    expect(x.entities.filter((e) => e.type === "Person").map((e) => e.name).sort()).toEqual(["Ben Okoro", "Dana Pruitt", "Tessa Lind"]);
  });

  test("pronouns across paragraphs skip people who are only mentioned, and follow gender", () => {
    expect(
      speakers(
        "“We will appeal,” said Marisol Ortega, the coalition’s director.\n\nThe ruling came from Judge Peter Haas, who was appointed in 2009.\n\n" +
          "“This is not over,” she said.\n\nCommissioner Walt Brenner backed the ruling. “The court got it right,” he said.",
      ),
    ).toEqual(["Marisol Ortega", "Marisol Ortega", "Walt Brenner"]);
  });

  test("a split quote joins its pieces visibly and keeps one span per piece; the speaker may come after the second piece", () => {
    const x = extract("“The budget is gone,” she said. Councilor Ana Ruiz spoke last.\n\n“First, the jail. Then the schools,\n\n“And then nothing is left,” said Councilor Ana Ruiz.");
    const last = x.statements.filter((s) => s.kind === "DIRECT_QUOTE").pop()!;
    expect(last.text).toBe("First, the jail. Then the schools, … And then nothing is left,");
    expect(last.parts.map((p) => x.text.slice(p.start, p.end))).toEqual(["First, the jail. Then the schools,", "And then nothing is left,"]);
    expect(x.entities[last.speaker!].name).toBe("Ana Ruiz");
  });

  test("a bare quote whose speaker the next paragraph names", () => {
    expect(speakers("Students marched on Friday.\n\n“We asked for a sanctuary and got a memo.”\n\nThat was Kyle Amato, the student body president, speaking outside.")).toEqual(["Kyle Amato"]);
  });

  test("a statement speaks for whoever issued it; 'his office' for him", () => {
    expect(
      speakers(
        "Immigration and Customs Enforcement said in a statement that it would appeal. “Jurisdictions that ignore detainers put the public at risk,” the statement said. " +
          "Sheriff Ray Dunn declined an interview. His office “will keep cooperating with our federal partners,” his office said.",
      ),
    ).toEqual(["Immigration and Customs Enforcement", "Ray Dunn"]);
  });

  test("an attribution inside the sentence, a group's 'they', initials in a name, and 'the statement read'", () => {
    expect(
      speakers(
        "Mayor Hal Brandt unveiled the plan Monday. The plan, the mayor said, “would cost us dearly if we did nothing.” The Riverside Tenants Union opposed it. " +
          "“We were never asked,” they said. “It is a start,” the union’s president, Carla J. Whitfield, said. " +
          "The Harbor Authority issued a statement. “We have no comment at this time,” the statement read.",
      ),
    ).toEqual(["Hal Brandt", "Riverside Tenants Union", "Carla J. Whitfield", "Harbor Authority"]);
  });

  test("the role a title gives, past a second title; 'the chairman' is not the vice chair", () => {
    expect(
      speakers(
        "Superintendent Dr. Lamar Quint said attendance fell. Committee chair Sen. Boris Tal cast the deciding vote. His vice chair, Sen. Cora Hale, voted no.\n\n" +
          "“Families are scared,” the superintendent said. “It is about insurance,” the chairman said.",
      ),
    ).toEqual(["Lamar Quint", "Boris Tal"]);
  });

  test("partial quotes after 'calling it', 'according to X,' and a judge who 'found'", () => {
    expect(
      speakers(
        "The Lakeview Civic League praised the order in a statement, calling it “a step toward a safer city.” " +
          "According to the league’s director, Nia Oduya, the county could hire “at least a dozen more deputies” with the money. " +
          "Judge Rhea Voss found that the detention “offends the most basic guarantees of due process.”",
      ),
    ).toEqual(["Lakeview Civic League", "Nia Oduya", "Rhea Voss"]);
  });

  test("a name the text calls a group is an organization, though it has no organization word", () => {
    expect(
      speakers(
        "Neighbors First Dakota, which advocates for tenants, said the study “leaves out the renters themselves.” " +
          "The group, Courthouse Watch Ohio, counted arrests. “Forty of them happened in one hallway,” the group said.",
      ),
    ).toEqual(["Neighbors First Dakota", "Courthouse Watch Ohio"]);
  });

  test("a bare quote paragraph after one that paraphrases or is about its speaker; 'by saying,'; 'read the letter'", () => {
    expect(
      speakers(
        "Héctor Vela was detained in May. His wife, Yesenia Vela, says agents stopped him outside the clerk's office. He is now held in Illinois.\n\n" +
          "“He had the receipt in his hand.”\n\n" +
          "For Sonia Reyes, none of this is abstract. Reyes now works two jobs.\n\n" +
          "“I tell my children their father is far away.”\n\n" +
          "Board President Yvonne Castellano opened the debate by saying, “We are not in the business of holding people for free.” " +
          "The Caloosa Immigrant Rights Alliance sent commissioners a 12-page letter on Thursday. “The county is not at risk of losing a single dollar,” read the letter.",
      ),
    ).toEqual(["Yesenia Vela", "Sonia Reyes", "Yvonne Castellano", "Caloosa Immigrant Rights Alliance"]);
  });

  test("'the Coldwater Bend Republican' is the person placed there; 'He pressed X … he asked' is the subject; 'X's answer was:'", () => {
    expect(
      speakers(
        "Senate Bill 211, sponsored by Sen. Tobias Wendt, R-Coldwater Bend, would require checks. Sen. Ray Dunleavy, a Democrat from Fort Aubrey, opposed it.\n\n" +
          "“You have written a bill for car washes,” the Coldwater Bend Republican said.\n\n" +
          "Sen. Curtis Mahlberg, a Republican from Elm Prairie, wasn't persuaded. He pressed Dunleavy on residency.\n\n" +
          "“What stops somebody from driving over?” he asked.\n\n" +
          "Dunleavy's answer was short: “The same paperwork that stops them now.”",
      ),
    ).toEqual(["Tobias Wendt", "Curtis Mahlberg", "Ray Dunleavy"]);
  });

  test("'the group' is never a court named since; 'the district' is the school district", () => {
    expect(
      speakers(
        "The Plains Fair Trial Project sued the state in Harlow County Circuit Court. “The state is running an assembly line,” the group said. " +
          "The Alder Creek Independent School District opened its records office on Saturday. “No student will miss this,” the district said.",
      ),
    ).toEqual(["Plains Fair Trial Project", "Alder Creek Independent School District"]);
  });

  test("county offices as titles: prosecuting attorney, clerk-recorder", () => {
    const x = extract("“Witnesses move,” said Harlow County Prosecuting Attorney Ben Okafor. “The rolls are clean,” said Harlow County Clerk-Recorder Ida Marsh.");
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Ben Okafor", "Ida Marsh"]);
    expect(x.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Ben Okafor", "Ida Marsh"]);
  });

  test("a bare quote paragraph belongs to whom the paragraph before paraphrases, introduces or is about", () => {
    expect(
      speakers(
        "Judge Ana Ruiz heard the case. “I can’t control the sidewalk,” she said.\n\nBut Ruiz said the arrests worry her.\n\n“We have victims who are not coming back.”\n\n" +
          "Sheriff Tom Hale rejects that reading. He does not see the program as symbolic.\n\n“Nobody in Washington told me to do this.”\n\n" +
          "Greg Olsen owns 40 rental units. He told the Harlan Courier:\n\n“I’m a landlord, not an immigration officer.”",
      ),
    ).toEqual(["Ana Ruiz", "Ana Ruiz", "Tom Hale", "Greg Olsen"]);
  });

  test("two people sharing a surname: the surname is the one named last before it, though her name is rare", () => {
    const x = extract(
      "When the jail released inmates, Marisela Okoro thought her brother would come home. “They told us he was being released,” Okoro told the radio station. " +
        "Her brother, Esteban Okoro, is held in Tacoma.\n\nMarisela Okoro says she calls him weekly.",
    );
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Marisela Okoro"]);
  });

  test("'the statement' is the statement's issuer, named by role: 'The department said in a statement'", () => {
    expect(
      speakers(
        "The Harlow Department of Family Services has been looking for space.\n\nThe department said in a statement that no decision had been made.\n\n" +
          "“Our priority is the safety of these children,” the statement said.",
      ),
    ).toEqual(["Harlow Department of Family Services"]);
  });

  test("'In a statement, ICE called …': the subject after the statement issued it, not a survey's maker named before", () => {
    expect(
      speakers(
        "Commissioner Ada Whitt cited a survey by the Harlow Research Project. In a statement to NewsChannel 9, ICE called the program “a force multiplier for us.” " +
          "“Partnerships like this one help us,” the statement said.",
      ),
    ).toEqual(["Immigration and Customs Enforcement", "Immigration and Customs Enforcement"]);
  });

  test("'the chief justice' is the person titled Chief Justice, past the first title word", () => {
    expect(
      speakers(
        "“Victims must be able to come to court,” Chief Justice Ana Ruiz wrote in the letter.\n\nMayor Tom Hale praised it.\n\n" +
          "The letter, the chief justice said Tuesday, “is a request, not a demand.”",
      ),
    ).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });

  test("a document signed by someone is theirs; one obtained by an outlet is not the outlet's", () => {
    expect(
      speakers(
        "County Counsel Ida Marsh said in a memo to commissioners that the policy was sound. " +
          "The memo, obtained by the Harlow Courier, warned that one claim could cost “well into six figures.”\n\n" +
          "Sheriff Tom Hale disputed the audit in a written response. The response, signed by the sheriff, called the audit “an accounting exercise.”",
      ),
    ).toEqual(["Ida Marsh", "Tom Hale"]);
  });

  test("people and firms by what stands before the name: 'students, X', 'consultants X', 'said X employs'", () => {
    const x = extract(
      "One of the clinic’s students, Benedikt Oyinlola, spent the summer on one case. Plant manager Denise Kowalski said Prairie Gold employs about 1,400 people. " +
        "A study by Reno-based consultants Sagebrush Analytics projected 85 percent occupancy. The consultants also found that ICE paid $92 a day.",
    );
    expect(x.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Benedikt Oyinlola", "Denise Kowalski"]);
    expect(x.claims.filter((c) => c.unit !== "people").map((c) => [c.value, c.source === undefined ? null : x.entities[c.source].name])).toEqual([
      [85, "Sagebrush Analytics"],
      [92, "Sagebrush Analytics"],
    ]);
  });

  test("a state body goes by its name with 'state' in front too", () => {
    const x = extract("Records from the state Board of Elections show the campaign raised $186,000.");
    expect(x.entities.find((e) => e.name === "Board of Elections")?.aliases).toContain("state Board of Elections");
  });

  test("a partial quote after a relative clause, or after a passive verb or a noun that looks like one", () => {
    const x = extract(
      "Harlow is one of 11 counties in the program, according to a tally by the Plains Justice Project, a Durham group that has called it “a pipeline with a county logo.”\n\n" +
        "Sheriff Tom Hale spoke Monday. He added that he had received more than 30 calls and emails since it was announced, “most of them from scared people.”",
    );
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Plains Justice Project", "Tom Hale"]);
    expect(x.claims.filter((c) => c.value === 30).map((c) => x.entities[c.source!].name)).toEqual(["Tom Hale"]);
  });

  test("'asking whether …' attributes a partial quote; 'barred from asking' does not", () => {
    const x = extract(
      "Judge Evelyn Marsh pressed the city’s lawyer, asking whether the city was “doing indirectly what it cannot do directly.”\n\n" +
        "Tom Hale, the union president, spoke Monday. He said an order barring officers from asking about status was written “without a single conversation with us.”",
    );
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Evelyn Marsh", "Tom Hale"]);
  });

  test("'the sheriff' is the sitting sheriff, not the former one named last", () => {
    const x = extract(
      "Sheriff Ana Ruiz said Tuesday the jail would resume holds. Ruiz took office after defeating former Sheriff Lyle Pemberton.\n\n" +
        "Pemberton ended the practice in 2014. The sheriff said the jail declined 143 requests under the old policy.",
    );
    expect(x.claims.map((c) => [c.value, x.entities[c.source!]?.name])).toEqual([[143, "Ana Ruiz"]]);
  });

  test("an unnamed spokesperson speaks for the body they represent, as 'the spokesperson' and as 'she'", () => {
    const x = extract(
      "The Tarrow Growers League backed the bill. Mayor Dan Okoro opposed it. A spokeswoman for the group said its members were “tired of waiting for Congress.”\n\n" +
        "A Harlow Transit Agency spokesperson said the buses would run. The spokesperson said riders “should expect some delays this week.”\n\n" +
        "Councilor Ray Pell asked the Pinecrest Water Board about rates. A spokeswoman for the board, reached by phone, said nothing had changed. “We will publish the new rates in June,” she said.",
    );
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Tarrow Growers League", "Harlow Transit Agency", "Pinecrest Water Board"]);
    const y = extract("The Ozark Clinics Alliance backs the bill, and Dr. Amos Reed testified for it. A lobbyist for the alliance told reporters that 41 clinics would close without it.");
    expect(y.claims.map((c) => [c.value, y.entities[c.source!]?.name])).toEqual([[41, "Ozark Clinics Alliance"]]);
  });

  test("in a transcript, a turn's figures are credited to the speaker its label names", () => {
    const x = extract(
      "HOST MARA QUILL: Our reporter Tobias Venn spent the week in Ardley. Tobias, what did you find?\n\n" +
        "TOBIAS VENN: The shelter has 40 beds, Mara, and it turned away 12 families last month.",
    );
    expect(x.claims.map((c) => [c.value, x.entities[c.source!]?.name])).toEqual([[40, "Tobias Venn"], [12, "Tobias Venn"]]);
  });

  test("a speaker named by a role no one holds yet is the person the next paragraph reveals", () => {
    const x = extract("Chief Ada Brisk signed the order.\n\n“We heard about it on the radio,” the guild leader said.\n\nThat was Omar Tulley, president of the Ferris Transit Guild.");
    expect(quotes(x)).toEqual([{ text: "We heard about it on the radio,", speaker: "Omar Tulley" }]);
  });

  test("a paragraph whose subject issued a statement, ending in a colon, introduces the bare quote after it", () => {
    const x = extract(
      "Mayor Lena Frost vetoed the plan. Councilor Abe Lindqvist said he would try again.\n\nHer office released a statement an hour later:\n\n“The mayor will not sign a budget that closes the library.”",
    );
    expect(quotes(x)).toEqual([{ text: "The mayor will not sign a budget that closes the library.", speaker: "Lena Frost" }]);
    const y = extract(
      "The Ferris Tenants Network backed the rule. Mayor Lena Frost signed it. The network issued a statement after the vote:\n\n“Ferris has shown that a small city can do this.”\n\n" +
        "The statement went on:\n\n“Other towns should follow.”\n\nMaria Vance spoke at the board's last meeting:\n\n“My son waited six hours for a nurse.”",
    );
    expect(quotes(y).map((q) => q.speaker)).toEqual(["Ferris Tenants Network", "Ferris Tenants Network", "Maria Vance"]);
  });

  test("'his office' is the man just named in apposition to the subject, not an earlier speaker", () => {
    const x = extract(
      "Sen. Hal Droste said the bill would pass. “We have the votes,” Droste said.\n\nThe state’s treasurer, Owen Carrick, has not taken a position. His office said in an email that it “will review the bill once it is final.”",
    );
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Hal Droste", "Owen Carrick"]);
    const y = extract(
      "Pastor Ned Albin said the shelter was full. “We turn people away,” Albin said.\n\nOne of the volunteers, 19-year-old Luis Marek, spoke next. “I sleep there on Fridays,” he said.",
    );
    expect(quotes(y).map((q) => q.speaker)).toEqual(["Ned Albin", "Luis Marek"]);
  });

  test("a body's own office speaks for the body: 'Harlow Transit Agency's downtown field office said'", () => {
    const x = extract("Riders complained. “The buses will run on time from Monday,” Harlow Transit Agency's downtown field office said.");
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Harlow Transit Agency"]);
  });

  test("a titled surname is the person with that title, though another person of that surname was named since", () => {
    const x = extract(
      "Police Chief Anton Brill said the unit would stay. Council member Dora Brill, who is not related to him, wants it cut.\n\n“We keep the unit,” Chief Brill said.",
    );
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Anton Brill"]);
  });

  test("a partial quote after 'saying' or 'concedes' belongs to the subject of its clause", () => {
    const x = extract(
      "The budget chief, Nils Oberg, wrote the memo. He declined to be interviewed, saying through an aide that the memo “speaks for itself.”\n\n" +
        "Mayor Ines Calder wants a new tax, an idea the mayor concedes “will be a hard sell.”",
    );
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Nils Oberg", "Ines Calder"]);
  });

  test("a paraphrase is written only when its source is a person or an organization", () => {
    const x = extract("Millbrook: the council said the plan would save money. The Harlow Gazette: residents said nothing. Mayor Jo Reyes said the city would not cooperate with the request.");
    expect(x.statements.map((s) => [s.kind, s.speaker === undefined ? undefined : x.entities[s.speaker].name])).toEqual([["PARAPHRASE", "Jo Reyes"]]);
  });
});

describe("numeric claims on real news", () => {
  const claims = (text: string, publishedOn?: string) => {
    const x = extract(text, publishedOn);
    return x.claims.map((c) => ({ value: c.value, ...(c.high !== undefined && { high: c.high }), unit: c.unit, ...(c.qualifier && { qualifier: c.qualifier }), source: c.source === undefined ? null : x.entities[c.source].name }));
  };

  test("the unit is the counted noun, never the words after it; a bill number is no claim", () => {
    expect(claims("Gov. Ada Marsh signed nine bills Monday. SB 12 passes the House. Deputies booked 41 people past midnight.")).toEqual([
      { value: 9, unit: "bills", source: null },
      { value: 41, unit: "people", source: null },
    ]);
  });

  test("the noun after 'of' counts the part ('four of his vetoes'), 'of them' the noun before; modifiers, demonyms, two kinds joined by 'and'; an age, a lodge, 'years ago', 'the first half of' are no claims", () => {
    expect(
      claims(
        "Lawmakers overrode four of his vetoes last year. Auditors reviewed 1,200 cases and found 212 of them, or nearly 18 percent, should have closed. " +
          "Agents picked up 876 of the people held this year, or 77 percent. Eighteen of Idaho’s 44 counties lost population. " +
          "The sheriff wants four more detention officers and 14 trained jail deputies. Halvorsen named three Iowans, and the panel has five Democrats. " +
          "“My son was 9,” she said. Sgt. Lisa Marchetti leads Lodge 12. The clerk mailed 1,127 ballots and got 968 back. Turnout was 12.5 percent four years ago. " +
          "Detainers rose 27 percent in the first half of this year.",
      ).map((c) => [c.value, c.unit]),
    ).toEqual([
      [4, "vetoes"],
      [1_200, "cases"],
      [212, "cases"],
      [18, "percent"],
      [876, "people"],
      [77, "percent"],
      [18, "counties"],
      [44, "counties"],
      [4, "detention officers"],
      [14, "jail deputies"],
      [3, "Iowans"],
      [5, "Democrats"],
      [1_127, "ballots"],
      [968, "ballots"],
      [12.5, "percent"],
      [27, "percent"],
    ]);
    expect(
      claims("The center says petitions for protection orders fell from 61 in January to 34 in March. More than 1,500 Cameroonians were stopped, up from fewer than 200 two years earlier.").map((c) => [c.value, c.unit]),
    ).toEqual([
      [61, "petitions"],
      [34, "petitions"],
      [1_500, "Cameroonians"],
      [200, "Cameroonians"],
    ]);
    expect(
      claims("A study put the cost of a new 600-bed jail at $38 million. Sheriff Clay Massengale tells WKBA 96 inmates are sleeping on mats. Deaths among Black residents rose from 49 to 63. Force tracks arrests, which climbed to 21,480 from 19,310.").map((c) => [c.value, c.unit]),
    ).toEqual([
      [600, "beds"],
      [38_000_000, "dollars"],
      [96, "inmates"],
      [49, "deaths"],
      [63, "deaths"],
      [21_480, "arrests"],
      [19_310, "arrests"],
    ]);
    expect(
      claims("The office logged 30 calls and emails from residents. It works with 63 state and local agencies across the state. Reyes works two jobs and drives a cab. The center has 220 beds and holds ICE detainees.").map((c) => [c.value, c.unit]),
    ).toEqual([
      [30, "calls and emails"],
      [63, "state and local agencies"],
      [2, "jobs"],
      [220, "beds"],
    ]);
  });

  test("'between $400,000 and $1.2 million' is a range; 'fell 4.2 percent to $12.87' two figures; '76 in 20 states' two counts", () => {
    expect(
      claims("A typical agreement costs a county between $400,000 and $1.2 million a year. Shares fell 4.2 percent to $12.87. The number of agencies with agreements climbed to 76 in 20 states.").map((c) => [c.value, c.high, c.unit]),
    ).toEqual([
      [400_000, 1_200_000, "dollars"],
      [4.2, undefined, "percent"],
      [12.87, undefined, "dollars"],
      [76, undefined, "agencies"],
      [20, undefined, "states"],
    ]);
  });

  test("units across abbreviations and compound nouns, and one named before a change", () => {
    expect(claims("Lenox joins 11 other U.S. cities. About 60 corrections officers were moved. The number of students learning English rose from 38,400 to 52,900.").map((c) => [c.value, c.unit])).toEqual([
      [11, "cities"],
      [60, "corrections officers"],
      [38_400, "students"],
      [52_900, "students"],
    ]);
  });

  test("qualifiers and ranges", () => {
    expect(claims("Sentences run three to five years. The jail holds between 200 and 300 inmates, up from nearly 150 in 2015.")).toEqual([
      { value: 3, high: 5, unit: "years", source: null },
      { value: 200, high: 300, unit: "inmates", source: null },
      { value: 150, unit: "inmates", qualifier: "nearly", source: null },
    ]);
  });

  test("words and fractions: a half dozen, 1 in 4, more than half, two-thirds", () => {
    expect(claims("A half dozen deputies quit. About 1 in 4 detainees had a lawyer. More than half of the calls came at night, and two-thirds of them were in Spanish.").map((c) => [c.value, c.unit, c.qualifier])).toEqual([
      [6, "deputies", undefined],
      [25, "percent", "about"],
      [50, "percent", "more than"],
      [66.7, "percent", undefined],
    ]);
  });

  test("money with its scale", () => {
    expect(claims("The county spent $2.7 million on the jail and $450,000 on lawyers, between $3 million and $4.5 million in all.").map((c) => [c.value, c.high, c.unit])).toEqual([
      [2_700_000, undefined, "dollars"],
      [450_000, undefined, "dollars"],
      [3_000_000, 4_500_000, "dollars"],
    ]);
  });

  test("'three or four projects' is a range; '$8,712 or $22,904' two amounts", () => {
    expect(claims("It funds three or four projects, at a cost of $8,712 or $22,904 a bed.").map((c) => [c.value, c.high, c.unit])).toEqual([
      [3, 4, "projects"],
      [8_712, undefined, "dollars"],
      [22_904, undefined, "dollars"],
    ]);
  });

  test("ordinals and ranks a checker would verify", () => {
    expect(claims("Lenox became the third city in the region to adopt the policy. The state ranked fifth among states. It was the first time he spoke.").map((c) => [c.value, c.unit])).toEqual([
      [3, "rank"],
      [5, "rank"],
    ]);
  });

  test("identifiers are never claims: bills, orders, statutes, cases, years, addresses, ages, tallies", () => {
    expect(
      claims(
        "Under SB 54, AB 4 and H.R. 5, Executive Order 13768 and Section 1373 of Title 8, the 287(g) deal stood. The case, No. 17-cv-04105, was filed in 2017 at 1200 Main Street. " +
          "Ana Ruiz, 34, testified. The council voted 4-1, and the Senate passed it 88 to 59.",
      ),
    ).toEqual([]);
  });

  test("the credited source: according to, reported, a report by, data from, the quote's speaker; null when nothing is credited", () => {
    expect(
      claims(
        "A report by the Granite Policy Institute counted 412 detainers. The jail released 60 people, the Harlow Gazette reported. " +
          "About 30 percent had no record, according to data from the Department of Corrections. " +
          "“We turned away 75 families,” said Mayor Jo Reyes. The county has 14 deputies. The group found that 9 of them speak Spanish.",
      ).map((c) => [c.value, c.source]),
    ).toEqual([
      [412, "Granite Policy Institute"],
      [60, "Harlow Gazette"],
      [30, "Department of Corrections"],
      [75, "Jo Reyes"],
      [14, null],
      [9, "Granite Policy Institute"],
    ]);
  });

  test("a document's maker, not the source of its data: 'an analysis of ICE data by X', 'the center’s analysis'", () => {
    expect(
      claims(
        "The Harbor Policy Center studied the program. About 40 percent had no record, according to an analysis of ICE data by the Blue Ridge Advocacy Network. " +
          "The backlog stood at about 7,400 cases, according to the center’s analysis of court data.",
      ).map((c) => [c.value, c.source]),
    ).toEqual([
      [40, "Blue Ridge Advocacy Network"],
      [7_400, "Harbor Policy Center"],
    ]);
  });

  test("asOf: stated periods, and 'last year' resolved from the publication date and marked inferred", () => {
    const x = extract("As of December 2012, 46 percent had records. The jail held 300 people last year. It holds 250 this year. It held 20 in 2014.", "2016-03-01");
    expect(x.claims.map((c) => [c.value, c.asOf, c.asOfInferred])).toEqual([
      [46, "2012-12", false],
      [300, "2015", true],
      [250, "2016", true],
      [20, "2014", false],
    ]);
    expect(x.claims[1].asOfBasis).toMatch(/last year.*2016-03-01/);
  });
});

describe("credited sources across sentences", () => {
  const sources = (text: string) => {
    const x = extract(text);
    return x.claims.map((c) => [c.value, c.source === undefined ? null : x.entities[c.source].name]);
  };

  test("a maker named by kind ('agency figures'), by a possessive name after a dateline, or by the last words of its name; 'That is up from' goes on", () => {
    expect(sources("ICE made about 143,000 arrests in 2017, up 30 percent, according to agency figures.")).toEqual([
      [143_000, "Immigration and Customs Enforcement"],
      [30, "Immigration and Customs Enforcement"],
    ]);
    expect(sources("REXFORD, Mo. (KRXT) -- Crime rose nearly 11 percent, according to the Rexford Police Department's annual report.")).toEqual([[11, "Rexford Police Department"]]);
    expect(
      sources(
        "Landlords filed 8,914 eviction cases in October, according to the Ohio Office of Court Administration.\n\nThat is up from about 4,600 a month last year. " +
          "The Office of Court Administration counted 15 percent more in 2019.",
      ),
    ).toEqual([
      [8_914, "Ohio Office of Court Administration"],
      [4_600, "Ohio Office of Court Administration"],
      [15, "Ohio Office of Court Administration"],
    ]);
    expect(sources("Sheriff Carl Benning walked a News 4 crew through the jail, where 640 people sleep.")).toEqual([[640, null]]);
  });

  test("'U.S.' before a known agency's name; a poll's shares past a ballot initiative's number; 'the department’s dispatch center logged'", () => {
    expect(sources("Arrests fell to 62,707, according to figures released Monday by U.S. Customs and Border Protection.")).toEqual([[62_707, "Customs and Border Protection"]]);
    expect(
      sources(
        "The poll by Front Range Opinion Research found 54 percent support.\n\nSupporters of Initiative 62 are gathering signatures.\n\n" +
          "Among Republicans, 79 percent back the idea. Nearly two-thirds of white voters agree.",
      ),
    ).toEqual([
      [54, "Front Range Opinion Research"],
      [79, "Front Range Opinion Research"],
      [66.7, "Front Range Opinion Research"],
    ]);
    expect(sources("The Carraway Police Department changed its rules. The department’s dispatch center logged 1,912 calls.")).toEqual([[1_912, "Carraway Police Department"]]);
  });

  test("a document named before its maker is the maker's ('an audit released Thursday' ¶ 'The audit, done by the Baltimore firm X'); a poll's result may name what was asked about", () => {
    expect(
      sources(
        "The office spent $8,712 a year on the program, according to an audit released Thursday.\n\n" +
          "The audit, done by the Baltimore accounting firm Whitlock Pryce, covered the program's books. The auditors put the total at $45,120.",
      ),
    ).toEqual([
      [8_712, "Whitlock Pryce"],
      [45_120, "Whitlock Pryce"],
    ]);
    expect(
      sources("The survey, conducted by the Lanford Center, found that 56 percent oppose the cuts.\n\nOn the requests from ICE, 47 percent said jails should honor them."),
    ).toEqual([
      [56, "Lanford Center"],
      [47, "Lanford Center"],
    ]);
  });

  test("'state data show' is a state body's; 'The district estimates' is the school system's; reports 'showing' a figure are their maker's; 'Barnett & Cole' is a firm", () => {
    expect(
      sources(
        "Loup Crossing Public Schools grew. The Nebraska Department of Education counts learners. Norbeck Foods hired workers.\n\n" +
          "About 38 percent are English learners, state figures show. The district estimates it spent $6.3 million on them.",
      ),
    ).toEqual([
      [38, "Nebraska Department of Education"],
      [6_300_000, "Loup Crossing Public Schools"],
    ]);
    expect(sources("Tessa Lind sent a spreadsheet of Sawtell County Sheriff’s Office incident reports showing 3,108 reported crimes in 2013.")).toEqual([[3_108, "Sawtell County Sheriff’s Office"]]);
    expect(sources("A workload study released last year by Barnett & Cole, an accounting firm, found lawyers spend nine hours on a case.")).toEqual([[9, "Barnett & Cole"]]);
    expect(sources("The legislature's Fiscal Review Committee estimates the bill would cost counties about $1.8 million a year.")).toEqual([[1_800_000, "Fiscal Review Committee"]]);
    expect(sources("The Lanford County Health District has confirmed 87 cases. The wave infected 20,000 people, according to the Centers for Disease Control and Prevention.")).toEqual([
      [87, "Lanford County Health District"],
      [20_000, "Centers for Disease Control and Prevention"],
    ]);
    expect(sources("Violations turned up in 41 percent of the 612 units examined by researchers from the Center for Neighborhood Studies. Nearly 60 percent are old, the researchers found.")).toEqual([
      [41, "Center for Neighborhood Studies"],
      [612, "Center for Neighborhood Studies"],
      [60, "Center for Neighborhood Studies"],
    ]);
    expect(sources('The Kearsley County Board of Elections met. Another 388 lacked a signature, and 247 came back without the inner "secrecy envelope," the board said.')).toEqual([
      [388, "Kearsley County Board of Elections"],
      [247, "Kearsley County Board of Elections"],
    ]);
  });

  test("grants and programs are programs, titles inside them are no titles ('… Memorial Justice Assistance Grant'), and 'Hollis Grant' is a person", () => {
    const x = extract("The city may lose its Edward Byrne Memorial Justice Assistance Grant. The State Criminal Alien Assistance Program and Operation Stonegarden paid. Sen. Hollis Grant objected.");
    expect(x.entities.map((e) => `${e.type}:${e.name}`)).toEqual([
      "Program:Edward Byrne Memorial Justice Assistance Grant",
      "Program:State Criminal Alien Assistance Program",
      "Program:Operation Stonegarden",
      "Person:Hollis Grant",
    ]);
  });

  test("no body is made of a code ('8 C.F.R.'), a program's short name ('DACA') or an outlet's article ('A Platte Valley Ledger analysis')", () => {
    const x = extract("Under 8 C.F.R. 287.7, jails hold people. About 800,000 have DACA. A Platte Valley Ledger analysis found 97 cases.");
    expect(x.entities.map((e) => `${e.type}:${e.name}`)).toEqual(["Program:Deferred Action for Childhood Arrivals", "Organization:Platte Valley Ledger"]);
    expect(x.claims.map((c) => c.value)).toEqual([800_000, 97]);
  });

  test("round 9: a body's staff, an officer's office, what an audit is of, an agency's report, an outlet's own review, and 'It would also' after a document", () => {
    expect(sources("A bill would save about $11.6 million, according to a fiscal note prepared by the nonpartisan Legislative Council Staff.")).toEqual([[11_600_000, "Legislative Council Staff"]]);
    expect(sources("ICE agents struck. Officers made 15,437 arrests, according to the agency’s annual enforcement report.")).toEqual([[15_437, "Immigration and Customs Enforcement"]]);
    expect(sources("She cited a report from the Wisconsin Director of State Courts Office, which listed 31,460 open cases.")).toEqual([[31_460, "Wisconsin Director of State Courts Office"]]);
    expect(sources("The county's Office of Internal Audit released an audit Tuesday. The audit of Meridian Correctional Health LLC found 2,300 unworked hours.")).toEqual([[2_300, "Office of Internal Audit"]]);
    expect(sources("The Marlow Courier looked into it. Landlords filed 9,214 cases, according to a Courier review of court records.")).toEqual([[9_214, null]]);
    expect(
      sources("The analysis, released Monday by the Legislative Council Staff, estimates 1,050 fewer people in jail. It would also require the state Judicial Department to hire 14 officers."),
    ).toEqual([
      [1_050, "Legislative Council Staff"],
      [14, "Legislative Council Staff"],
    ]);
  });

  test("a lab is an organization even after a title word; an evaluation is a document", () => {
    expect(sources("The evaluation, published by the Granite Justice Lab, tracked 9,100 cases.")).toEqual([[9_100, "Granite Justice Lab"]]);
  });

  test("'the report' is the report named last, though other records were named since", () => {
    expect(
      sources(
        "A report by the Granite Policy Institute counted 412 detainers. Jail records from the Harlow County Sheriff’s Office list 90 more. " +
          "Of the detainers, 60 percent were later dropped, according to the report.",
      ),
    ).toEqual([
      [412, "Granite Policy Institute"],
      [90, "Harlow County Sheriff’s Office"],
      [60, "Granite Policy Institute"],
    ]);
  });

  test("a document opening its sentence is its possessor's: 'The league’s survey … found'", () => {
    expect(sources("Growers left 9,000 boxes unpicked, according to the Harlow Growers League. The league’s survey of 212 growers found that 71 percent hired fewer pickers.")).toEqual([
      [9_000, "Harlow Growers League"],
      [212, "Harlow Growers League"],
      [71, "Harlow Growers League"],
    ]);
  });

  test("a document made by the subject of its relative clause, or by a body named by role: 'data the office released', 'figures compiled by the association'", () => {
    expect(sources("The Corliss County Sheriff’s Office changed its policy in June. The jail honored 41 detainers last year, according to data the office released Monday.")).toEqual([
      [41, "Corliss County Sheriff’s Office"],
    ]);
    expect(
      sources(
        "The Plains Civil Rights Alliance sued in June. Jails received about 1,150 requests, according to data the alliance obtained through records requests. " +
          "The Harlow Dairy Association opposes the bill. Dairies employ about 8,000 people, according to figures compiled by the association.",
      ),
    ).toEqual([
      [1_150, "Plains Civil Rights Alliance"],
      [8_000, "Harlow Dairy Association"],
    ]);
    expect(
      sources(
        "Reports fell 28 percent, according to figures the Cedar Bend Police Department presented to the council. Other reports dropped 14 percent over the same period, the figures show.",
      ),
    ).toEqual([
      [28, "Cedar Bend Police Department"],
      [14, "Cedar Bend Police Department"],
    ]);
  });

  test("a level of government opening an organization's name is part of it: 'the State Auditor's Office'", () => {
    expect(sources("Texas spent $800 million on the program, according to an audit by the State Auditor's Office.")).toEqual([[800_000_000, "State Auditor's Office"]]);
  });

  test("a website is a document its owner publishes", () => {
    expect(sources("ICE renewed the deal. Harlow is one of 11 counties with an agreement, according to the agency’s website.")).toEqual([[11, "Immigration and Customs Enforcement"]]);
  });

  test("an office named only by description is credited as such", () => {
    expect(
      sources(
        "The new wing would cost roughly $450,000 a year, according to the county auditor’s office. " +
          "The Latino population grew by 41 percent, according to estimates from the state demographer’s office.",
      ),
    ).toEqual([
      [450_000, "County auditor’s office"],
      [41, "State demographer’s office"],
    ]);
  });

  test("'It also counted …' after a sentence about a document credits the document's maker", () => {
    expect(sources("The report, by the Harlow Justice Project, found 120 arrests at courthouses, more than ICE reported. It also counted 40 arrests in parking lots.")).toEqual([
      [120, "Harlow Justice Project"],
      [40, "Harlow Justice Project"],
    ]);
  });

  test("the sentence after one about a document reports its results, unless it names another actor", () => {
    expect(
      sources(
        "The survey, by the Tarrow Research Group, also asked about transit. Sixty-two percent of riders said buses were late.\n\n" +
          "The survey, by the Tarrow Research Group, also asked about roads. The Harlow Road Board spent $9 million on them.\n\n" +
          "About 40 percent of the roads are paved.",
      ),
    ).toEqual([
      [62, "Tarrow Research Group"],
      [9_000_000, null],
      [40, null],
    ]);
    expect(sources("The Kell Valley Nurses Union surveyed its members in May. Of the 310 nurses who answered, 64 percent want the clinic kept open.")).toEqual([
      [310, "Kell Valley Nurses Union"],
      [64, "Kell Valley Nurses Union"],
    ]);
  });

  test("an acronym that keeps the U.S. of a name joins that name", () => {
    expect(sources("The U.S. Marine Salvage Board sets the rules. Harlow had 14 wrecks last year, according to USMSB.")).toEqual([[14, "U.S. Marine Salvage Board"]]);
  });

  test("a center at a college is named with the college, and by its own name alone too", () => {
    const x = extract("The poll, by the Institute for Rural Policy at Bexley College, found that 61 percent of farmers back the plan.");
    const source = x.entities[x.claims[0].source!];
    expect([source.name, source.aliases]).toEqual(["Institute for Rural Policy at Bexley College", ["Institute for Rural Policy"]]);
  });

  test("'Inspector General' is a title: a review released by the office of one is that person's", () => {
    expect(sources("The audit, released by the office of Inspector General Marta Quell, is long. It examined 212 contracts.")).toEqual([[212, "Marta Quell"]]);
  });

  test("an attribution closing the sentence credits its figures, though a long clause with commas comes first", () => {
    expect(sources("Since Mayor Ada Crane told her staff in May to cut overtime, her office has trimmed spending in 14 departments, the Ferris City Budget Office said Friday.")).toEqual([
      [14, "Ferris City Budget Office"],
    ]);
  });

  test("'police' crediting a figure is the police department the article names", () => {
    expect(sources("The Dunmore Police Department closed the street. At the peak of the march, police estimate, about 1,500 people joined.")).toEqual([
      [1_500, "Dunmore Police Department"],
    ]);
  });

  test("a bare figure is credited by the sentence after it that explains it", () => {
    expect(sources("The figure is $2.6 million. That is how much Orrin County paid for jail repairs, according to the Orrin County Treasurer's Office.")).toEqual([
      [2_600_000, "Orrin County Treasurer's Office"],
    ]);
  });

  test("whoever surveyed, reviewed or 'puts the figure at' is the source", () => {
    expect(
      sources(
        "The Harlow Growers Federation surveyed 23 plants and found that turnover reached 58 percent. " +
          "The Plains Population Institute, a research group in Tulsa, puts the figure at about 55,000 people.",
      ),
    ).toEqual([
      [23, "Harlow Growers Federation"],
      [58, "Harlow Growers Federation"],
      [55_000, "Plains Population Institute"],
    ]);
  });

  test("'X, which says …' credits X", () => {
    expect(sources("The letter was organized by the Harlow County Defense Bar Association, which says its members have documented at least 17 arrests since January.")).toEqual([
      [17, "Harlow County Defense Bar Association"],
    ]);
  });

  test("'the report' is the one a body named by role put out, though other records were named since", () => {
    expect(
      sources(
        "Overtime ran $11 million, according to payroll records from the Harlow Finance Department. The Harlow Civilian Review Board met Monday. " +
          "Complaints rose to 187, according to the board’s annual report. " +
          "About a third of those complaints involved tired officers, the report found.",
      ),
    ).toEqual([
      [11_000_000, "Harlow Finance Department"],
      [187, "Harlow Civilian Review Board"],
      [33.3, "Harlow Civilian Review Board"],
    ]);
  });

  test("'the sheriff’s office' is an office of that kind, never just the body named last", () => {
    expect(sources("ICE sent the county 40 requests. The jail held 109 detainees a day, according to the sheriff’s office.")).toEqual([
      [40, null],
      [109, "Sheriff’s office"],
    ]);
  });

  test("'Of the 63 agreements the authors examined, 38 …' credits the authors' report", () => {
    expect(sources("A new study by the Harlow Institute for Governance looks at the program. Of the 63 agreements the authors examined, 38 were in the South.")).toEqual([
      [63, "Harlow Institute for Governance"],
      [38, "Harlow Institute for Governance"],
    ]);
  });

  test("'according to X' after a figure in a paraphrase credits X, not the one paraphrased", () => {
    expect(sources("Attorney General Ana Ruiz said the directive was meant for immigrants, who make up more than 22 percent of the population, according to the Census Bureau.")).toEqual([
      [22, "Census Bureau"],
    ]);
  });

  test("two credits in one sentence: each figure takes the credit of its own clause", () => {
    expect(
      sources(
        "Calls from the south side, where about 35 percent of residents are Latino according to Census Bureau figures, fell by nearly 18 percent, according to Harlow Police Department data.",
      ),
    ).toEqual([
      [35, "Census Bureau"],
      [18, "Harlow Police Department"],
    ]);
  });

  test("a figure describing the speaker is the article's own; what the speaker said is theirs", () => {
    expect(sources("Greg Olsen, who owns 40 rental units in town, said he had lost 3 tenants since June.")).toEqual([
      [40, null],
      [3, "Greg Olsen"],
    ]);
  });

  test("a paraphrase's subject after a leading clause: 'Before the vote, she said, …'", () => {
    expect(sources("Councilor Dana Whitby spoke next. Before the vote, she said, about 300 families had called her office.")).toEqual([[300, "Dana Whitby"]]);
  });

  test("makers named before the document word: 'the ICE figures show', 'By ICE's count', 'an earlier institute poll'", () => {
    expect(
      sources(
        "The jail was flagged often, according to U.S. Immigration and Customs Enforcement. The jail sent 4,180 records, the ICE figures show. " +
          "By ICE's count, only 19 of them were serious offenders.\n\n" +
          "A poll released Monday by the Tarrow Valley Polling Institute found 64 percent support. An earlier institute poll found 58 percent.\n\n" +
          "A Department of Homeland Security planning memo projected that 90,000 children could arrive. An Examiner analysis of jail logs found 38 people held.",
      ),
    ).toEqual([
      [4_180, "Immigration and Customs Enforcement"],
      [19, "Immigration and Customs Enforcement"],
      [64, "Tarrow Valley Polling Institute"],
      [58, "Tarrow Valley Polling Institute"],
      [90_000, "Department of Homeland Security"],
      [38, null],
    ]);
  });

  test("a credited body or document goes on being the source in its paragraph, not in the next", () => {
    expect(
      sources(
        "The survey by the Harrow Civic Center found 64 percent of voters backed the holds. Among Democrats, the poll found, 46 percent did. " +
          "The wording mattered. Support fell to 51 percent when voters heard more.\n\n" +
          "Harrow County has about 410,000 residents.",
      ),
    ).toEqual([
      [64, "Harrow Civic Center"],
      [46, "Harrow Civic Center"],
      [51, "Harrow Civic Center"],
      [410_000, null],
    ]);
  });

  test("'X put the cost at', a subject past its appositives, 'students in the clinic', a description's figure is no one's", () => {
    expect(
      sources(
        "County Manager Deborah Quick put that cost at about $38,000 in overtime. " +
          "Sheriff Dale Rorick of rural Barlow County, in the state’s southwest corner, said his department has 14 patrol deputies. " +
          "The Westridge Immigration Law Clinic opened in 2009. Students in the clinic reviewed 2,148 detainers. " +
          "Anne Lindell, a professor who helped write a letter signed by 260 faculty members, said she was encouraged.",
      ),
    ).toEqual([
      [38_000, "Deborah Quick"],
      [14, "Dale Rorick"],
      [2_148, "Westridge Immigration Law Clinic"],
      [260, null],
    ]);
  });

  test("a document's maker named with it, not whoever obtained it; 'the audit said' is the audit's maker; a title's office; 'the bureau said' goes on; a clause with a maker of its own", () => {
    expect(
      sources(
        "ICE asked the jail to hold 1,142 inmates, according to Valdero County Sheriff’s Office records obtained by the Frontera Desk. In 2016, ICE lodged 803 requests, the records show.\n\n" +
          "The jail booked 6,214 people, according to the Marlow County Sheriff’s Office annual report released Monday. Sheriff Gail Brandt said little.\n\n" +
          "Medicaid paid $14.6 million in error, according to an audit released Wednesday by the Missouri State Auditor's Office. State Auditor Lorraine Petrakis said in a statement that it was avoidable. " +
          "The audit said the state could have recovered $3.1 million.\n\n" +
          "Statewide turnout was about 22.5 percent, according to unofficial results from the Kentucky Secretary of State's office.\n\n" +
          "The county reached 246,300 people, the Census Bureau said. Since 2010 it has grown by about 31,000 people.",
      ),
    ).toEqual([
      [1_142, "Valdero County Sheriff’s Office"],
      [803, "Valdero County Sheriff’s Office"],
      [6_214, "Marlow County Sheriff’s Office"],
      [14_600_000, "Missouri State Auditor's Office"],
      [3_100_000, "Missouri State Auditor's Office"],
      [22.5, "Kentucky Secretary of State's office"],
      [246_300, "Census Bureau"],
      [31_000, "Census Bureau"],
    ]);
    expect(
      sources(
        "The plan would cost about $118 million, according to a fiscal note prepared by the Oklahoma House Fiscal Division. " +
          "The fiscal note does not say where the money would come from, and the Oklahoma State Board of Equalization projected in December that lawmakers will have about $167 million less.",
      ),
    ).toEqual([
      [118_000_000, "Oklahoma House Fiscal Division"],
      [167_000_000, "Oklahoma State Board of Equalization"],
    ]);
  });

  test("'That's according to X' after the figures; a report's maker in the phrase that first named it; a memo a named official sent; a report of an audit named before; poll workers are no poll; 'The figures come from X'; an offender profile is a document; a poll's account goes on past a mention of a body", () => {
    expect(
      sources(
        "Police used force 212 times last year, down from 251. That's according to the Linwood Falls Police Department's annual use-of-force report, presented Monday. " +
          "The report also breaks the numbers down by race.\n\nResidents filed 27 complaints, according to the report.\n\n" +
          "It would leave about $31 million in the fund. That is according to a memo County Administrator Ruth Okonkwo sent commissioners last week.\n\n" +
          "Officers supervised 74 parolees apiece, according to a state audit released Monday. The report by the Office of the State Auditor found 38 missed visits.\n\n" +
          "Poll workers issued 133 provisional ballots, according to the canvass the Dellwood County Board of Supervisors certified.\n\nTurnout was 71.6 percent.\n\n" +
          "County Auditor Janine Harmon spoke. Statewide, 1.1 percent were rejected, compared with 2.4 percent in Dellwood, Harmon said, citing figures from the state.",
      ),
    ).toEqual([
      [212, "Linwood Falls Police Department"],
      [251, "Linwood Falls Police Department"],
      [27, "Linwood Falls Police Department"],
      [31_000_000, "Ruth Okonkwo"],
      [74, "Office of the State Auditor"],
      [38, "Office of the State Auditor"],
      [133, "Dellwood County Board of Supervisors"],
      [71.6, null],
      [1.1, "Janine Harmon"],
      [2.4, "Janine Harmon"],
    ]);
    expect(
      sources(
        "Poll: Most voters back the holds\n\nThe Catawba Valley University Poll, released Wednesday, found that 54 percent of voters support the holds.\n\n" +
          "The question mirrors a bill that would make refusing an ICE detainer a misdemeanor.\n\nAmong Republicans, 81 percent back the requirement.",
      ),
    ).toEqual([
      [54, "Catawba Valley University Poll"],
      [81, "Catawba Valley University Poll"],
    ]);
    expect(
      sources(
        "The cost of care fell 34 percent. The figures come from the Bayou Crescent Health System.\n\n" +
          "The Missouri Department of Corrections released data. The department’s annual offender profile filled in the rest. The average sentence was 5.8 years.",
      ),
    ).toEqual([
      [34, "Bayou Crescent Health System"],
      [5.8, "Missouri Department of Corrections"],
    ]);
  });

  test("a record no one is named as making is credited as itself, and 'the records show' names it again; a maker named with records is still the maker", () => {
    expect(
      credits(
        "The Orly Foundation sued the county in May. The jail booked 318 inmates with detainers last year, according to county jail records cited in the suit. " +
          "Of those, 27 were held past their release, the records show.\n\n" +
          "The sheriff's office spends about $640,000 a year on the unit, county budget documents show. Officers made 12 arrests in June.",
      ),
    ).toEqual([
      [318, "county jail records"],
      [27, "county jail records"],
      [640_000, "county budget documents"],
      // (An unmade record does not run on: only "the records show" names it again.)
      [12, null],
    ]);
    expect(credits("The Harmon Data Desk tracks ICE. Holds rose to 93, according to jail records analyzed by the Harmon Data Desk.")).toEqual([[93, "Harmon Data Desk"]]);
    expect(credits("Holds fell to 41, according to jail data the Ransom County Sheriff's Office released Monday.")).toEqual([[41, "Ransom County Sheriff's Office"]]);
    // The records are no entity of the graph.
    expect(extract("Holds rose to 93, according to court filings.").entities.map((e) => e.name)).toEqual([]);
  });

  test("what a person asks for or recommends is theirs, a body's request is not; a qualified title; a long 'put … at'; panels and task forces", () => {
    expect(sources("Judge Nora Pell asked the county board for $410,000 to hire three clerks. Tamsin Roe also asks the council to cut the wait to 10 days.")).toEqual([
      [410_000, "Nora Pell"],
      [3, "Nora Pell"],
      [10, "Tamsin Roe"],
    ]);
    expect(sources("Auditor Gil Marsh recommended checking at least 25 contracts a year.")).toEqual([[25, "Gil Marsh"]]);
    expect(sources("The Dunmore Water Authority asked the city for $90,000 to fix its pumps.")).toEqual([[90_000, null]]);
    expect(sources("The reserve fund held about $12 million, according to County Treasurer Abel Ruiz.")).toEqual([[12_000_000, "Abel Ruiz"]]);
    expect(sources("The state Office of Budget Review put the cost to the county jails at about $2.4 million.")).toEqual([[2_400_000, "Office of Budget Review"]]);
    expect(sources("Revenue will fall by $80 million, the Tax Forecasting Panel projected. The Youth Safety Task Force counted 312 cases.")).toEqual([
      [80_000_000, "Tax Forecasting Panel"],
      [312, "Youth Safety Task Force"],
    ]);
  });

  test("a poll's results run on over paragraphs, and a list's items go on with the paragraph that opens the list", () => {
    expect(
      sources(
        "A poll by the Larkspur Civic Institute found 71 percent support.\n\nAmong Democrats, 68 percent backed limits.\n\n" +
          "The Golden State Investigative Desk, a nonprofit newsroom, reviewed checkpoint records. Among its findings:\n\n• Officers impounded 22,000 vehicles.",
      ),
    ).toEqual([
      [71, "Larkspur Civic Institute"],
      [68, "Larkspur Civic Institute"],
      [22_000, "Golden State Investigative Desk"],
    ]);
  });
});

describe("round 16: names and speakers from a new batch", () => {
  const names = (text: string, type: string) => extract(text).entities.filter((e) => e.type === type).map((e) => e.name);

  test("'Daniela and Joel Saucedo' are two Saucedos; 'Ald.' is a title; 'writer Miles Ferraro' and 'says Alma Reyes of the … Fund.' are people", () => {
    expect(names("Among them were Daniela and Joel Saucedo, sister and brother. Daniela said she works nights.", "Person")).toEqual(["Daniela Saucedo", "Joel Saucedo"]);
    expect(quotes(extract("“Tonight it changes,” said Ald. Devon Pryor, the lead sponsor."))).toEqual([{ text: "Tonight it changes,", speaker: "Devon Pryor" }]);
    expect(names("Associated Press writer Miles Ferraro in Brayton contributed to this report.", "Person")).toEqual(["Miles Ferraro"]);
    expect(names("“People are picked up for a taillight,” says Alma Reyes-Quintero of the Rio Plata Legal Defense Fund.\n\nICE did not answer by deadline.", "Person")).toEqual(["Alma Reyes-Quintero"]);
  });

  test("a weekday ends no name; a company's 'of' names its city ('Bank of America' keeps it); 'Justice' before an organization's head is no title", () => {
    expect(names("Mayor Andre Castellano posted a statement on Facebook Tuesday afternoon.", "Person")).toEqual(["Andre Castellano"]);
    expect(names("Its owner, Castellan Foods of Omaha, cooperated. The study by Ridgeline Justice Planning of Indianapolis came out. He banks at Bank of America.", "Organization")).toEqual([
      "Castellan Foods",
      "Ridgeline Justice Planning",
      "Bank of America",
    ]);
  });

  test("credits: 'the State Board of Elections'; data an office named by description released; an inspection by one; a place's office; the body a possessive leads to; 'A city budget memo put'; 'X, whose department is …, said'; 'Court Administrator'", () => {
    expect(credits("Larger precincts need at least four officers, according to the State Board of Elections.")).toEqual([[4, "State Board of Elections"]]);
    expect(credits("Just 81 percent had their shots, according to data the state health department released last week.")).toEqual([[81, "State health department"]]);
    expect(credits("A 2023 inspection by the state’s jail standards office found two nurses on staff.")).toEqual([[2, "State’s jail standards office"]]);
    expect(credits("Cordell County voters met. The daily cost is $61.40, according to the Cordell County budget office.")).toEqual([[61.4, "Cordell County budget office"]]);
    expect(credits("The estimate, prepared by the Legislature's nonpartisan Office of Fiscal Analysis, assumes 5,200 more inmates.")).toEqual([[5_200, "Office of Fiscal Analysis"]]);
    expect(credits("A city budget memo put the cost at $285,000 a year.")).toEqual([[285_000, "city budget memo"]]);
    expect(credits("Chief Lorraine Abernathy, whose department is the state’s fourth-largest, said officers do not ask.")).toEqual([[4, null]]);
    expect(credits("Sagehen County District Court is slow. Cases rose 40 percent, according to a report from Court Administrator Delia Sorensen.")).toEqual([[40, "Delia Sorensen"]]);
  });

  test("a person a sentence introduces is 'she' though no pronoun told her gender; a message from X read aloud is X's; the later letter speaks; 'The judge rejected that, writing that'", () => {
    expect(quotes(extract("Board member Anita Sorensen voted no.\n\nAmong the last speakers was Imani Crowder, 13, a student, who read from a sheet of paper.\n\n“You keep saying this,” she said."))).toEqual([
      { text: "You keep saying this,", speaker: "Imani Crowder" },
    ]);
    expect(quotes(extract("Ignacio Baeza ran the clinic. Before it closed, Baeza read aloud a message from the parish priest, the Rev. Tomás Villalba, who was away:\n\n“This hall belongs to everyone.”"))).toEqual([
      { text: "This hall belongs to everyone.", speaker: "Tomás Villalba" },
    ]);
    expect(
      quotes(
        extract(
          "After a letter from the police union, the Port Ellery Common Council voted 6-3.\n\n" +
            "The Port Ellery Police Association urged the council in a letter Tuesday to wait. Subpoena power, the letter said, “turns a board into a prosecutor.”",
        ),
      ),
    ).toEqual([{ text: "turns a board into a prosecutor.", speaker: "Port Ellery Police Association" }]);
    expect(quotes(extract("U.S. District Judge Miriam Castellanos-Reid ruled Monday. The county argued it acted in good faith. The judge rejected that, writing that “good faith is no legal authority.”"))).toEqual([
      { text: "good faith is no legal authority.", speaker: "Miriam Castellanos-Reid" },
    ]);
  });
});

describe("round 17: people known by one name, and who speaks for them", () => {
  const people = (text: string) => extract(text).entities.filter((e) => e.type === "Person").map((e) => [e.name, e.gender ?? null]);

  test("a first name alone is a person after 'identified … only as', a kin noun, or 'That was'; a kin noun or 'her first name' tells the gender", () => {
    expect(people("Mulvaney identified the student only as Daniela.")).toEqual([["Daniela", "f"]]);
    expect(people("Tasha Boone spoke. Her son Jaylen, 10, signed up too. Rosa Vela said her son, Mateo, stayed home.").sort()).toEqual([
      ["Jaylen", "m"],
      ["Mateo", "m"],
      ["Rosa Vela", "f"],
      ["Tasha Boone", "f"],
    ]);
    expect(people("A junior asked to be identified only by her first name, Yesenia, because her parents are here illegally. That was Itzel, a sophomore.")).toEqual([
      ["Yesenia", "f"],
      ["Itzel", "f"],
    ]);
    // ("Her son Marcus Hale" is a full name, not a first name alone.)
    expect(people("Her son Marcus Hale spoke.").map(([name]) => name)).toEqual(["Marcus Hale"]);
  });

  test("'she' is the woman the pronoun's own paragraph names; a one-word company; a post on Facebook speaks for who posted it; a statement released by X is X's", () => {
    expect(
      quotes(
        extract(
          "Nurse Patrice Dunleavy says coughs are up. “It comes in fits,” Dunleavy says.\n\nShawn Ebersole says his daughter, Kenzie, 12, was diagnosed. He admits they waited.\n\nKenzie is back in class. “I’m fine now, mostly,” she says.",
        ),
      ),
    ).toEqual([
      { text: "It comes in fits,", speaker: "Patrice Dunleavy" },
      { text: "I’m fine now, mostly,", speaker: "Kenzie" },
    ]);
    expect(extract("A spokesperson for SentryLane, the company that runs the cameras, declined to comment.").entities.map((e) => [e.name, e.type])).toEqual([["SentryLane", "Organization"]]);
    expect(quotes(extract("The Sawtell District Health Department posted on Facebook Tuesday that it will hold clinics. “Walk-ins are welcome,” the post says."))).toEqual([
      { text: "Walk-ins are welcome,", speaker: "Sawtell District Health Department" },
    ]);
    expect(quotes(extract("Stonegate Partners bought the park. “Stonegate has followed the statute,” according to a statement released Tuesday by Mitchell Brandstetter, an attorney for the company."))).toEqual([
      { text: "Stonegate has followed the statute,", speaker: "Mitchell Brandstetter" },
    ]);
  });
});

test("round 17 credits: 'A fiscal note … put', a place's records after 'But', an audit a person 'said in', an organization named for public health; 'the response' after 'In its written response, which …, the department said'", () => {
  expect(credits("A fiscal note attached to the bill put the added cost to counties at about $1.8 million a year.")).toEqual([[1_800_000, "fiscal note"]]);
  expect(credits("But Dunlevy County payroll records show 41 jobs were vacant.")).toEqual([[41, "Dunlevy County payroll records"]]);
  // (One word is too little to name a record.)
  expect(credits("The county paid $5,000, according to records.")).toEqual([[5_000, null]]);
  expect(credits("State Auditor Marguerite Dulaney said in an audit released Tuesday that costs rose. The audit found that 18 percent of posts were vacant.")).toEqual([[18, "Marguerite Dulaney"]]);
  expect(credits("Deaths fell 22 percent, according to a report released Wednesday by Gessler County Public Health.")).toEqual([[22, "Gessler County Public Health"]]);
  expect(
    quotes(
      extract(
        "The Missouri Department of Corrections spent more. In its written response, which is included in the report, the department said it agrees.\n\n" +
          "“The department has cut vacancies,” the response said.",
      ),
    ),
  ).toEqual([{ text: "The department has cut vacancies,", speaker: "Missouri Department of Corrections" }]);
});

describe("round 18: a hearing's exchange, a suit's filer, bylines and restated figures", () => {
  const persons = (text: string) => extract(text).entities.filter((e) => e.type === "Person").map((e) => e.name);
  const units = (text: string) => extract(text).claims.map((c) => [c.value, c.unit ?? null]);

  test("'he said' after a paragraph whose subject said something, past two appositives; a gender told after 'When'", () => {
    const castaneda = extract(
      "State Sen. Oriana Velez has introduced a bill.\n\n\"Nobody stands in it alone,\" Velez said.\n\n" +
        "Wilmer Castañeda, 29, who left Honduras in 2022, said his hearing is set for October.\n\n\"I work, I pay taxes,\" he said.",
    );
    expect(quotes(castaneda).map((q) => q.speaker)).toEqual(["Oriana Velez", "Wilmer Castañeda"]);
    const oyinlola = extract(
      "Professor Ottoline Marchbanks is on the phone.\n\nMarchbanks, who founded the clinic, says the caseload has grown. When she started, it took 15 cases.\n\n" +
        "\"We turn people away,\" she said.\n\nOne of the clinic's students, Benedikt Oyinlola, spent the summer on a case.\n\n\"I'd read the statistics,\" he said.",
    );
    expect(quotes(oyinlola).map((q) => q.speaker)).toEqual(["Ottoline Marchbanks", "Benedikt Oyinlola"]);
    // ("Pineda Salas spoke briefly", after "Eduardo Pineda Salas": a surname of two words is his.)
    const pineda = extract(
      "Eduardo Pineda Salas was held for three days.\n\n\"The judge was clear,\" Rodney Vail said.\n\n" +
        "Pineda Salas spoke briefly outside the courthouse.\n\n\"I was born in El Paso,\" he said.",
    );
    expect(quotes(pineda).map((q) => q.speaker)).toEqual(["Rodney Vail", "Eduardo Pineda Salas"]);
    // ("During the debate, Councilman Everett Saunders pressed …, Min-jung Park, …": the subject after a leading phrase.)
    const saunders = extract("During the debate, Councilman Everett Saunders pressed the housing director, Min-jung Park, on the numbers.\n\n\"Has a single project been canceled?\" he asked.");
    expect(quotes(saunders).map((q) => q.speaker)).toEqual(["Everett Saunders"]);
  });

  test("a question and its answer, then short bare lines: the exchange takes turns", () => {
    const x = extract(
      "Judge Miriam Castellanos questioned him herself.\n\n" +
        "\"Captain, how many officers are on the floor overnight?\" the judge asked.\n\n" +
        "\"Four, your honor. Sometimes three,\" Capt. Otis Freeman said.\n\n" +
        "\"For nearly 400 men?\"\n\n" +
        "\"Yes, ma'am.\"",
    );
    expect(quotes(x).map((q) => q.speaker)).toEqual(["Miriam Castellanos", "Otis Freeman", "Miriam Castellanos", "Otis Freeman"]);
    // (A bare paragraph after an answer that asks nothing goes on with its speaker.)
    const on = extract("\"Will it pass?\" Mayor Ana Ruiz asked.\n\n\"It will,\" Councilman Dale Ortiz said.\n\n\"We have the votes, and we have had them since May.\"");
    expect(quotes(on).map((q) => q.speaker)).toEqual(["Ana Ruiz", "Dale Ortiz", "Dale Ortiz"]);
  });

  test("'a lawsuit the project filed' speaks for the project: 'the complaint says' and 'the suit says'", () => {
    const text =
      "The judge heard testimony in a lawsuit the Southern Prison Accountability Project filed in May. The suit says the jail, built for 256 people, held 389.\n\n" +
      "\"People are being held in conditions the inspectors called unsafe,\" the complaint says.";
    expect(quotes(extract(text))).toEqual([{ text: "People are being held in conditions the inspectors called unsafe,", speaker: "Southern Prison Accountability Project" }]);
    expect(credits(text)).toEqual([[256, "Southern Prison Accountability Project"], [389, "Southern Prison Accountability Project"]]);
  });

  test("people: a class year before a name, a name and then 'of' a church, a byline, a surname with an honorific elsewhere", () => {
    expect(persons("Senior Maya Tran, the board's student representative, spoke.")).toEqual(["Maya Tran"]);
    expect(persons("The Rev. Alma Quiñones of St. Jude Catholic Church opened the meeting.")).toEqual(["Alma Quiñones"]);
    expect(persons("By Hollis Beaumont, Hoosier Justice Desk\n\nThe jail held 400 people.")).toEqual(["Hollis Beaumont"]);
    expect(persons("Dante Whitfield was shot in the leg. \"That's not fair to Mr. Whitfield,\" Chief Ray Solberg said.")).toEqual(["Dante Whitfield", "Ray Solberg"]);
    // (No honorific, no byline: an unknown first name stays unknown.)
    expect(persons("Dante Whitfield was shot in the leg.")).toEqual([]);
    // ("By ICE's count, that's …" is a sentence, not a byline.)
    expect(credits("Statistics from U.S. Immigration and Customs Enforcement show 418 deported.\n\nBy ICE's count, that's about 42 percent.")).toEqual([
      [418, "Immigration and Customs Enforcement"],
      [42, "Immigration and Customs Enforcement"],
    ]);
  });

  test("organizations: 'North Carolina' keeps its first word before a first name, when a body's head stands before 'of'", () => {
    expect(extract("It came from the North Carolina Office of School Accountability.").entities.map((e) => e.name)).toEqual(["North Carolina Office of School Accountability"]);
  });

  test("credits: the byline's outlet is never a source, a restated figure, a document a body released, district records, a named spokeswoman", () => {
    expect(credits("By Marcus Oyelowo, Missouri Civic Desk\n\nA Missouri Civic Desk review of 600 cases found that 71 percent ended in a judgment.")).toEqual([
      [600, null],
      [71, null],
    ]);
    expect(credits("Nearly 1 in 9 children had elevated levels, according to data released by the Pennsylvania Office of Child Health Surveillance.\n\nThat is 11.2 percent of the 3,940 children tested.")).toEqual([
      [11.1, "Pennsylvania Office of Child Health Surveillance"],
      [11.2, "Pennsylvania Office of Child Health Surveillance"],
      [3_940, "Pennsylvania Office of Child Health Surveillance"],
    ]);
    expect(credits("The Governor's Office of Budget Management released its own forecast the same morning. It was grimmer, putting the gap at $412 million.")).toEqual([[412_000_000, "Governor's Office of Budget Management"]]);
    expect(credits("Students in Granger County Schools were suspended 5,318 times, according to district discipline records obtained by The Piedmont Courier.")).toEqual([[5_318, "Granger County Schools"]]);
    expect(credits("The audit came from the Carolina Office of School Accountability. Keisha Durant, a spokeswoman for the district, said in an email that it was old. She said the district has trained 420 teachers.")).toEqual([[420, "Keisha Durant"]]);
  });

  test("units: a measure per a unit keeps it ('cases per lawyer' counts cases); 'twice as' is 2 times; 'by 9 percent and 11 percent' is two figures", () => {
    expect(units("A child counts at 5 micrograms per deciliter of blood. Each lawyer carries 70 cases per lawyer.")).toEqual([[5, "micrograms per deciliter"], [70, "cases"]]);
    expect(credits("Suspended students are about twice as likely to drop out, according to a study by researchers at Calloway State University.")).toEqual([[2, "Calloway State University"]]);
    expect(extract("He thinks twice before calling. She calls twice a week.").claims).toEqual([]);
    // ("four of them" counts the deputies, not the square miles they cover.)
    expect(units("Sheriff Dwight Pomeroy has 14 deputies to cover 600 square miles. On a good day, four of them are on the road.")).toEqual([[14, "deputies"], [600, "square miles"], [4, "deputies"]]);
    // "the first district in Lanning County to adopt" is first among others; "the first time" is no rank.
    expect(units("The vote made it the first district in Lanning County to adopt the policy. It was the first time in years to see that.")).toEqual([[1, "rank"]]);
    // A count in a compound: "the five-member council", "a five-year contract" (a "one-time fee" counts nothing).
    expect(units("The five-member council approved a five-year contract with a one-time fee.")).toEqual([[5, "members"], [5, "years"]]);
    const ranges = (text: string) => extract(text).claims.map((c) => [c.value, c.high ?? null]);
    expect(ranges("Filings rose in Ostend and Bellweather by 9 percent and 11 percent.")).toEqual([[9, null], [11, null]]);
    expect(ranges("Costs rose between 9 percent and 11 percent, or between $38 million and $45 million.")).toEqual([[9, 11], [38_000_000, 45_000_000]]);
  });
});

test("round 19 claims: 'Of the inmates transferred, 97 …', 'By X, Tribune Staff Writer', 'That's according to …' goes on, '119 of last year's deaths'", () => {
  const units = (text: string) => extract(text).claims.map((c) => [c.value, c.unit ?? null]);
  expect(units("A detainer holds someone up to 48 hours. Of the inmates transferred this year, 97 had no conviction.")).toEqual([
    [48, "hours"],
    [97, "inmates"],
  ]);
  // (What they are is counted: "Of the positions being cut, 61 are teaching jobs" counts no positions.)
  expect(units("Of the positions being cut, 61 are teaching jobs.")).not.toContainEqual([61, "positions"]);
  expect(credits("By Marisol Ybarra-Kent, Tribune Staff Writer\n\nThe extra hours come to roughly $34,000, by the Tribune's estimate.")).toEqual([[34_000, null]]);
  expect(credits("NEW HARWICH, Ohio (WLQX) — Drug overdoses killed 187 people in Cullom County last year, the most the county has ever recorded. That's according to preliminary numbers the Cullom County Coroner's Office released Monday.\n\nThat's up from 131 deaths in 2015.")).toEqual([
    [187, "Cullom County Coroner's Office"],
    [131, "Cullom County Coroner's Office"],
  ]);
  expect(units("Fentanyl was involved in 119 of last year's deaths, or about 64 percent.")).toEqual([[119, "deaths"], [64, "percent"]]);
});

test("round 19 more: 'Comité de Apoyo' is one body; 'the institutional research office' is the Office of Institutional Research; enrollment counts students; reports an office filed with the state are its", () => {
  expect(credits("Volunteers with the parish's Comité de Apoyo say they handed out more than 600 cards.")).toEqual([[600, "Comité de Apoyo"]]);
  const units = (text: string) => extract(text).claims.map((c) => [c.value, c.unit ?? null, c.source === undefined ? null : extract(text).entities[c.source].name]);
  expect(units("Figures came from the Office of Institutional Research. Total enrollment at NHU is 17,406, according to the institutional research office.")).toEqual([
    [17_406, "students", "Office of Institutional Research"],
  ]);
  expect(credits("Seven people have died in the jail, according to death reports the Tallant County Sheriff's Office filed with the state, which the Dispatch obtained.")).toEqual([
    [7, "Tallant County Sheriff's Office"],
  ]);
});

test("round 20: 'she said' after a paragraph that opens with a woman as a possessor ('Antoinette Pruden's son, Marcus, …')", () => {
  const x = extract(
    "Jail Administrator Keisha Marbury said the jail added 16 positions.\n\n\"We are doing better,\" Marbury said.\n\n" +
      "Antoinette Pruden's son, Marcus, hanged himself in the jail in 2022. He was 27.\n\n\"He told the nurse he was hearing voices,\" she said.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Keisha Marbury", "Antoinette Pruden"]);
});

test("round 20: 'who called it' after 'X, an economist at Y University,' is X; 'College President Renee Whitlock sent an email … Part of it read:' is hers", () => {
  const orsini = extract("That figure has been disputed by Nadia Orsini, an economist at Wrenfield University, who called the council's method \"a stack of assumptions dressed up as arithmetic.\"");
  expect(quotes(orsini).map((q) => q.speaker)).toEqual(["Nadia Orsini"]);
  const whitlock = extract(
    "Tamarack Valley College enrolls about 300 such students.\n\nCollege President Renee Whitlock sent an email to students and staff Tuesday afternoon. Part of it read:\n\n\"To our DACA students: You belong here.\"",
  );
  expect(quotes(whitlock).map((q) => q.speaker)).toEqual(["Renee Whitlock"]);
});

test("round 20: a bare quote whose speaker the next paragraph names past an appositive ('X, who wrote the ordinance, said that minutes after')", () => {
  const x = extract(
    "Cascade Bluff will cap yearly rent increases at 7 percent.\n\n\"Tonight we told renters in this city that they can plan their lives again.\"\n\n" +
      "Councilwoman Beatriz Anaya-Holt, who wrote the ordinance, said that minutes after the vote.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Beatriz Anaya-Holt"]);
});

test("round 20: an outlet that says it wrote the story ('X is a nonprofit newsroom that covers …') is never a source", () => {
  const text = "An analysis of booking records by the Lone Star Justice Desk found that 412 people were held for more than 30 days.\n\nThe Lone Star Justice Desk is a nonprofit newsroom that covers criminal justice in Texas.";
  expect(credits(text)).toEqual([[412, null], [30, null]]);
  // (Another outlet's analysis is that outlet's.)
  expect(credits("An analysis of booking records by the Lone Star Justice Desk found that 412 people were held.")).toEqual([[412, "Lone Star Justice Desk"]]);
});

test("round 20: a fact-check's claim and its claimant after a dash ('The claim: “…” — Brad Kettering, Republican candidate')", () => {
  const x = extract("Truth Check: What does it cost?\n\nThe claim: \u201cIllegal immigration costs Ohio taxpayers more than a billion dollars every single year.\u201d — Brad Kettering, Republican candidate for Congress, in a campaign mailer");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Brad Kettering"]);
});

test("round 20: a number that ends a clause before the verb ('Oduya, who took office in 2018, said') still attributes", () => {
  const x = extract("Mayor Karen Oduya spoke. Oduya, who took office in 2018, said that she backs the chief \"every step of the way.\"");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Karen Oduya"]);
  // ("30 calls": a count before a noun is still no verb.)
  expect(quotes(extract("The hotline logged 30 calls “from people who were afraid to leave home.”")).map((q) => q.speaker)).toEqual([undefined]);
});

test("round 20: 'the lawsuit says' after 'The suit, filed in June by X'; 'the party said' is the party named last", () => {
  const suit = extract("The suit, filed in June by the Ohio Justice Collaborative, says 85 people are held.\n\n\"Bail is supposed to make sure people come back to court,\" the lawsuit says.");
  expect(quotes(suit)).toEqual([{ text: "Bail is supposed to make sure people come back to court,", speaker: "Ohio Justice Collaborative" }]);
  const party = extract("Rep. Carl Haskett held a town hall. The Saguaro County Democratic Party took a different view. In a Facebook post Sunday, the party said the town hall showed \"how far out of step Rep. Haskett is with the people he represents.\"");
  expect(quotes(party).map((q) => q.speaker)).toEqual(["Saguaro County Democratic Party"]);
});

test("round 20: 'When Harrell read the vote, she put her head down': the main clause's 'she' is the one met before", () => {
  const x = extract(
    "Council President Denise Harrell said the vote would stand.\n\n\"The board did its job,\" Harrell said.\n\n" +
      "The man's mother, Angela Pettiford, sat in the front row. When Harrell read the vote, she put her head down and cried.\n\n\"They finally said it out loud,\" she said afterward.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Denise Harrell", "Angela Pettiford"]);
});

test("round 20: 'identified in the lawsuit only by her first name, Maribel,' is a woman known by one name", () => {
  const x = extract(
    "\"These families should be released,\" Priya Natarajan said.\n\n" +
      "One of the plaintiffs, a Salvadoran woman identified in the lawsuit only by her first name, Maribel, described her interview.\n\n\"I tried to tell him about my brother,\" she wrote.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Priya Natarajan", "Maribel"]);
});

test("round 20 on a quote-heavy batch: 'Afterward he said', 'the 71-year-old said', a hearing's lines taking turns, one name with a description, a speaker introduced after the quote", () => {
  const speakersOf = (text: string) => quotes(extract(text)).map((q) => q.speaker);
  expect(speakersOf("Commissioner Walter Beam said little. Afterward he said he agreed but worried about the county being \"dragged into a national fight.\"")).toEqual(["Walter Beam"]);
  expect(
    speakersOf(
      "\"We should wait,\" Mayor Joan Stoltz said.\n\nEarl Dietz, a retired steelworker, said he has nothing against immigrants. His father came through Ellis Island, he said.\n\n" +
        "\"He waited his turn,\" the 71-year-old said.",
    ),
  ).toEqual(["Joan Stoltz", "Earl Dietz"]);
  expect(
    speakersOf(
      "\"Where does it say the county has to do anything?\" Judge Celeste Abernathy asked.\n\n\"It doesn't, your honor,\" Bradley Fiske replied.\n\n" +
        "\"So it's a choice.\"\n\n\"It's a practice.\"",
    ),
  ).toEqual(["Celeste Abernathy", "Bradley Fiske", "Celeste Abernathy", "Bradley Fiske"]);
  expect(speakersOf("Ángel, a sophomore majoring in engineering, has a work-study job. He asked that his last name not be used.\n\n\"If the permit goes, the job goes.\"")).toEqual(["Ángel"]);
  expect(
    speakersOf("The council heard from 40 people.\n\n\"I've been a citizen for 22 years.\"\n\nHortensia Vallejo, 61, a retired hotel housekeeper, drew the longest applause of the night."),
  ).toEqual(["Hortensia Vallejo"]);
});

test("round 19 bodies: 'the state data' is no group of 'State officials'; 'Board member X' names no board; 'The Georgia secretary of state's office' speaks as itself", () => {
  expect(
    credits(
      "Just 38 percent met the standard, according to results the Illinois Board of Public Instruction released Thursday. State officials have cautioned that the tests cannot be compared.\n\n" +
        "At Creekside Elementary, 61 percent met the standard, the state data show.",
    ),
  ).toEqual([
    [38, "Illinois Board of Public Instruction"],
    [61, "Illinois Board of Public Instruction"],
  ]);
  expect(credits("The Illinois Board of Public Instruction released results.\n\nBoard member Hector Villaseñor said the gap is large.\n\nStatewide, about 5 percent skipped it, the state board said.")).toEqual([
    [5, "Illinois Board of Public Instruction"],
  ]);
  expect(
    quotes(extract("The Southeastern Voting Rights Institute found that 2.8 percent were rejected.\n\nThe Georgia secretary of state's office said in a statement that \"the overwhelming majority of absentee voters had their ballots counted.\"")),
  ).toEqual([{ text: "the overwhelming majority of absentee voters had their ballots counted.", speaker: "Georgia secretary of state's office" }]);
});

test("'No. 4' abbreviates a number; 'voted no.' ends its sentence", () => {
  const text = "The board passed Resolution No. 4 on Monday. Pardo voted no. Then she left.";
  expect(sentences(text, paragraphs(text)[0]).map((x) => text.slice(x.start, x.end))).toEqual(["The board passed Resolution No. 4 on Monday.", "Pardo voted no.", "Then she left."]);
});

describe("input", () => {
  const bad: [string, Parameters<typeof checkInput>[0], RegExp][] = [
    ["empty text", { text: "" }, /text is empty/],
    ["whitespace", { text: " \n\t " }, /text is empty/],
    ["NUL bytes", { text: "An article\u0000with binary" }, /binary data/],
    ["control characters", { text: "\u0001\u0002\u0003 some words here and there to be long enough \u0004\u0005" }, /binary data/],
    ["broken encoding", { text: "Caf\uFFFD is a word in a sentence that is long enough." }, /not valid Unicode/],
    ["too long", { text: "a".repeat(MAX_TEXT_LENGTH + 1) }, /at most 200000/],
    ["an impossible date", { text: "A long enough article text here.", publishedOn: "2015-02-30" }, /not a date/],
    ["a month 13", { text: "A long enough article text here.", publishedOn: "2015-13" }, /not a date/],
    ["a date in another format", { text: "A long enough article text here.", publishedOn: "02/03/2015" }, /not a date/],
    ["a URL that is not http", { text: "A long enough article text here.", url: "javascript:alert(1)" }, /not an http/],
  ];
  test.each(bad)("%s is refused with a clear error", (_, input, message) => {
    expect(() => checkInput(input)).toThrow(IngestInputError);
    expect(() => checkInput(input)).toThrow(message);
  });

  test("text is normalized, and good dates pass", () => {
    const source = checkInput({ text: "\uFEFFLine one  \r\nLine two\r\n\r\n\r\n\r\nLine three\n", publishedOn: "2016-02-29" });
    expect(source.text).toBe("Line one\nLine two\n\nLine three");
  });
});

test("HTML: the story's paragraphs and metadata, without navigation, captions or appeals", () => {
  const page = htmlToArticle(
    `<html><head><title>Sheriff defies law</title><meta property="og:site_name" content="Millbrook Gazette"><meta property="article:published_time" content="2018-03-02T10:00:00Z"></head>
     <body><nav><a href="/">Home</a></nav><a class="skip-link" href="#main">Skip to main content</a>
     <article><h1>Sheriff defies law</h1><figure><img src="x.jpg"><figcaption>The sheriff, in 2017. Photo: staff</figcaption></figure>
     <p>“We will keep honoring detainers,” Sheriff Dale Whitcomb said.</p><div class="social-share">Share on Facebook</div>
     <p>Your tax deductible gift can help stop human rights violations.</p></article><footer>© Gazette</footer></body></html>`,
  );
  expect(page).toEqual({ text: "Sheriff defies law\n\n“We will keep honoring detainers,” Sheriff Dale Whitcomb said.", title: "Sheriff defies law", url: undefined, publisher: "Millbrook Gazette", publishedOn: "2018-03-02" });
});

test("every span the plan of each evaluation article cites is exactly its excerpt", () => {
  const empty: GraphNames = { entities: new Map(), byKey: new Map() };
  for (const { text } of evalTexts()) {
    const source = checkInput({ text });
    const extraction = extractArticle(source.text);
    const { plan } = planArticle(source, extraction, resolveEntities(extraction, empty, "article-test"), empty);
    const evidence = plan.nodes.filter((n) => n.label === "Evidence");
    expect(evidence.length).toBeGreaterThan(10);
    for (const ev of evidence) expect(source.text.slice(Number(ev.properties.start), Number(ev.properties.end))).toBe(ev.properties.excerpt);
    // Every fact node is supported by evidence.
    const supported = new Set(plan.relationships.filter((r) => r.type === "SUPPORTED_BY").map((r) => r.from.id));
    for (const n of plan.nodes.filter((n) => !["Article", "Evidence"].includes(n.label))) expect({ id: n.id, supported: supported.has(n.id) }).toEqual({ id: n.id, supported: true });
  }
});

test("round 21: 'according to Executive Director Joan Pfeiffer' credits the person behind a title the lexicon does not hold; 'the Red Clay Report' is no title", () => {
  expect(credits("The village budgeted $538,000 for its police this year, according to Clerk-Treasurer Joan Pfeiffer.")).toEqual([[538000, "Joan Pfeiffer"]]);
  expect(credits("The county paid $2.1 million for the work, according to State Demographer Ken Albers.")).toEqual([[2100000, "Ken Albers"]]);
  expect(credits("The prison held 175 detainees, according to county Controller Ruth Imhoff.")).toEqual([[175, "Ruth Imhoff"]]);
  expect(credits("The city received $312,000 in grants last year, according to Finance Director Carla Nunes.")).toEqual([[312000, "Carla Nunes"]]);
  expect(credits("Arrests rose to 1,150, according to agency data analyzed by the Red Clay Report.")[0][1]).not.toBe("Clay Report");
});

test("round 21: 'according to a fiscal note released Tuesday' ¶ 'The estimate, prepared by X': the next document with a maker is the one meant", () => {
  expect(
    credits("A bill would cost counties about $11.4 million a year, according to a fiscal note released Tuesday.\n\nThe estimate, prepared by the Legislature's nonpartisan Office of Fiscal Analysis, assumes longer holds.")[0],
  ).toEqual([11400000, "Office of Fiscal Analysis"]);
  expect(
    credits("Agents made at least 87 arrests near courthouses last year, according to a count by a legal aid group.\n\nThe Garden State Immigrant Rights Coalition compiled the arrests from reports. The group released its findings Wednesday.")[0],
  ).toEqual([87, "Garden State Immigrant Rights Coalition"]);
});

test("round 21: 'The Executive Office for Immigration Review, the … agency, said' is named without the sentence's 'The' and credited; an outlet keeps its 'The'", () => {
  const x = extract(
    "Judges are scarce in Utah.\n\nThe Executive Office for Immigration Review, the Justice Department agency that runs the nation's immigration courts, said in a statement that it had hired 46 judges nationwide this year and that detained cases \"remain the agency's highest priority.\"",
  );
  expect(x.entities.map((e) => e.name)).toContain("Executive Office for Immigration Review");
  expect(credits(x.text)).toEqual([[46, "Executive Office for Immigration Review"]]);
  expect(extract("The Ridgeline Courier reported that 140 inmates were sent away.").entities.map((e) => e.name)).toContain("The Ridgeline Courier");
});

test("round 21: 'The special audit, requested by the state Board of Education' is still the auditor's: who asked for a document did not make it", () => {
  const x = credits(
    "Nineteen districts collected about $6.1 million they were not owed, according to a report released Wednesday by the state auditor’s office.\n\n" +
      "The special audit, requested by the state Board of Education last year, reviewed enrollment records at 112 districts.",
  );
  expect(x.find(([value]) => value === 112)).toEqual([112, "State auditor’s office"]);
});

test("round 21: 'according to the coroner’s report' after figures from the county coroner's office is the office's, not the coroner's in person", () => {
  const x = credits(
    "Coroner Stanley Voss says older residents use alone. That’s according to preliminary figures from the Wexley County Coroner’s Office, released Wednesday.\n\n" +
      "The county's death rate, 41.6 per 100,000 residents last year, remains above the state's, according to the coroner’s report.",
  );
  expect(x.find(([value]) => value === 41.6)).toEqual([41.6, "Wexley County Coroner’s Office"]);
});

test("round 21: a document's figures go on into the next paragraph, unless it credits someone else or names its own document", () => {
  const lede = "The Tolliver district has 812 fewer students this year. That's according to enrollment figures released this month by the state education department.\n\n";
  const goesOn = credits(lede + "The district now enrolls 10,944 students. Kindergarten took the biggest hit: 214 fewer kindergartners signed up.");
  expect(goesOn.map(([, source]) => source)).toEqual(Array(3).fill(goesOn[0][1]));
  expect(goesOn[0][1]).not.toBeNull();
  const other = credits(lede + "Five people have left the board since 2013. Two of them had complained for months, the Tolliver Ledger reported in March.");
  expect(other[1]).toEqual([5, null]);
  const own = credits(lede + "A Herald-Dispatch review of district logs shows that 2,214 students missed a month of school.");
  expect(own[1]).toEqual([2214, null]);
});

test("round 21: a sentence with no figure that says 'according to court records' makes the records the source of the figures after it", () => {
  const x = credits("Hector Villa, 34, had appeared on a charge of driving without a license, according to court records. He paid a $150 fine, the records show.");
  expect(x.find(([value]) => value === 150)).toEqual([150, "court records"]);
});

test("round 21 on a data batch: 'HUD' is the Department of Housing and Urban Development; a byline with '|' names its outlet; 'by Cascade Commons News' calculation' is the newsroom's own", () => {
  const x = extract("The county received $14.7 million through the U.S. Department of Housing and Urban Development's program, HUD records show.");
  expect(x.entities.find((e) => e.name === "HUD")).toBeUndefined();
  expect(credits(x.text)).toEqual([[14700000, "U.S. Department of Housing and Urban Development"]]);
  const own = extract("By Priya Castellano-Reed | Cascade Commons News\n\nRent rose to $1,240 a month, according to HUD estimates. A worker would need 85 hours a week to afford it, by Cascade Commons News' calculation.");
  expect(own.entities.map((e) => e.name)).toContain("Priya Castellano-Reed");
  expect(credits(own.text)).toEqual([[1240, "HUD"], [85, null]]);
});

test("round 21 on a quote batch: a hearing's asker goes on after a terse answer or with 'And …'/'So …'; a town after 'Dale Pruden of'; 'The speaker was X'; 'A spokeswoman for X, Y,'", () => {
  const speakersOf = (text: string) => quotes(extract(text)).map((q) => q.speaker);
  expect(
    speakersOf("\"Do they leave Nebraska?\" Sen. Rosalind Achterberg asked.\n\n\"Some of them might,\" Sen. Wade Kettering said.\n\n\"Then we've paid for 12 years of their schooling, and we send them off to work in Kansas. I don't see the savings.\""),
  ).toEqual(["Rosalind Achterberg", "Wade Kettering", "Rosalind Achterberg"]);
  expect(
    speakersOf("\"Can you name one sanctuary city in Tennessee?\" Rep. Danita Ruffin asked.\n\n\"Not today,\" Rep. Jerry Halvorsen said. \"That's the point of the bill.\"\n\n\"So we are spending three hours passing a law against something that does not exist.\""),
  ).toEqual(["Danita Ruffin", "Jerry Halvorsen", "Danita Ruffin"]);
  const town = extract("Committee Chairman Dale Pruden of Wendell said the committee would wait. Afterward, he said he had heard from \"a lot of people on both sides of this\" and wanted changes.");
  expect(town.entities.find((e) => e.name === "Wendell")?.type).toBe("Jurisdiction");
  expect(quotes(town).map((q) => q.speaker)).toEqual(["Dale Pruden"]);
  expect(
    speakersOf("The room was full. Marisela Fuentes, whose husband, Rigoberto Fuentes, has been held at the jail for months, spoke during public comment.\n\n\"My girls visit their father through a glass window every Saturday.\""),
  ).toEqual(["Marisela Fuentes"]);
  expect(speakersOf("Each was given two minutes.\n\n\"I have lived on Fir Street for 41 years and I have never been afraid in this town.\"\n\nThe speaker was Olga Brisbin, a retired bookkeeper.")).toEqual(["Olga Brisbin"]);
  expect(speakersOf("A spokeswoman for County Prosecutor Steven Marchetti, Kara Lundgren, says the office \"will review the findings when they are complete.\"")).toEqual(["Kara Lundgren"]);
  expect(extract("Freeholder Priya Venkatesan wrote the resolution.").entities.map((e) => e.name)).toEqual(["Priya Venkatesan"]);
});

test("round 21 on a data batch: 'Those numbers come from a study' ¶ 'The study was prepared by X' credits X for the paragraph before; 'the study, which drew on data from Y' is not Y's", () => {
  const x = credits(
    "On an average day this spring, 1,184 people were held in the jail. Nearly seven in 10 of them had not been convicted of anything.\n\n" +
      "Those numbers come from a jail population study presented Tuesday to the county council. The study was prepared by the Pretrial Justice Lab at Ellery University.\n\n" +
      "Arrests fell 8 percent between 2012 and 2015, according to the study, which drew on booking data from the Brackett County Sheriff's Office.",
  );
  expect(x).toEqual([
    [1184, "Pretrial Justice Lab at Ellery University"],
    [70, "Pretrial Justice Lab at Ellery University"],
    [8, "Pretrial Justice Lab at Ellery University"],
  ]);
});

test("round 21 on a data batch: 'the Tennessee Comptroller of the Treasury' is an office, credited for its report and the figures after", () => {
  const x = credits(
    "The county paid roughly $1.4 million too much, according to a report released Wednesday by the Tennessee Comptroller of the Treasury.\n\nThe county was paid $52 a day for each detainee, the report says.",
  );
  expect(x).toEqual([[1400000, "Tennessee Comptroller of the Treasury"], [52, "Tennessee Comptroller of the Treasury"]]);
});

test("round 21 on a data batch: a report's account goes on over one-sentence paragraphs until someone else is credited", () => {
  const x = credits(
    "Nineteen people were killed in Cresthaven last year.\n\nThat's according to the Cresthaven Police Department's annual crime report, released Tuesday.\n\n" +
      "Overall, though, serious crime went down.\n\nThe department counted 4,386 offenses in 2016.\n\nBurglaries fell 14 percent, to 612.\n\nCar thefts dropped to 288 from 341.\n\n" +
      "A WKTR review of the report found 11 of the victims were under 25.",
  );
  expect(x.slice(1, 6).map(([, source]) => source)).toEqual(Array(5).fill("Cresthaven Police Department"));
  expect(x[6]).toEqual([11, null]);
});

test("round 21 on a data batch: 'Asked whether …, 61 percent of voters said yes' is the poll's, after a speaker broke its run", () => {
  const x = credits(
    "Voters are split, according to a poll released Sunday by the Institute for Public Policy at Rio Abajo State University.\n\n" +
      "\"What moved were the independents,\" said Camila Whitford, who directs the polling.\n\n" +
      "On schools, the numbers were less divided. Asked whether they would support a tax increase, 61 percent of voters said yes.",
  );
  expect(x).toEqual([[61, "Institute for Public Policy at Rio Abajo State University"]]);
});

test("round 21 on a data batch: a newsroom's records request and analysis: 'data, which the Courier obtained, show' is the maker's; 'the paper's analysis found' is the byline's own outlet", () => {
  const x = extract(
    "Lead cases cluster in old rentals\n\nBy Theresa Vukovich-Hale\nCourier Staff Writer\n\n" +
      "The Calverton-Renner County Health District's testing data, which the Courier obtained through a public records request, show 291 children with high lead levels.\n\n" +
      "The Courier matched the addresses to property records. Of those children, at least 204 lived in rental housing, the paper's analysis found.",
  );
  expect(x.entities.filter((e) => /Courier/.test(e.name))).toHaveLength(1);
  expect(credits(x.text)).toEqual([[291, "Calverton-Renner County Health District"], [204, null]]);
});

test("round 21: a quote right after a sentence that names its speaker in the same paragraph is theirs ('…, said its coordinator, Beatriz Ocampo. “We're only there …”')", () => {
  const speakersOf = (text: string) => quotes(extract(text)).map((q) => q.speaker);
  expect(speakersOf("The network's count is probably low, said its coordinator, Beatriz Ocampo. \"We're only there three mornings a week.\"")).toEqual(["Beatriz Ocampo"]);
  expect(speakersOf("\"We will appeal,\" Mayor Tom Reyes said.\n\nBeatriz Ocampo said the count is probably low. \"We're only there three mornings a week.\"")).toEqual(["Tom Reyes", "Beatriz Ocampo"]);
});

test("round 21: 'The Reno-based Silver State Policy Institute': where a body is based is no part of its name", () => {
  const x = extract("The Salt Lake-based Foundation for Utah Self-Reliance has sent mailers calling it \"an open-ended commitment Utah taxpayers cannot afford.\"");
  expect(x.entities.map((e) => e.name)).toContain("Foundation for Utah Self-Reliance");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Foundation for Utah Self-Reliance"]);
});

test("round 21: 'A fiscal note attached to the bill puts the cost at …' ¶ 'The note was prepared by X': the maker named after it", () => {
  const x = credits("A fiscal note attached to the bill puts the state's cost at $25.4 million in the first year.\n\nThe note was prepared by the Office of the Legislative Fiscal Analyst.");
  expect(x).toEqual([[25400000, "Office of the Legislative Fiscal Analyst"]]);
});

test("round 21: 'Ventura said' when a wife and her husband share the name is the one the paragraph before has speaking", () => {
  const x = extract(
    "Ana Lucía Ventura's husband, Héctor Ventura, has worked at the plant for nine years. He is being held at a county jail, she said through an interpreter. She has visited him once.\n\n" +
      "“He told me, ‘Pay the rent first, then the truck,’” Ventura said.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Ana Lucía Ventura"]);
});

test("round 21 on a quote batch: a quotation closing mid-sentence opens no sentence; 'Oakley's older brother, Marcus Oakley,' is the sentence's subject", () => {
  const speakersOf = (text: string) => quotes(extract(text)).map((q) => q.speaker);
  expect(
    speakersOf(
      "Abelardo Quintero sued the county, and Quintero said he wanted an apology.\n\n" +
        "U.S. District Judge Corinne Ashdown wrote that the county had \"no authority under state law\" to hold Abelardo Quintero once a court set him free. An immigration detainer, she wrote, \"is a request, not a warrant.\"",
    ),
  ).toEqual(["Corinne Ashdown", "Corinne Ashdown"]);
  expect(
    speakersOf(
      "\"I want the tape,\" Demetrius Oakley said.\n\nTasha Oakley spoke first. Oakley's older brother, Marcus Oakley, spoke after her and kept his remarks short.\n\n\"My mother has watched that video more times than any mother should,\" he said.",
    ),
  ).toEqual(["Demetrius Oakley", "Marcus Oakley"]);
});

test("round 21 on a quote batch: 'in the Valle Grande' is no person; 'the Lone Star Civic Survey' is a body; 'Quiroga-Benton, 58,' makes 'Marisela Quiroga-Benton' a person", () => {
  const names = (text: string) => extract(text).entities.map((e) => [e.name, e.type]);
  expect(names("Quiroga-Benton grew up in the Valle Grande, the daughter of a farmworker.")).not.toContainEqual(["Valle Grande", "Person"]);
  expect(names("Mass was said in Spanish at the Roman Catholic church on Elm Street.")).not.toContainEqual(["Roman Catholic", "Person"]);
  expect(names("Support stood at 52 percent in the Lone Star Civic Survey, released Monday.")).toContainEqual(["Lone Star Civic Survey", "Organization"]);
  const x = extract("By the time Marisela Quiroga-Benton unlocks the door, 40 people wait.\n\nQuiroga-Benton, 58, has practiced law here for 31 years.\n\n\"Those are different problems,\" she said.");
  expect(x.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Marisela Quiroga-Benton"]);
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Marisela Quiroga-Benton"]);
});

test("round 21 on a quote batch: a second quotation in an attributed sentence is the same speaker's; 'a letter from him' is his", () => {
  const speakersOf = (text: string) => quotes(extract(text)).map((q) => q.speaker);
  expect(speakersOf("Judge Corinne Ashdown ruled Tuesday. The form \"does not command anything,\" the judge wrote, and the county \"chose to comply with it\" on its own.")).toEqual(["Corinne Ashdown", "Corinne Ashdown"]);
  expect(
    speakersOf("Police Chief Arne Bakke did not attend. City Clerk Sharon Voss read a letter from him into the record.\n\n\"Our officers do not ask people about their immigration status,\" the letter said."),
  ).toEqual(["Arne Bakke"]);
});

test("round 21 on a data batch: 'A state audit says …' ¶ 'The Office of the State Auditor reviewed …' is the office's, and so is 'the report' after; a byline without 'By' names no source", () => {
  const x = credits(
    "Audit: $187,000 missing from jail's inmate store\n\nCorinne Haskett | WDPR News\n\n" +
      "A state audit released Wednesday says at least $187,000 paid into the jail's commissary fund can't be accounted for.\n\n" +
      "The Mississippi Office of the State Auditor reviewed the fund from 2012 through 2015.\n\n" +
      "\"It is public money,\" State Auditor Nathan Strickland said.\n\nThe jail had no one checking deposits for 30 months, according to the report.",
  );
  expect(x).toEqual([
    [187000, null],
    [187000, "Mississippi Office of the State Auditor"],
    [30, "Mississippi Office of the State Auditor"],
  ]);
});

test("round 21 on a data batch: 'A report … found' ¶ 'The evaluation was done by the program evaluation staff of the Legislative Finance Committee'", () => {
  const x = credits(
    "A report presented to lawmakers Thursday found that investigators each carried an average of 19 open cases last summer.\n\n" +
      "The evaluation was done by the program evaluation staff of the Legislative Finance Committee. Turnover hit 38 percent in 2018, the report says.",
  );
  expect(x).toEqual([[19, "Legislative Finance Committee"], [38, "Legislative Finance Committee"]]);
});

test("round 21: 'The ACLU’s complaint argued' speaks for the ACLU: a document speaks for whose it is", () => {
  const x = extract("The ACLU of Kansas sued in 2009. The ACLU’s complaint argued that the ordinance would “turn every landlord in town into an immigration officer.”");
  expect(quotes(x)[0].speaker).toMatch(/^ACLU/);
});

test("round 21 on a quote batch: 'Our Lady of Guadalupe' is a parish; 'She gave her name only as Guadalupe' names the woman whose question came before", () => {
  const x = extract(
    "The question came from the back of the parish hall at Our Lady of Guadalupe, from a woman holding a toddler.\n\n" +
      "“If my neighbor hits me and I call the police, who is going to come, the police or immigration?”\n\nShe gave her name only as Guadalupe.",
  );
  expect(x.entities.map((e) => [e.name, e.type])).toEqual([["Our Lady of Guadalupe", "Organization"], ["Guadalupe", "Person"]]);
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Guadalupe"]);
});

test("round 21 on a mixed batch: 'Inspectors found …' is the body whose report the text reads; 'ICE's online tracker listed 37'", () => {
  const x = credits(
    "Detainees waited days for care, according to a report released Thursday by the Department of Homeland Security’s Office of Inspector General.\n\n" +
      "\"It is a disgrace,\" said Rep. Tom Akers.\n\nInspectors found that 47 requests were not answered within two days.",
  );
  expect(x.find(([value]) => value === 47)).toEqual([47, "Department of Homeland Security’s Office of Inspector General"]);
  expect(credits("The vote came after weeks of protests. ICE's online tracker listed 37 detainees at the jail who had tested positive.")).toEqual([[37, "Immigration and Customs Enforcement"]]);
});

test("round 21 on a mixed batch: 'the inspectors wrote' speaks for the body whose report it is", () => {
  const x = extract(
    "Detainees waited days for care, according to a report released Thursday by the Department of Homeland Security’s Office of Inspector General.\n\n" +
      "“Taken together, these conditions pose an immediate risk to the health of detainees,” the inspectors wrote.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Department of Homeland Security’s Office of Inspector General"]);
});

test("round 21 on a mixed batch: 'His wife, Marisela Canales, is still waiting' makes her the 'she' of the next paragraph", () => {
  const speakersOf = (text: string) => quotes(extract(text)).map((q) => q.speaker);
  expect(
    speakersOf(
      "\"We will appeal,\" said Helen Castellano-Reid, a state senator.\n\n\"I stop at the sign like everybody,\" Wilfredo Canales said.\n\n" +
        "His wife, Marisela Canales, is still waiting for a road test. She said she failed the written test once.\n\n\"In my country we don't call it a 'yield,'\" she said.",
    ),
  ).toEqual(["Helen Castellano-Reid", "Wilfredo Canales", "Marisela Canales"]);
});

test("round 21 on a mixed batch: 'the complaint states' after 'X sued Ridgeway' speaks for whoever sued", () => {
  const x = extract(
    "In March, the Southeast Detention Defense Project sued Ridgeway and ICE in federal court on behalf of eight men.\n\n" +
      "In a statement, company spokeswoman Lorraine Gatlin said the facility “has consistently met the standards of our partner.”\n\n" +
      "“Plaintiffs were told by guards that they would be moved to segregation,” the complaint states.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Lorraine Gatlin", "Southeast Detention Defense Project"]);
});

test("round 21: 'Lt. Marcus Dade said Chief Andrea Kowalczyk had not read the report but “takes every finding seriously”' is Dade's", () => {
  const x = extract("Police spokesman Lt. Marcus Dade said Chief Andrea Kowalczyk had not read the full report but \"takes every sustained finding seriously\" and will meet the board.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Marcus Dade"]);
});

test("round 21: 'Sheriff Harlan Beaudry declined … his office said' is the sheriff's office", () => {
  const x = extract(
    "The Tarrin County Sheriff's Office released the figures.\n\nSheriff Harlan Beaudry declined an interview request. In a written statement, his office said it \"will continue to follow state and federal law, as it always has.\"",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Tarrin County Sheriff's Office"]);
});

test("round 21: 'In a 64-page opinion, Judge X wrote' credits no one for the length, unless a speaker says it", () => {
  expect(credits("In a 64-page opinion, U.S. District Judge Harriet Voss wrote that the ordinance intrudes on a federal field.")).toEqual([[64, null]]);
  expect(credits("Sen. Gail Sutherland said she had asked for the data and received “a two-page letter and a lot of adjectives.”")).toEqual([[2, "Gail Sutherland"]]);
});

test("round 21: 'Carrick County Sheriff Len Hobart, who runs a 210-bed jail, told the committee': the description's figure is the reporter's", () => {
  expect(credits("Carrick County Sheriff Len Hobart, who runs a 210-bed jail, told the committee he was not there to defend anyone.")).toEqual([[210, null]]);
  expect(credits("Commissioner Gary Lusk, one of two Republicans on the county commission, said he was disappointed.")).toEqual([[2, null]]);
});

test("round 21: 'The words came from Ofelia Marquez' after a bare quote is hers, over the speaker before it", () => {
  const speakersOf = (text: string) => quotes(extract(text)).map((q) => q.speaker);
  expect(speakersOf("“This is squarely her call,” Commission Chairwoman Renee Aldana said.\n\n“It’s about time.”\n\nThe words came from Ofelia Marquez, who directs the legal clinic.")).toEqual(["Renee Aldana", "Ofelia Marquez"]);
  expect(
    speakersOf("“Why is this either-or?” board member Doug Petterson asked.\n\n“We're not asking anybody to be unsafe.”\n\nThat line came near midnight, from a woman who gave her name only as Tanya."),
  ).toEqual(["Doug Petterson", "Tanya"]);
});

test("round 21 on a data batch: 'Those are among the findings of a survey released by X' credits X for the lede before it and the results after", () => {
  const x = credits(
    "Nearly three in four voters say housing costs have reached a crisis, and 57 percent would support a limit on rent increases.\n\n" +
      "Those are among the findings of a survey released Wednesday by the Cascadia State University Center for Public Opinion. The center's interviewers reached 804 registered voters.\n\n" +
      "The divide by party is wide. Among Democrats, 71 percent back a statewide cap.",
  );
  expect(x.map(([, source]) => source)).toEqual(Array(x.length).fill("Cascadia State University Center for Public Opinion"));
  expect(x.length).toBeGreaterThanOrEqual(4);
});

test("round 21 on a quote batch: 'The complaint, filed in U.S. District Court … by X, says' makes X the complaint's voice: an abbreviation's period ends no sentence", () => {
  const x = extract(
    "Seven families filed a federal lawsuit Tuesday.\n\nThe complaint, filed in U.S. District Court in Syracuse by the North Country Immigrant Youth Law Center, says staff turned away 23 students.\n\n" +
      "\"Ellisburg has built a separate and unequal door for immigrant children,\" the complaint says.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["North Country Immigrant Youth Law Center"]);
});

test("round 21 on a data batch: 'the monthly report the Colorado Department of Corrections posted' is the department's, and a law's provision after it is no finding of it", () => {
  const x = credits(
    "Colorado's prisons held 17,834 inmates at the end of June.\n\n" +
      "The report the Colorado Department of Corrections posted to its website Friday shows 2,210 parolees sent back for technical violations.\n\n" +
      "The department counted 1,671 women in custody in June.\n\nA 2018 law limits how long a parolee can be held for a technical violation to 90 days.",
  );
  expect(x.slice(1)).toEqual([
    [2210, "Colorado Department of Corrections"],
    [1671, "Colorado Department of Corrections"],
    [90, null],
  ]);
});

test("round 21: 'by the Utah Department of Health's count' credits a maker named in four words", () => {
  expect(credits("Utah's Medicaid program covered 306,412 people in January, by the Utah Department of Health's count.")).toEqual([[306412, "Utah Department of Health"]]);
});

test("round 21: 'the Hale County Election Commissioner's office' is an office, and 'the commissioner's office reported' is it again", () => {
  const x = credits(
    "The bond passed with 56 percent of the vote, according to unofficial results from the Hale County Election Commissioner's office.\n\n" +
      "\"We had a great turnout,\" said organizer Dana Poe.\n\nIn the mayor's race, Ed Szymanski won 53.8 percent of the vote, the commissioner's office reported.",
  );
  expect(x).toEqual([[56, "Hale County Election Commissioner's office"], [53.8, "Hale County Election Commissioner's office"]]);
});

test("round 21 on a TV batch: a one-sentence paragraph with no figure passes a report's account on ('Property crime fell again.' ¶ 'Burglaries dropped 12 percent')", () => {
  const x = credits(
    "Police counted 131 shooting victims in 2013.\n\nThe numbers come from the Belton Springs Police Department's year-end crime summary.\n\n" +
      "Overall, violent crime was about flat: 1,804 violent offenses.\n\nProperty crime fell again.\n\nBurglaries dropped 12 percent, to 2,215.",
  );
  expect(x.slice(-2)).toEqual([[12, "Belton Springs Police Department"], [2215, "Belton Springs Police Department"]]);
});

test("round 21: '… based on the U.S. Census Bureau’s estimate of 57,300 homes' credits the bureau, as 'according to' does", () => {
  expect(credits("Landlords filed one case for every five renter households, based on the U.S. Census Bureau’s estimate of 57,300 renter-occupied homes.").find(([v]) => v === 57300)).toEqual([57300, "Census Bureau"]);
});

test("round 22: 'according to the draft', 'according to a copy of the agreement', 'according to the county's 2017-18 budget' credit the document itself", () => {
  expect(credits("It would cost $150 per unit, according to the draft.")).toEqual([[150, "draft"]]);
  expect(credits("The jail must keep four nurses on duty, according to a copy of the agreement.")).toEqual([[4, "agreement"]]);
  expect(credits("The program costs about $390,000 a year, according to the county's 2017-18 budget.")).toEqual([[390000, "county's 2017-18 budget"]]);
});

test("round 22: 'according to the board's unofficial canvass' is the board's when the article named the board", () => {
  const x = credits(
    "The Tolland County Board of Elections split 2-2 on the ballots. Ferraro leads by 14 votes, according to the board's unofficial canvass.",
  );
  expect(x.find(([v]) => v === 14)).toEqual([14, "Tolland County Board of Elections"]);
});

test("round 22: names the new batches missed: 'That was Sen. X', 'Sekou, … who goes by one name', 'X Y, one of the voters', 'said X Y of Town'", () => {
  const people = (text: string) => extract(text).entities.filter((e) => e.type === "Person").map((e) => e.name);
  expect(people("That was Sen. Marian Tull, a Kansas City Democrat.")).toEqual(["Marian Tull"]);
  expect(people("Ray Ostrowski, the city’s grants manager, says it would help.")).toEqual(["Ray Ostrowski"]);
  expect(people("Not everyone agrees. Sekou, an organizer with Hollis Bend Copwatch who goes by one name, said no.")).toEqual(["Sekou"]);
  expect(people("Eusebio Tamez, one of the three voters who joined the suit, has voted there for 31 years.")).toEqual(["Eusebio Tamez"]);
  expect(quotes(extract("\"My husband was stopped,\" said Araceli Dominguez of Pruett, speaking in Spanish."))).toEqual([{ text: "My husband was stopped,", speaker: "Araceli Dominguez" }]);
});

test("round 22: bodies and places the new batches split or misread", () => {
  const named = (text: string) => extract(text).entities.map((e) => [e.type, e.name]);
  expect(named("The state Office of Criminal Justice Statistics reported a 9 percent drop.")).toEqual([["Organization", "Office of Criminal Justice Statistics"]]);
  expect(named("Department of Corrections Director Jane Fowler said it.")).toEqual([["Organization", "Department of Corrections"], ["Person", "Jane Fowler"]]);
  expect(named("It was in a presentation by Vice President for Finance Gerald Whitcombe.").filter(([type]) => type === "Person")).toEqual([["Person", "Gerald Whitcombe"]]);
  expect(named("Oregon Families for Schools, a parent advocacy group, said it was pleased.")).toEqual([["Organization", "Oregon Families for Schools"]]);
  expect(named("He pointed to Wexford Lake, a neighboring city.")).toEqual([["Jurisdiction", "Wexford Lake"]]);
  expect(named("Tom Quill has voted at Lamar Elementary School for years.")).toEqual([["Person", "Tom Quill"], ["Organization", "Lamar Elementary School"]]);
});

test("round 22: a suit's caption names its plaintiff ('The lawsuit, Tejano Voting Rights Fund v. Brazos Bend County,' ¶ 'the complaint says')", () => {
  const x = extract(
    "A voting rights group and three voters sued Brazos Bend County on Monday.\n\nThe lawsuit, Tejano Voting Rights Fund v. Brazos Bend County, was filed in McAllen.\n\n" +
      "\"The county looked at a map and took their polling places away,\" the complaint says.\n\nAccording to the complaint, nine of the 14 sites are in precincts with more Latino voters.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Tejano Voting Rights Fund"]);
  expect(x.claims.map((c) => [c.value, c.source === undefined ? null : x.entities[c.source].name]).slice(-2)).toEqual([[9, "Tejano Voting Rights Fund"], [14, "Tejano Voting Rights Fund"]]);
});

test("round 22: 'X tells WGXN' and 'X testified that' credit X; 'testified in favor' does not; 'Court records show' credits the records", () => {
  expect(credits("Only 19 percent of voters cast ballots, county elections director Frances Tidwell tells WGXN.")).toEqual([[19, "Frances Tidwell"]]);
  expect(credits("The company's chief financial officer, Dwight Embry, testified that its rating could be cut below 10 percent.")).toEqual([[10, "Dwight Embry"]]);
  expect(credits("Sheriff Ann Boyd was there. At least four sheriffs testified in favor of the bill.")).toEqual([[4, null]]);
  expect(credits("The jail was busy.\n\nCourt records show the jail held 1,126 people on detainers.")).toEqual([[1126, "Court records"]]);
});

test("round 22: 'New Mexico Educators United, the union that organized the rally,' is a body, and 'The union's president, Tobin Gallegos, spoke' ¶ 'he said' is Gallegos, whose first name tells no gender", () => {
  const x = extract(
    "Sen. Ernest Vialpando said the state can't count on oil.\n\n\"We have been here before,\" Vialpando said.\n\n" +
      "New Mexico Educators United, the union that organized the rally, called the plan a broken promise.\n\n" +
      "The union's president, Tobin Gallegos, spoke from the steps on the east side of the building.\n\n\"They tell us the money might not be there,\" he said.",
  );
  expect(x.entities.find((e) => e.name === "New Mexico Educators United")?.type).toBe("Organization");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Ernest Vialpando", "Tobin Gallegos"]);
});

test("round 22: 'Sen. Curtis Vandermeer, R-Osage Bend, the bill's sponsor' is 'the sponsor' later, past the party tag", () => {
  const x = extract(
    "\"This isn't about immigrants,\" said Sen. Curtis Vandermeer, R-Osage Bend, the bill's sponsor.\n\nGov. Howard Lindqvist, a Republican, has said he supports the idea.\n\n" +
      "The sponsor said he was open to changes in the House.\n\n\"If we start paying counties, we'll be paying them for everything,\" he said.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Curtis Vandermeer", "Curtis Vandermeer"]);
});

test("round 22: 'the Undergraduate Student Government' is a body and speaks; 'the note says' is the fiscal note's maker", () => {
  const a = extract("In a statement Friday, the Undergraduate Student Government said the trustees had \"once again balanced the budget on the backs of students.\"");
  expect(quotes(a).map((q) => q.speaker)).toEqual(["Undergraduate Student Government"]);
  expect(extract("Government officials said nothing.").entities).toEqual([]);
  const b = extract(
    "The cut would cost about $288 million a year, according to a fiscal note released Monday by the Joint Legislative Budget Office.\n\n\"This estimate does not attempt to account for changes in spending,\" the note says.",
  );
  expect(quotes(b).map((q) => q.speaker)).toEqual(["Joint Legislative Budget Office"]);
});

test("round 22: 'X agreed …, according to its written response' ¶ 'the response said' speaks for X, not for the audit's maker", () => {
  const x = extract(
    "The audit, by the Office of the State Auditor, found big losses.\n\n" +
      "The Colorado Department of Labor and Employment agreed with 10 of the audit’s 11 recommendations, according to its written response, which is printed in the report.\n\n" +
      "“The department recognizes that overpayments of this size are unacceptable,” the response said.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Colorado Department of Labor and Employment"]);
});

test("round 22: 'He put the real cost closer to $210 million', and 'X, working from permits, puts the city at 101,800' credit their subjects", () => {
  expect(credits("Curtis Vance runs the grocers group. He put the real cost closer to $210 million a year.")).toEqual([[210000000, "Curtis Vance"]]);
  expect(credits("The Halvorsen Planning and Development Department, working from building permits and new utility hookups, puts the city at 101,800 residents.")).toEqual([[101800, "Halvorsen Planning and Development Department"]]);
});

test("round 22: two makers in one sentence, each with an appositive ('X, a think tank …, put the loss at $305 million, while Y, which supports it, estimated $240 million')", () => {
  expect(credits("The Magnolia Center for Fiscal Policy, a Jackson think tank that opposes the bill, put the annual loss at $305 million, while the Mississippi Retail Grocers Association, which supports it, estimated $240 million.")).toEqual([
    [305000000, "Magnolia Center for Fiscal Policy"],
    [240000000, "Mississippi Retail Grocers Association"],
  ]);
  expect(credits("The state Office of Criminal Justice Statistics reported a 9 percent drop, while the Gun Violence Tracking Project, a volunteer group that logs shootings from scanner traffic and hospital reports, counted 131 victims.")).toEqual([
    [9, "Office of Criminal Justice Statistics"],
    [131, "Gun Violence Tracking Project"],
  ]);
});

test("round 22: 'a quarterly report from Bexley Apartment Data' names a body, not a place; a byline after an en dash names the outlet", () => {
  expect(credits("Developers have 9,412 apartment units under construction, according to a quarterly report from Bexley Apartment Data.")).toEqual([[9412, "Bexley Apartment Data"]]);
  expect(credits("Rents rose, by Harbor County figures. Most came from Ashton Falls.")).toEqual([]);
  const x = extract("Rents climb again\n\nBy Desmond Kaye – Staff Reporter, Rivermont Business Journal\n\nRivermont Business Journal counted 412 vacant units.");
  expect(x.claims.map((c) => [c.value, c.source])).toEqual([[412, undefined]]);
});

test("round 22: a dateline does not hide the sentence's subject ('LAKEMONT, Mich. — Lakemont Public Schools counted 18,240'), and 'Health officials' name no body", () => {
  expect(credits("LAKEMONT, Mich. — Lakemont Public Schools counted 18,240 students on count day.")).toEqual([[18240, "Lakemont Public Schools"]]);
  expect(credits("KESSEL COUNTY, Wash. (KNWT) — Health officials confirmed four more measles cases Monday.")).toEqual([[4, null]]);
});

test("round 22: 'Those are among the findings of a 38-page report released Tuesday. It found …' ¶ 'The review was carried out by X': X's", () => {
  const x = credits(
    "The district wrote off $1.9 million in bills.\n\nThose are among the findings of a 38-page report released Tuesday. It found that the district sent just 41 percent of its accounts to collections.\n\n" +
      "The review was carried out by the Missouri State Auditor's Office at the request of the county.",
  );
  expect(x.find(([v]) => v === 41)).toEqual([41, "Missouri State Auditor's Office"]);
});

test("round 22: an outlet named with a hyphen ('Courier-Times', 'Herald-Dispatch') is an outlet, and its own analysis credits no one", () => {
  const x = extract("Shootings hold steady\n\nBy Keisha Bramwell | Courier-Times\n\nBut a Courier-Times analysis of the department's incident data shows that four neighborhoods accounted for 61 percent of shootings.");
  expect(x.entities.filter((e) => e.kind === "NEWS_OUTLET").map((e) => e.name)).toEqual(["Courier-Times"]);
  expect(x.claims.map((c) => [c.value, c.source])).toEqual([[4, undefined], [61, undefined]]);
});

test("round 22: 'State Sen. Arlo Dunbar, R-Somerset, who chairs the Senate Health and Welfare Committee, said …' credits Dunbar, not the committee", () => {
  expect(credits("Kentucky has 41 offices.\n\nState Sen. Arlo Dunbar, R-Somerset, who chairs the Senate Health and Welfare Committee, said the budget lawmakers passed in April included $38 million over two years.")).toEqual([
    [41, null],
    [38000000, "Arlo Dunbar"],
    [2, "Arlo Dunbar"],
  ]);
});

test("round 22: 'the Pettigrew County Ambulance District' is a body, and 'The district … said' is it", () => {
  const x = extract("The Pettigrew County Ambulance District wrote off bills.\n\nThe district, in a written response, said it agreed with five of the audit's six recommendations.");
  expect(x.entities.map((e) => [e.type, e.name])).toEqual([["Organization", "Pettigrew County Ambulance District"]]);
  expect(x.claims.map((c) => c.source === undefined ? null : x.entities[c.source].name)).toEqual(["Pettigrew County Ambulance District", "Pettigrew County Ambulance District"]);
});

test("round 22: a document's 'of' stops at its verb ('The poll also found that 49 percent approve of the job the Board of Supervisors is doing' is the poll's)", () => {
  const x = credits(
    "The tax has the support of 58 percent of likely voters, according to a poll released Wednesday by the Lockridge University Institute for Civic Research.\n\n" +
      "The poll also found that 49 percent of likely voters approve of the job the county Board of Supervisors is doing.",
  );
  expect(x).toEqual([[58, "Lockridge University Institute for Civic Research"], [49, "Lockridge University Institute for Civic Research"]]);
});

test("round 22: 'Calumet Valley Regional Transit' is a body (its headline acronym too); 'Transit officials' name none", () => {
  const x = extract("CVRT ridership hits 81% of pre-pandemic level\n\nBuses run by Calumet Valley Regional Transit carried 3.1 million riders in October, the agency reported.");
  expect(x.entities.map((e) => [e.type, e.name])).toEqual([["Organization", "Calumet Valley Regional Transit"]]);
  expect(extract("Transit officials said nothing.").entities).toEqual([]);
});

test("round 22: a forecast is a document: 'A forecast presented Monday projects 15,900 students' ¶ 'The forecast was prepared by X' is X's", () => {
  const x = credits("Enrollment fell again.\n\nA forecast presented to the school board Monday night projects the decline will continue, to about 15,900 students by fall 2028.\n\nThe forecast was prepared by Northline Demographic Services, an Alder Bay firm.");
  expect(x).toEqual([[15900, "Northline Demographic Services"]]);
});

test("round 22: 'a letter signed by 264 parents.' names no maker past its sentence, and 'It warned' after 'The letter called …' is the letter's issuer", () => {
  const x = extract(
    "The board will vote on closing Rowe Elementary and Linden Street Elementary.\n\n" +
      "The Rowe Elementary PTO sent board members a letter last week signed by 264 parents. The letter called Rowe \"the heart of the north end.\" It warned that closing the school \"will hollow out a neighborhood.\"",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Rowe Elementary PTO", "Rowe Elementary PTO"]);
});

test("round 22: 'City data show officers responded to 11,400 calls' is the data's figure, not officers' words", () => {
  const x = extract("Calls went up.\n\nCity data show officers responded to about 11,400 calls involving a mental health crisis last year.");
  expect(x.statements).toEqual([]);
  expect(credits("Calls went up.\n\nCity data show officers responded to about 11,400 calls involving a mental health crisis last year.")).toEqual([[11400, "City data"]]);
});

test("round 22: 'said Fire Marshal Raymond Tull' is a title and a name; 'Siblings Maya Rosen, … and Eli Rosen' names two people, not 'Siblings Maya Rosen'", () => {
  expect(extract("At a news conference Monday, Deputy Fire Marshal Raymond Tull said investigators found working alarms in four units.").entities.map((e) => e.name)).toEqual(["Raymond Tull"]);
  expect(extract("The charges were dropped.\n\nSiblings Maya Rosen, a senior, and Eli Rosen, a sophomore, were among them.").entities.map((e) => e.name)).toEqual(["Maya Rosen", "Eli Rosen"]);
});

test("round 22: a body whose name lists its charges ('Nevada Department of Employment, Training and Rehabilitation') is one name, and credits what it reported", () => {
  const x = extract("The Nevada Department of Employment, Training and Rehabilitation reported 76,418 initial claims last week.");
  expect(x.entities.map((e) => e.name)).toEqual(["Nevada Department of Employment, Training and Rehabilitation"]);
  expect(credits("The Nevada Department of Employment, Training and Rehabilitation reported 76,418 initial claims last week.")).toEqual([[76418, "Nevada Department of Employment, Training and Rehabilitation"]]);
});

test("round 22: 'It has added 250 workers to answer them, she said, with 200 more to come.' is hers, not the body 'it' might name", () => {
  const x = credits(
    "Nationwide, 4.3 million people filed claims, the U.S. Labor Department said.\n\nDepartment director Elaine Castellanos said the call centers were swamped. It has added 250 workers to answer them, she said, with 200 more to come.",
  );
  expect(x.slice(1)).toEqual([[250, "Elaine Castellanos"], [200, "Elaine Castellanos"]]);
});

test("round 22: courts by ordinal and by 'the court'; a university's center named after it", () => {
  expect(credits("The 8th District Court of Appeals ruled against the city. Fewer than 2 percent of drivers asked for a hearing, the court noted.")).toEqual([[2, "8th District Court of Appeals"]]);
  expect(credits("The Marston Heights City Council approved the cameras. A judge ruled against the city. Fewer than 2 percent of drivers asked for a hearing, the court noted.")).toEqual([[2, null]]);
  expect(credits("Researchers at Kansas Plains University’s Midwest Agricultural Safety Center counted 42 entrapments.")).toEqual([[42, "Midwest Agricultural Safety Center"]]);
});

test("round 22: a bare quote, then 'That was Yancey's argument to fellow commissioners': Yancey's", () => {
  const x = extract("Commissioner Dwight Yancey voted for the jail.\n\n\"Nobody wants to spend $28 million.\"\n\nThat was Yancey's argument to fellow commissioners before the vote.");
  expect(quotes(x)).toEqual([{ text: "Nobody wants to spend $28 million.", speaker: "Dwight Yancey" }]);
});

test("round 22: a TV story's bare quote, then 'Councilmember Ana Lucero says …': hers when no one else was speaking", () => {
  const x = extract("The money will pay for 14 mental health workers.\n\n“We are asking officers to be social workers.”\n\nCouncilmember Ana Lucero says she pushed for the change.");
  expect(quotes(x)).toEqual([{ text: "We are asking officers to be social workers.", speaker: "Ana Lucero" }]);
  const y = extract("\"It is a good plan,\" Mayor Tom Reyes said.\n\n\"We will see it through.\"\n\nCouncilmember Ana Lucero says she has doubts.");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Tom Reyes", "Tom Reyes"]);
});

test("round 22: in a cross-examination, a bare line put to the witness ('You got it back after …') goes back to the lawyer who asked", () => {
  const x = extract(
    "Defense attorney Gregory Pallister pressed Teresa Villanueva on why she waited.\n\n\"You deleted that text, didn't you?\" Pallister asked.\n\n" +
      "\"I deleted it, and then I got scared and I got it back,\" she said.\n\n\"You got it back after a detective told you that you could be charged yourself.\"\n\n\"He said that, yes.\"",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Gregory Pallister", "Teresa Villanueva", "Gregory Pallister", "Teresa Villanueva"]);
});

test("round 22: 'the detective acknowledged that nothing tying Sokol to the gun was found' ¶ '…,' he said': the detective, not Sokol", () => {
  const x = extract(
    "\"I did nothing,\" Dmitri Sokol told police in 2019.\n\nEarlier, jurors heard from Detective Sgt. Alan Ruhl. Ruhl said cellphone records put Sokol's phone near the apartments.\n\n" +
      "On cross-examination, the detective acknowledged that no fingerprints tying Sokol to the gun were recovered.\n\n\"We didn't get anything usable off that weapon,\" he said.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Dmitri Sokol", "Alan Ruhl"]);
});

test("round 22: one credited 'according to his wife, Yolanda Cienfuegos' speaks, so a 'she said' after is hers", () => {
  const x = extract(
    "“Either way they lose,” said Dana Ilunga, the alliance’s staff attorney.\n\n" +
      "Rafael Cienfuegos was detained in a hallway of the courthouse in March, according to his wife, Yolanda Cienfuegos.\n\n“They just took his arm,” she said.",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Dana Ilunga", "Yolanda Cienfuegos"]);
});

test("round 22: 'X said 1,240 ballots were rejected. Of those, 147 arrived late.' — a part of what X counted is X's too", () => {
  const x = credits("Elections director Janet Sorensen said the county rejected 1,240 mail ballots. Of those, 147 ballots arrived late.\n\nThe county has 14 polling places.");
  expect(x).toEqual([[1240, "Janet Sorensen"], [147, "Janet Sorensen"], [14, null]]);
});

test("round 22: a lede's figures credited after it: 'The monthly figures were released Wednesday by X', 'The findings come from a study by X' two sentences on, 'The count comes from …', 'The report, released Thursday by X, shows …'", () => {
  expect(credits("LINCOLN, Neb. — Nebraska took in $341.6 million in March.\n\nThe monthly figures were released Wednesday by the Nebraska Department of Revenue.")).toEqual([[341600000, "Nebraska Department of Revenue"]]);
  expect(credits("Nine rural hospitals have closed their maternity units.\n\nIn those counties, late prenatal care rose to 27 percent.\n\nThe findings come from a study released Monday by the Center for Rural Health Policy.")).toEqual([
    [9, "Center for Rural Health Policy"],
    [27, "Center for Rural Health Policy"],
  ]);
  expect(credits("Pending cases climbed to 61,400.\n\nThe count comes from the annual caseload report compiled by the state Office of Court Administration.")).toEqual([[61400, "Office of Court Administration"]]);
  expect(credits("Food aid has fallen 14 percent.\n\nThe monthly caseload report, released Thursday by the Montana Department of Public Health and Human Services, shows 96,410 people got benefits.")).toEqual([
    [14, "Montana Department of Public Health and Human Services"],
    [96410, "Montana Department of Public Health and Human Services"],
  ]);
});

test("round 22: a headline's single-quoted words are the speaker's whom the story quotes saying them, apostrophes inside included", () => {
  const x = extract(
    "Residents press state on PFAS in wells: 'Who is paying for my kids' blood tests?'\n\n" +
      "“Who is paying for my kids' blood tests?” asked Marla Kowalski, a mother of three.\n\nThe township posted that the water 'meets standards' on Friday.",
  );
  expect(quotes(x)).toEqual([
    { text: "Who is paying for my kids' blood tests?", speaker: "Marla Kowalski" },
    { text: "Who is paying for my kids' blood tests?", speaker: "Marla Kowalski" },
  ]);
  expect(quotes(extract("'We will not go back': teachers strike\n\nTeachers walked out Monday."))).toEqual([]);
});

test("round 22: a place named with a first name and a place's last word ('whether Harlan Creek can require permits') is a place, unless the text has it speak or describes a person", () => {
  const named = (text: string) => extract(text).entities.map((e) => [e.type, e.name]);
  expect(named("The question is whether Harlan Creek can require permits.")).toEqual([["Jurisdiction", "Harlan Creek"]]);
  expect(named("She grows hazelnuts near Harlan Station and Laurel Fork.")).toEqual([["Jurisdiction", "Harlan Station"], ["Jurisdiction", "Laurel Fork"]]);
  expect(named("\"We will fight,\" said Tom Ridge, a farmer.")).toEqual([["Person", "Tom Ridge"]]);
  expect(named("The council met. Marion Falls said in a statement that she would run. Voters will decide whether Marion Falls wins.")).toEqual([["Person", "Marion Falls"]]);
});

test("round 22: 'X, the county's agent with University of Wisconsin-Extension, estimates' is X's; '… Project at the University of Wisconsin-Madison' is one name", () => {
  expect(credits("Julie Rademacher, the county's agriculture agent with University of Wisconsin-Extension, estimates that a typical herd of 90 cows needs $17.")).toEqual([
    [90, "Julie Rademacher"],
    [17, "Julie Rademacher"],
  ]);
  expect(extract("The report by the Badger Dairy Economics Project at the University of Wisconsin-Madison counted 412 herds.").entities.map((e) => e.name)).toEqual(["Badger Dairy Economics Project at the University of Wisconsin-Madison"]);
});

test("round 22: a quote after a dateline opens its sentence, and the person the next paragraph opens with said it", () => {
  const x = extract("No hot water\n\nMARLOWE, Ky. (WDKN) - \"I'm boiling pots on the stove so my kids can take a bath.\"\n\nKeisha Lamont says that has been her routine for nine days.");
  expect(quotes(x)).toEqual([{ text: "I'm boiling pots on the stove so my kids can take a bath.", speaker: "Keisha Lamont" }]);
});

test("round 22: 'said Teodoro, a pear picker who asked that only his first name be used' names Teodoro", () => {
  expect(quotes(extract("\"They took out a bed,\" said Teodoro, a pear picker from Guerrero who asked that only his first name be used."))).toEqual([{ text: "They took out a bed,", speaker: "Teodoro" }]);
});

test("round 22: first names the general lexicon lacks ('organized by senior Maya Brandt', 'Ray', 'Teodoro'), and a place's 'San' before a saint's name", () => {
  expect(extract("The walkout was organized by senior Maya Brandt and her twin brother.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "Maya Brandt"]]);
  expect(extract("The plan came from Ray Gallegos, who leads the union.").entities.map((e) => e.gender)).toEqual(["m"]);
  expect(extract("The San Teodoro Independent School District said 400 requests came in.").entities.map((e) => e.name)).toEqual(["San Teodoro Independent School District"]);
});

test("round 22: 'his wife, Tammy,' then 'Tammy Crisp said' is one person; short names of schools, a State's Attorney's office words, and apartment complexes name no person", () => {
  const named = (text: string) => extract(text).entities.map((e) => [e.type, e.name]);
  expect(named("Parent Wade Crisp spoke first.\n\nCrisp and his wife, Tammy, have three children.\n\n\"I will homeschool them,\" Tammy Crisp said.")).toEqual([["Person", "Wade Crisp"], ["Person", "Tammy Crisp"]]);
  expect(named("\"Nobody called her,\" said Kaskaskia County State's Attorney Ruth Dombrowski.")).toEqual([["Person", "Ruth Dombrowski"]]);
  expect(named("That's Riley Ames, a senior at Tolliver County High. Bramwell State raised tuition. She lives at the Briar Glen Apartments.")).toEqual([
    ["Person", "Riley Ames"],
    ["Organization", "Tolliver County High"],
    ["Organization", "Bramwell State"],
  ]);
});

test("round 22: once an exchange has turned, a long bare answer to a bare question goes back to the one who answered before", () => {
  const x = extract(
    "Student regent Marcus Oyelowo-Dean pressed Vice President for Finance Rhonda Kessel on the reserves.\n\n\"How much is in the reserve account right now?\" Oyelowo-Dean asked.\n\n" +
      "\"About $41 million, as of June 30,\" Kessel said.\n\n\"And we're raising tuition to cover $2.1 million?\"\n\n" +
      "\"We're raising tuition to cover a budget that's $6.3 million short. Reserves are for emergencies. A cost that goes up every single year is not an emergency.\"",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Marcus Oyelowo-Dean", "Rhonda Kessel", "Marcus Oyelowo-Dean", "Rhonda Kessel"]);
});

test("round 22: 'A residents' group, Save Millstone Road, gave the board a letter' ¶ 'the letter said' is the group's", () => {
  const x = extract("A residents' group, Save Millstone Road, gave the board a letter it said was signed by 1,140 residents.\n\n\"A warehouse of this size belongs on a highway,\" the letter said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Save Millstone Road"]);
});

test("round 22: records an outlet obtained are credited as themselves; 'put the vacancy rate among officers statewide at 17 percent'; 'according to her report'", () => {
  expect(credits("Assaults rose. Jail records obtained by the Herald-Dispatch show assaults on officers climbed to 23 last year.")).toEqual([[23, "Jail records"]]);
  expect(credits("The Kansas Department of Corrections put the vacancy rate among corrections officers statewide at 17 percent.")).toEqual([[17, "Kansas Department of Corrections"]]);
  expect(credits("Planner Joanne Whitcomb reviewed the plans. The building would stand 52 feet tall, according to her report.")).toEqual([[52, "Joanne Whitcomb"]]);
});

test("round 22: a numbered chapter's number is part of its name ('Fraternal Order of Police Lodge 19', 'Teamsters Local 320')", () => {
  expect(extract("The union, Fraternal Order of Police Lodge 19, said it would appeal. Teamsters Local 320 agreed.").entities.map((e) => e.name)).toEqual(["Fraternal Order of Police Lodge 19", "Teamsters Local 320"]);
  expect(extract("Fraternal Order of Police Lodge 19 said it would appeal.").entities.map((e) => [e.type, e.name])).toEqual([["Organization", "Fraternal Order of Police Lodge 19"]]);
});

test("round 23: names after a sentence's 'The': a known body, a local office, an outlet that also goes by its name without 'The'", () => {
  const named = (text: string) => extract(text).entities.map((e) => [e.name, ...e.aliases]);
  expect(named("The Centers for Disease Control and Prevention estimates the vaccine is 36 percent effective.")[0][0]).toBe("Centers for Disease Control and Prevention");
  expect(named("The district attorney’s office is seeing the same thing.").map((names) => names[0])).toEqual(["District attorney’s office"]);
  expect(named("The Tri-County Register reported the grievances in March.")).toEqual([["The Tri-County Register", "Tri-County Register"]]);
});

test("round 23: bodies named with 'for', 'Continuum of Care', 'Clerk of Courts'; 'Clerk of Superior Court' and 'Register of Deeds' are titles", () => {
  const named = (text: string) => extract(text).entities.map((e) => [e.type, e.name]);
  expect(named("The report, by the State Coordinating Board for Higher Education, found that funding fell 23 percent.")).toEqual([["Organization", "State Coordinating Board for Higher Education"]]);
  expect(named("The Lindell County Continuum of Care, a coalition of shelters, released the numbers.")).toEqual([["Organization", "Lindell County Continuum of Care"]]);
  expect(credits("The judges had 2,260 cases pending in June, according to the Brackett County Clerk of Courts.")).toEqual([[2260, "Brackett County Clerk of Courts"]]);
  expect(named("Clerk of Superior Court Bernadette Olafsen said civil cases rose. Register of Deeds Tom Arkin agreed.")).toEqual([["Person", "Bernadette Olafsen"], ["Person", "Tom Arkin"]]);
});

test("round 23: a Spanish name's first surname stands for the whole name ('Lourdes Amaya Pineda' … 'Amaya said')", () => {
  const x = extract("Lourdes Amaya Pineda stayed in the church on Monday.\n\nAmaya, 38, has lived in Harlan Springs for 14 years.\n\n\"I am not hiding,\" Amaya said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Lourdes Amaya Pineda"]);
  expect(x.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Lourdes Amaya Pineda"]);
});

test("round 23: 'the Health Department figures' after 'the Oklahoma State Department of Health' are that department's", () => {
  expect(credits("At least 58 people died, according to data from the Oklahoma State Department of Health.\n\nNearly 40 of the deaths happened in small jails, according to the Health Department figures.")).toEqual([
    [58, "Oklahoma State Department of Health"],
    [40, "Oklahoma State Department of Health"],
  ]);
});

test("round 23: a bare quote over paragraphs, then 'So said X' or 'The woman who said it was X of Y'", () => {
  const said = extract("The hearing ran long.\n\n\"We've had officers sleep in their cars. That's where we are.\"\n\nSo said Darnell Witcher, executive director of the officers' association.");
  expect(quotes(said).map((q) => q.speaker)).toEqual(["Darnell Witcher"]);
  const woman = extract("Several people had lost family members.\n\n\"My daughter was in that jail three times.\n\n\"She died 11 days after the last time.\"\n\nThe woman who said it was Tammy Rowe of Bent Creek. Rowe asked the board to act.");
  expect(quotes(woman).map((q) => q.speaker)).toEqual(["Tammy Rowe"]);
});

test("round 23: a title's last word is a whole word ('Register of Deeds' makes no title of every word), so 'analyzed by the Red Clay Report' names no person as maker", () => {
  const x = extract("Father detained at check-in\n\nBy Noor Haddad, The Red Clay Report\n\nErnesto reported to the Immigration and Customs Enforcement office.\n\nICE arrested about 1,150 people in Georgia, according to agency data analyzed by the Red Clay Report.");
  expect(x.claims.map((c) => [c.value, c.source === undefined ? null : x.entities[c.source].name])).toEqual([[1150, "Immigration and Customs Enforcement"]]);
});

test("round 23: a company named for its trade ('Bluegrass Valley Power'), and called by its first words ('St. Brendan said') after its full name", () => {
  expect(extract("The plant's owner, Bluegrass Valley Power, shut down its last unit in May.").entities.map((e) => [e.type, e.name])).toEqual([["Organization", "Bluegrass Valley Power"]]);
  const x = extract("Nurses at St. Brendan Medical Center voted to strike.\n\nIn a statement, St. Brendan said its offer \"is fair, competitive and responsible.\"");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["St. Brendan Medical Center"]);
});

test("round 23: 'the Missouri Attorney General's annual vehicle stops report' is the office's, and 'The report … counted' goes on with it", () => {
  expect(credits("Black drivers were stopped at 1.9 times the rate, according to the Missouri Attorney General's annual vehicle stops report, released this week.\n\nThe report, compiled each year from data every agency must submit, counted 14,212 traffic stops.")).toEqual([
    [1.9, "Missouri Attorney General"],
    [14212, "Missouri Attorney General"],
  ]);
});

test("round 23: 'a report the sheriff's office gave commissioners' is the office the text names in full later", () => {
  expect(credits("Deputies flagged 612 people last year, according to a report the sheriff's office gave county commissioners Monday.\n\nThe Halvern County Sheriff's Office has taken part since 2008.")).toEqual([[612, "Halvern County Sheriff's Office"]]);
});

test("round 23: 'In a letter delivered Monday, Okonkwo-Reyes and 10 other pastors asked ICE to …' ¶ 'the letter said' is the pastor's", () => {
  const x = extract("Pastor Daniel Okonkwo-Reyes leads the church. ICE spokesman Marcus Leal said in an email that she had her day in court.\n\nIn a letter delivered to the field office on Monday, Okonkwo-Reyes and 10 other pastors from Harlan Springs and nearby towns asked ICE to renew her order of supervision.\n\n\"She has shown up every single time she was called,\" the letter said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Daniel Okonkwo-Reyes"]);
});

test("round 23: 'according to Capitol police', 'the Beckett County Auditor's annual report', 'a tally kept by Cascade Immigrant Legal Aid'", () => {
  expect(credits("About 150 people attended, according to Capitol police.")).toEqual([[150, "Capitol police"]]);
  expect(credits("The office spent $1.9 million on overtime, according to the Beckett County Auditor’s annual report.")).toEqual([[1900000, "Beckett County Auditor"]]);
  expect(credits("At least 11 people were arrested, according to a tally kept by Cascade Immigrant Legal Aid.")).toEqual([[11, "Cascade Immigrant Legal Aid"]]);
  expect(extract("Capitol police officers stood by.").entities).toEqual([]);
});

test("round 23: an answer to a question put to the one who spoke before the asker, a paragraph between them", () => {
  const x = extract(
    "Superintendent Lorraine Fitch wrote to families on Friday.\n\n\"We cannot keep paying for empty classrooms,\" she wrote.\n\n" +
      "Board member Carol Haines, who voted against the closing, pressed Fitch on the bus rides.\n\n" +
      "\"For a kindergartner out on County Road 9, what's the ride going to be?\" Haines asked.\n\n\"About 40 minutes, each way.\"",
  );
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Lorraine Fitch", "Carol Haines", "Lorraine Fitch"]);
});

test("round 23: 'the junior said' after 'Aaliyah Brooks, a junior at …'; first names the lexicon lacks ('Jordan', 'Wade')", () => {
  const x = extract("Aaliyah Brooks, a junior at Harlan Valley High School, read a letter.\n\n\"Maple Street is where I learned to read,\" the junior said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Aaliyah Brooks"]);
  expect(extract("Her twin brother, Jordan Tillery, does not go.").entities.map((e) => e.name)).toEqual(["Jordan Tillery"]);
  expect(extract("Sheriff Wade Pruett declined to comment.").entities.map((e) => [e.name, e.gender])).toEqual([["Wade Pruett", "m"]]);
});

test("round 23: 'its audited financial statements', 'board minutes', 'district enrollment figures', 'commission staff'; figures 'released this month by' a body are the body's", () => {
  expect(credits("Pell County Memorial Hospital is small. It had about 19 days of cash on hand in June, according to its audited financial statements.")).toEqual([[19, "Pell County Memorial Hospital"]]);
  expect(credits("The district cut 11 bus routes in 2021, according to board minutes.")).toEqual([[11, "board minutes"]]);
  expect(credits("Maple Street has 118 students, according to district enrollment figures.")).toEqual([[118, "district enrollment figures"]]);
  expect(credits("The increase works out to about $6.40 a month, according to commission staff.")).toEqual([[6.4, "Commission staff"]]);
  expect(credits("The count fell 22 percent, according to census-day figures released last week by the Office of Institutional Research.")).toEqual([[22, "Office of Institutional Research"]]);
});

test("round 23: a part of what the sentence before credited goes on with its credit ('About $600,000 of that', 'In 61 percent of them', 'The other three')", () => {
  expect(credits("The plan will cost $1.9 million in its first year, Finance Director Teresa Huang said. About $600,000 of that is a one-time cost.")).toEqual([
    [1.9e6, "Teresa Huang"],
    [600000, "Teresa Huang"],
  ]);
  expect(credits("Officers made 412 stops last year, according to the Harwood Police Review Board. In 61 percent of them, the person stopped was Black.")).toEqual([
    [412, "Harwood Police Review Board"],
    [61, "Harwood Police Review Board"],
  ]);
  expect(credits("Officers made 412 stops last year, according to the Harwood Police Review Board.\n\nIn 61 percent of them, the person stopped was Black.")).toEqual([
    [412, "Harwood Police Review Board"],
    [61, null],
  ]);
});

test("round 23: a person known by a first name alone has that name's gender, so 'she said' after 'Yaretzi, a senior, spoke' is hers; common first names the lexicon lacks", () => {
  const x = extract("Dolores Ambrose leads the office.\n\n\"We are not in that business,\" Ambrose said.\n\nAbout 150 people gathered. Yaretzi, a senior and the group's president, spoke from the steps.\n\n\"I am tired of being told to wait,\" she said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Dolores Ambrose", "Yaretzi"]);
  expect(extract("The letter came from Alma Reyes-Thurgood and Frank Dolan.").entities.map((e) => [e.type, e.name, e.gender])).toEqual([["Person", "Alma Reyes-Thurgood", "f"], ["Person", "Frank Dolan", "m"]]);
});

test("round 23: 'A Bluegrass Valley spokeswoman' speaks for 'Bluegrass Valley Power'; 'The attorney general's office notes' for the office the text named", () => {
  const company = extract("The plant's owner, Bluegrass Valley Power, shut it down in May.\n\nA Bluegrass Valley spokeswoman said the company \"made this decision with a heavy heart.\"");
  expect(quotes(company).map((q) => q.speaker)).toEqual(["Bluegrass Valley Power"]);
  const office = extract("Drivers were stopped at 1.9 times the rate, according to the Missouri Attorney General's annual vehicle stops report.\n\nThe attorney general's office notes in the report that the index \"does not, by itself, prove profiling.\"");
  expect(quotes(office).map((q) => q.speaker)).toEqual(["Missouri Attorney General"]);
});

test("round 23: 'a campus-wide email that President Lorraine Petrakis sent' ¶ 'the email said' is hers, unless a later statement was issued", () => {
  const x = extract("Hannah Greer argued for the students. She read aloud from a campus-wide email that President Lorraine Petrakis sent April 22.\n\n\"No student will face university discipline for peaceful expression,\" the email said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Lorraine Petrakis"]);
  const later = extract("Osei read from an email that Police Chief Arnold Petrakis sent council members.\n\nMayor Linda Feeney said in an emailed statement after the vote that she will sign it.\n\n\"The council heard the community tonight,\" the statement said.");
  expect(quotes(later).map((q) => q.speaker)).toEqual(["Linda Feeney"]);
});

test("round 23: 'president and CEO' names no body; 'according to the budget document' is the budget document", () => {
  expect(extract("\"It matters,\" said Graham Tolliver, Harrow Valley's president and CEO.").entities.map((e) => e.name)).not.toContain("CEO");
  expect(credits("Income tax collections make up 71 percent of the general fund, according to the budget document.")).toEqual([[71, "budget document"]]);
});

test("round 23: 'the university's housing website' after 'the Kessler Student Center at Harmon State University' is the university's", () => {
  expect(credits("Harmon State University opened the Kessler Student Center at Harmon State University in 2019.\n\nThe cheapest plan costs $2,480 a semester, according to the university's housing website.")).toEqual([[2480, "Harmon State University"]]);
});

test("round 23: the witness the paragraph before a question has speaking answers it; once lines take turns, one that picks up answers", () => {
  const witness = extract(
    "\"He asked for help,\" Marisol Behr told jurors.\n\nOne of the nurses, Kendra Holloway, testified last week. Under questioning by Behr, she said she did not call a doctor.\n\n" +
      "\"Did you call a doctor?\" Behr asked.\n\n\"I called the on-call provider.\"",
  );
  expect(quotes(witness).map((q) => q.speaker)).toEqual(["Marisol Behr", "Marisol Behr", "Kendra Holloway"]);
  const turns = extract(
    "Accountant Monica Draper testified for the state.\n\n\"You can't tell this jury that every check was a theft, can you?\" defense lawyer Diane Folwell asked.\n\n" +
      "\"I can tell them that 187 checks went to her.\"\n\n\"That's not my question.\"\n\n\"Then no. I can't tell them what she was thinking when she wrote them.\"",
  );
  expect(quotes(turns).map((q) => q.speaker)).toEqual(["Diane Folwell", "Monica Draper", "Diane Folwell", "Monica Draper"]);
  expect(extract("Hina Qureshi, executive director of Valley Refugee Alliance, said help lasted three months.").entities.map((e) => [e.type, e.name])).toEqual([
    ["Person", "Hina Qureshi"],
    ["Organization", "Valley Refugee Alliance"],
  ]);
});

test("round 23: 'his granddaughter, Maiv Xiong,' is a person whatever her first name; 'the Marshall Islands consul general' names a country, no person", () => {
  expect(extract("Nhia Lor Xiong, 84, spoke as his granddaughter, Maiv Xiong, translated from Hmong.").entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Nhia Lor Xiong", "Maiv Xiong"]);
  expect(extract("The Marshall Islands consul general, Benjamin Laijen, said the vote matters.").entities.map((e) => [e.type, e.name])).toEqual([
    ["Jurisdiction", "Marshall Islands"],
    ["Person", "Benjamin Laijen"],
  ]);
});

test("round 23: a report 'filed with the Securities and Exchange Commission' is not the commission's", () => {
  expect(credits("Sable Ridge Homes Inc. builds houses. It owned about 58,300 lots, according to its quarterly report filed with the Securities and Exchange Commission.")).toEqual([[58300, "Sable Ridge Homes Inc."]]);
});

test("round 23: 'according to annual rankings released by X' are X's; 'Brightline Residential' is the company 'the company' means", () => {
  expect(credits("Tolan County ranks 71st of 105 counties, according to annual rankings released March 20 by the Prairie Population Health Institute.")).toEqual([[105, "Prairie Population Health Institute"]]);
  const x = extract("Crews were called to the Maple Court Apartments.\n\nMaple Court is managed by Brightline Residential. In a Facebook post, the company said it was \"working closely with the fire department.\"");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Brightline Residential"]);
});

test("round 23: a title 'of' a department before a first name ('Secretary of Higher Education Leonard Ashby-Greer'); an office 'of' with no name after stays a body", () => {
  expect(extract("Secretary of Higher Education Leonard Ashby-Greer told the committee the credits matter.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "Leonard Ashby-Greer"]]);
  expect(extract("The Auditor of Public Accounts released the audit.").entities.map((e) => [e.type, e.name])).toEqual([["Organization", "Auditor of Public Accounts"]]);
});

test("round 23: 'The district went on to say:' introduces the district; 'she asked residents … and said the wells were \"…\"' is hers", () => {
  const district = extract("The Cedar Hollow School District cut 40 jobs.\n\nThe district went on to say:\n\n\"We will do everything we can to place affected staff in open positions.\"");
  expect(quotes(district).map((q) => q.speaker)).toEqual(["Cedar Hollow School District"]);
  const mayor = extract("In Marston, Mayor Teresa Quill went further. In a Facebook post Sunday, she asked residents not to water lawns between 10 a.m. and 6 p.m. and said the wells were \"running harder than they were ever designed to run.\"");
  expect(quotes(mayor).map((q) => q.speaker)).toEqual(["Teresa Quill"]);
});

test("round 23: the writer's own arithmetic ('that comes to …') goes on with no one's credit", () => {
  expect(credits("The county pays $130 a day per inmate, according to the Cerro Pardo County Budget Office. For the 167 long-stay inmates, that comes to nearly $8 million a year.")).toEqual([
    [130, "Cerro Pardo County Budget Office"],
    [167, null],
    [8e6, null],
  ]);
});

test("round 23: 'according to enrollment projections presented to the board' and 'a county estimate presented to commissioners' are credited as themselves", () => {
  expect(credits("The district expects 9,640 students in the fall, according to enrollment projections presented to the board in March.")).toEqual([[9640, "enrollment projections"]]);
  expect(credits("A temporary kennel would cost around $85,000, according to a county estimate presented to commissioners last year.")).toEqual([[85000, "county estimate"]]);
});

test("round 24: 'the Louisiana Legislative Auditor', with no one named after the title, is the office", () => {
  expect(credits("The board paid about $2.3 million, according to an audit by the Louisiana Legislative Auditor.")).toEqual([[2.3e6, "Louisiana Legislative Auditor"]]);
  expect(extract("Legislative Auditor Daryl Pomeroy said the board paid $2.3 million.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "Daryl Pomeroy"]]);
});

test("round 24: a 'Continuum of Care' is a body, HUD's 'Continuum of Care program' is not; 'the continuum's figures' are its", () => {
  expect(credits("The Lindell County Continuum of Care released the count Wednesday.\n\nAbout 58 percent spent the night outside, the continuum's figures show.")).toEqual([[58, "Lindell County Continuum of Care"]]);
  expect(credits("The county received $14.7 million through the U.S. Department of Housing and Urban Development's Continuum of Care program, HUD records show.")).toEqual([[14.7e6, "U.S. Department of Housing and Urban Development"]]);
});

test("round 24: 'the agency said Friday in its annual report' makes the report the agency's, so 'the report says' later is too", () => {
  expect(credits("U.S. Immigration and Customs Enforcement arrested 161,300 people, the agency said Friday in its annual enforcement report.\n\nDeportations rose more slowly. ICE carried out 248,900 removals, up 5 percent, the report says.")).toEqual([
    [161300, "Immigration and Customs Enforcement"],
    [248900, "Immigration and Customs Enforcement"],
    [5, "Immigration and Customs Enforcement"],
  ]);
  expect(credits("Brennard Health System lost $38.2 million in the half, the Ashgrove-based nonprofit reported in unaudited financial statements filed late Friday.\n\nThe loss compares with a gain a year earlier. Revenue rose 4.1 percent, according to the filing.")).toEqual([
    [38.2e6, "Brennard Health System"],
    [4.1, "Brennard Health System"],
  ]);
});

test("round 24: 'the Three Rivers Transit Authority' keeps its number word and holds no claim; 'Centers for Medicare & Medicaid Services' keeps 'Centers'", () => {
  expect(credits("Buses carried 8.7 million riders, according to figures the Three Rivers Transit Authority presented to its board.")).toEqual([[8.7e6, "Three Rivers Transit Authority"]]);
  expect(credits("The median wait was 252 minutes, according to the Centers for Medicare & Medicaid Services.")).toEqual([[252, "Centers for Medicare & Medicaid Services"]]);
});

test("round 24: a poll's results go on past a quotation from the poll's own director, not into background after it", () => {
  const text = "The survey found 47 percent of voters support the rule, according to the Rimrock University Center for Public Opinion.\n\n\"This is the most polarized question we asked,\" said Teo Banuelos, the center's director. \"There's almost no middle left.\"\n\nSixty-four percent said students should get licenses.";
  expect(credits(text)).toEqual([[47, "Rimrock University Center for Public Opinion"], [64, "Rimrock University Center for Public Opinion"]]);
  expect(credits(text.replace("Sixty-four percent said students should get licenses.", "Eighteen states offer the licenses."))).toEqual([[47, "Rimrock University Center for Public Opinion"], [18, null]]);
});

test("round 24: 'the Legislature's Office of Program Evaluation and Review' is the office", () => {
  expect(credits("The report, by the Legislature's Office of Program Evaluation and Review, said officers worked 22 hours of overtime a week.")).toEqual([[22, "Office of Program Evaluation and Review"]]);
});

test("round 24: 'the county argued' is the county the text named, when nothing else is said of it", () => {
  const x = extract("Ashgrove County held him for 19 days.\n\nIn its written response to the suit, the county argued that its jailers \"acted in good-faith reliance on a federal request.\"");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Ashgrove County"]);
  const y = extract("Marlowe County wants more detainees. The Ohio Detention Watch Network objects.\n\nThe county, the group wrote, would become \"dependent on a business it cannot control.\"");
  expect(quotes(y).map((q) => q.speaker)).not.toEqual(["Marlowe County"]);
});

test("round 24: 'the Law Offices of the Public Defender'; a body's 'inventory' is its document; 'the authority said' is the authority named", () => {
  expect(credits("As of March 1, 212 people had no attorney, according to a list the Law Offices of the Public Defender filed with the court.")).toEqual([[212, "Law Offices of the Public Defender"]]);
  expect(credits("The Lakeport Water Authority's latest inventory, filed with regulators in October, counts 31,240 lead service lines.")).toEqual([[31240, "Lakeport Water Authority"]]);
  expect(credits("The Lakeport Water Authority runs the pipes.\n\nThe city has received $38.5 million in grants so far, the authority said.")).toEqual([[38.5e6, "Lakeport Water Authority"]]);
});

test("round 24: a given name of two hyphenated syllables ('Ji-hoon Park') is a first name; 'Show-Me Wire' and 'Mayor-elect' are not; 'District Attorney General' is a title", () => {
  const x = extract("RIO VISTA, Texas — Ji-hoon Park was halfway through a shift when his phone buzzed.\n\n\"I was 7,\" Park said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Ji-hoon Park"]);
  expect(extract("The Show-Me Wire reported it first.").entities.filter((e) => e.type === "Person")).toEqual([]);
  expect(extract("Jenna Ruiz, a spokeswoman for District Attorney General Marcus Hale, said the office agrees.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "Jenna Ruiz"], ["Person", "Marcus Hale"]]);
});

test("round 24: 'the Republican said' is the person the text tied to that party last, else the person named last", () => {
  const x = extract("The bill passed 31-19, with one Republican joining the Democrats.\n\nThe lone Republican to vote no was Sen. Dwight Oberholtzer of Carvel. Sen. Ann Holm, a Democrat, praised him.\n\n\"I never once needed to know somebody's papers,\" the Republican said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Dwight Oberholtzer"]);
  const y = extract("Gov. Wade Halloran said Tuesday he will send troopers to the border.\n\n\"A good month is not a policy,\" the Republican said.");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Wade Halloran"]);
});

test("round 24: 'Judge-Executive Raymond Oakes'; 'Bill Ostrander, a former city finance director' is a person; a byline's second name", () => {
  expect(extract("Pell County Judge-Executive Raymond Oakes says the court approved a raise.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "Raymond Oakes"]]);
  expect(extract("Bill Ostrander, a former city finance director, said the ad is careful.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "Bill Ostrander"]]);
  expect(extract("Budget address fact check\n\nBy Greg Oduya and Tamsin Wells, Keystone Statehouse Radio\n\nThe governor spoke.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "Greg Oduya"], ["Person", "Tamsin Wells"], ["Organization", "Keystone Statehouse Radio"]]);
});

test("round 24: 'VANCE: “…”' opening a paragraph is the Vance the text named", () => {
  const x = extract("Gov. Patricia Vance gave her budget address Tuesday.\n\nVANCE: \"We closed the deficit without raising a single broad-based tax.\"\n\nTHE FACTS: The gap depends on who was counting.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Patricia Vance"]);
});

test("round 24: a letter read aloud is its writer's: 'a letter from Darnell's daughter, Kiara,', 'a letter his mother, Irma Stucky, wrote', 'a short note she had written'", () => {
  const kiara = extract("Darnell Whitby was killed in March.\n\nHis sister, Monique Whitby, then read a letter from Darnell’s daughter, Kiara, who sat next to her grandmother.\n\n“Dear Judge, my daddy was teaching me to ride my bike,” the letter said.");
  expect(quotes(kiara).map((q) => q.speaker)).toEqual(["Kiara"]);
  const irma = extract("Judge Ana Ruiz heard from victims.\n\nDennis Stucky read a letter his mother, Irma Stucky, wrote last fall.\n\n“Mr. Brandt sat at my kitchen table,” the letter said.");
  expect(quotes(irma).map((q) => q.speaker)).toEqual(["Irma Stucky"]);
  const carol = extract("Carol Vanderhoof did not speak during the service, but she asked the pastor to read a short note she had written.\n\n\"Thank you for loving him the way I did,\" the note said.");
  expect(quotes(carol).map((q) => q.speaker)).toEqual(["Carol Vanderhoof"]);
});

test("round 24: a kin noun in apposition tells a person's gender ('His mother, Shonda Lavergne,'), so 'she' is not the son", () => {
  const x = extract("Family remembers Keontae Lavergne\n\nHundreds packed the parking lot Tuesday night to remember Keontae Lavergne, the 17-year-old senior shot and killed Saturday.\n\nMany wore blue and gold. Keontae played cornerback for the team.\n\nHis mother, Shonda Lavergne, stood at the front of the crowd holding his graduation portrait. The pictures came in the mail on Monday, two days after he died.\n\n\"He was supposed to walk across that stage in May,\" she says.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Shonda Lavergne"]);
});

test("round 24: 'a Honduran woman' in apposition tells the gender of a name the lexicon lacks", () => {
  const x = extract("Naomi Feld, who directs the project, said the numbers are stark.\n\nMirna Colindres, a Honduran woman whose asylum claim was denied in March, is appealing.\n\n“The judge did not look at me once,” she said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Mirna Colindres"]);
});

test("round 24: 'Brisbane Millwork' is a company named for its trade, and 'the company' is never a school, a body of government or an outlet", () => {
  const x = extract("By Corinne Whitaker, Marlow Valley Sentinel\n\nFederal agents arrested 94 workers at Brisbane Millwork. Children at Ellery Elementary School were kept late.\n\nIn a statement, the company said it had \"cooperated fully with federal authorities\" since June.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Brisbane Millwork"]);
  const y = extract("By Corinne Whitaker, Marlow Valley Sentinel\n\nChildren at Ellery Elementary School were kept late.\n\nIn a statement, the company said it had \"cooperated fully with federal authorities\" since June.");
  expect(quotes(y).map((q) => q.speaker)).toEqual([undefined]);
});

test("round 24: a surname shared with relatives named in apposition means the person they are kin to", () => {
  const store = extract("Kimbrough Hardware will close, owner Neil Kimbrough announced this week.\n\nKimbrough, 63, runs the store. His grandfather, Walter Kimbrough, opened it, and his father, Gene Kimbrough, ran it for 30 years.\n\n\"I've gone back and forth on this for two years,\" Kimbrough said.");
  expect(quotes(store).map((q) => q.speaker)).toEqual(["Neil Kimbrough"]);
  const raid = extract("Efrain Tuyuc was one of the workers released Wednesday night. He wore a monitor on his ankle. His wife, Ana Tuyuc, who worked beside him, was not released.\n\n“They let me go because of the baby,” Tuyuc said.");
  expect(quotes(raid).map((q) => q.speaker)).toEqual(["Efrain Tuyuc"]);
  const elder = extract(readFileSync("test/fixtures/eval/dev/e07-daca-consulate-clinic-las-vegas.txt", "utf8"));
  expect(quotes(elder).map((q) => q.speaker).slice(0, 2)).toEqual(["Yareli Fuentes", "Graciela Fuentes"]);
});

test("round 24: a party is tied to the name it stands beside ('Rep. Curt Dominguez, R-Castle Rock, … asked Nwosu'); 'the Democrat' is never one tied to the other party", () => {
  const x = extract("\"Families deserve better,\" said the bill's sponsor, Rep. Adaeze Nwosu, D-Aurora.\n\nRep. Curt Dominguez, R-Castle Rock, a former deputy, asked Nwosu how many officers she expected the bill to affect.\n\n\"Why do we need a new bureaucracy?\" the Republican asked.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Adaeze Nwosu", "Curt Dominguez"]);
  const y = extract("Sen. Teresa Valdivia and her Republican challenger, former Sheriff Mark Haverford, debated Wednesday.\n\n\"The sheriff likes to talk about votes,\" the Democrat said.");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Teresa Valdivia"]);
});

test("round 24: 'the Republican governor said he agreed that … “…”' is the governor's", () => {
  const x = extract("Gov. Dale Merriwether vetoed the bill Friday.\n\nIn a veto message sent to the House, the Republican governor said he agreed that some borrowers were \"paying far too much for small loans\" but that the bill was the wrong fix.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Dale Merriwether"]);
});

test("round 24: a number inside a body's name ('Kentucky 911 Services Board'); 'results the department released' run on as a document's", () => {
  expect(credits("About 78 percent of calls were answered within 15 seconds, according to the Kentucky 911 Services Board.")).toEqual([[78, "Kentucky 911 Services Board"], [15, "Kentucky 911 Services Board"]]);
  expect(credits("Third-graders made gains in reading, according to results the Georgia Department of Education released Thursday.\n\nIn third grade, 41.2 percent of students scored proficient.")).toEqual([[41.2, "Georgia Department of Education"]]);
});

test("round 24: 'according to its human resources office' makes no body called 'Its human resources office'", () => {
  const x = extract("The district started the year with 31 teaching vacancies, according to its human resources office.");
  expect(x.entities.map((e) => e.name)).not.toContain("Its human resources office");
});

test("round 24: 'records the Courier-Ledger obtained' are the records, not the outlet's; 'data the alliance obtained' are the alliance's", () => {
  expect(credits("By Jonah Pettit, The Marlow Courier-Ledger\n\nOfficers were paid $6.2 million in overtime last year, according to payroll records the Courier-Ledger obtained through a public records request.")).toEqual([[6.2e6, "payroll records"]]);
  expect(credits("The Kansas Civil Rights Alliance sued. Kansas jails received about 1,150 detainer requests in 2018, according to data the alliance obtained through open records requests.")).toEqual([[1150, "Kansas Civil Rights Alliance"]]);
});

test("round 24: 'the coroner's office ruled 142 deaths accidental overdoses' is the office's count; a judge who ruled counts nothing", () => {
  expect(credits("Deaths fell, according to the Granby County Coroner's Office annual report.\n\nThe coroner's office ruled 142 deaths accidental overdoses in 2023.")).toEqual([[142, "Granby County Coroner's Office"]]);
  expect(credits("Judge Ann Cole heard the case. She ruled that the jail held him 71 hours too long.")).toEqual([[71, null]]);
});

test("round 24: 'his wife said' is the one named as his wife; 'the retired school bus driver says' is the person the text met last", () => {
  const wife = extract("LEXMORE, Neb. — For 19 years, Rigoberto Salinas Ochoa sat near the back of the church. This Sunday, his wife, Maribel Salinas, and their daughter, Daniela, sat there without him.\n\nSalinas Ochoa, 41, has been held since May 2.\n\n\"He went to buy milk,\" his wife said.");
  expect(quotes(wife).map((q) => q.speaker)).toEqual(["Maribel Salinas"]);
  const driver = extract("Yesenia Marroquín opened her oven for heat. She opened a window.\n\nDown the hall, Dorothy Pike keeps a thermometer on her table.\n\n\"I drove kids to school for 31 years in weather worse than this,\" the retired school bus driver says.");
  expect(quotes(driver).map((q) => q.speaker)).toEqual(["Dorothy Pike"]);
});

test("round 24: 'a statement from Villalobos' after 'Judge Annette Villalobos' is hers, no place; 'the agency' is the body an appositive calls one", () => {
  const x = extract("Presiding Circuit Judge Annette Villalobos declined an interview. A statement from Villalobos was read on KMVQ's newscast Wednesday.\n\n\"Judges in this circuit consider each defendant's ability to pay,\" the statement said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Annette Villalobos"]);
  const y = extract("The court has six judges, according to the Executive Office for Immigration Review, the Justice Department agency that runs the immigration courts. In a statement read on WEPR on Monday, the agency said it was adding staff.\n\n“EOIR has hired more immigration judges,” the statement said.");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Executive Office for Immigration Review"]);
});

test("round 24: a short bare question after an answer is the one who put the first question in paraphrase", () => {
  const x = extract("Sheriff Dwayne Kittle testified for the bill.\n\nRep. Harlan Voight, who chairs the committee, asked Kittle how many people were in his jail on misdemeanor bonds.\n\n\"I couldn't give you an exact number, Mr. Chairman,\" Kittle said.\n\n\"Roughly?\"\n\n\"On a given day, maybe 15 or 20 people.\"");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Dwayne Kittle", "Harlan Voight", "Dwayne Kittle"]);
});

test("round 24: a numbered chapter keeps its number after an 'Organization of …' name", () => {
  expect(credits("In a letter Tuesday, Kansas Organization of State Employees Local 350 said the prisons were short 310 officers.")).toEqual([[310, "Kansas Organization of State Employees Local 350"]]);
});

test("round 24: 'Carrizales says Bolling's coverage was restored.' ¶ '“…,” he says.' is Carrizales, not the possessor after his 'says'", () => {
  const x = extract("Luis Carrizales runs the clinic.\n\nOne of them was Terrence Bolling, 44, a line cook. Bolling says he found out he had lost coverage.\n\n\"I stood there and did the math,\" Bolling says.\n\nCarrizales says Bolling's coverage was restored after three weeks.\n\n\"He did everything right. He just never got the letter,\" he says.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Terrence Bolling", "Luis Carrizales"]);
});

test("round 24: a possessive in a person's own sentence tells the gender ('Nhia Lor Xiong … as his granddaughter translated'), not one after someone else the sentence brings in", () => {
  const x = extract("Ron Dettmann directs the center.\n\nPa Houa Vang said two Hmong speakers are not enough.\n\nNhia Lor Xiong, 84, spoke with the Journal at the center last week as his granddaughter, Maiv Xiong, translated from Hmong.\n\n\"When I came to America I could not talk to anyone,\" he said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Nhia Lor Xiong"]);
  const y = extract("Marchbanks founded the clinic. When she started, it took 15 cases a year.\n\nOne of the clinic's students, Benedikt Oyinlola, spent last summer preparing the case of a woman from Honduras who fled a gang that had killed her brother.\n\n“I'd read the statistics,” he said.");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Benedikt Oyinlola"]);
});

test("round 24: 'the councilmember said' is the one titled Councilmember", () => {
  const x = extract("The ordinance, sponsored by Councilmember David Kim, covers water bills.\n\nWai Kwan Leung, who runs a bakery, said an inspector once left a notice on her counter.\n\nAfter the vote, the councilmember said he expected to add languages.\n\n\"Four languages is where we start,\" he said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["David Kim"]);
});

test("round 24: one name opening its sentence, described by a trade ('Maximino, a landscaper who …', 'Teodoro, a 34-year-old picker'), is a person", () => {
  const x = extract("Owen Castellano-Pratt leads the group.\n\nMaximino, a landscaper who asked that his last name not be used, told reporters that he was stopped in 2017.\n\n\"I had lived here 14 years,\" he said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Maximino"]);
  const y = extract("Lindahl said the rule is unfair.\n\nTeodoro, a 34-year-old picker from Michoacán, said his crew boss announces the breaks.\n\n“So you go sit for 10 minutes,” he said.");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Teodoro"]);
});

test("round 24: a pronoun skips a sentence's subject whose gender the text never tells for the woman it names", () => {
  const x = extract("\"A person can be lawfully in an asylum case,\" said Elena Marchetti, the coalition's lawyer.\n\nJudge Anand Pillai, the panel's third member, pushed back on Marchetti at one point.\n\n\"Not never, your honor,\" she replied.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Elena Marchetti", "Elena Marchetti"]);
});

test("round 24: the subject who just spoke in paraphrase is the next paragraph's 'she', though the text never told her gender", () => {
  const x = extract(readFileSync("test/fixtures/eval/dev/jc07-cdc-teen-sadness-survey.txt", "utf8"));
  expect(quotes(x).find((q) => q.text.startsWith("It’s not like everybody’s fine now"))?.speaker).toBe("Jaylen Moritz");
});

test("round 24: a month that is a first name before a surname the sentence has act ('June Beasley followed her husband'); 'In June Harlow County voted' has no person", () => {
  expect(extract("June Beasley followed her husband to the lectern.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "June Beasley"]]);
  expect(extract("April Nguyen, a nurse, said the unit is short.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "April Nguyen"]]);
  expect(extract("In June Harlow County voted.").entities.map((e) => [e.type, e.name])).toEqual([["Jurisdiction", "Harlow County"]]);
});

test("round 24: 'A spokesman for the Michigan Democratic Party, Caleb Ferrante,' is the spokesman; 'Chief Defender Louisa Harcourt' is a title and a name", () => {
  const x = extract("A spokesman for the Michigan Democratic Party, Caleb Ferrante, called it \"trying to buy a Senate seat with his own checkbook.\"");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Caleb Ferrante"]);
  expect(extract("Chief Defender Louisa Harcourt said the office needs help.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "Louisa Harcourt"]]);
});

test("round 24: 'Junior Bledsoe' is a name; 'Junior Maya Tran' is a class year and a name", () => {
  expect(extract("Junior Bledsoe, who runs the feed store, spoke first.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "Junior Bledsoe"]]);
  expect(extract("Junior Maya Tran, the board's student representative, spoke first.").entities.map((e) => [e.type, e.name])).toEqual([["Person", "Maya Tran"]]);
});

test("round 24: a Spanish first surname before one who shares it but is named only later; a kin noun in apposition without its comma", () => {
  const x = extract("María Elena Carrasco Ruiz, who has cleaned offices for 16 years, said her husband was pulled over last fall.\n\n“He paid the ticket,” Carrasco said in Spanish.\n\nHer daughter, Daniela Carrasco, a senior, repeated the words in English.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["María Elena Carrasco Ruiz"]);
  const y = extract("Marisela Coj, who lived upstairs, speaks K’iche’ and little Spanish. Her daughter Yesenia Coj, 16, translated for her.\n\n“We heard the alarm from the neighbors,” Coj said through her daughter.");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Marisela Coj"]);
});

test("round 24: a bare quote paragraph after one about a person and the relative it names in apposition is the person's; a relative who speaks there keeps it", () => {
  const x = extract("The county spent $4 million on deputies.\n\nFor Deborah Kilgallen, the numbers are personal. Her son, Tanner Kilgallen, died of an overdose in 2022. He was 24.\n\n\"He was on a waiting list for a treatment bed for 19 days.\"");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Deborah Kilgallen"]);
  const y = extract("One of the people arrested was Héctor Villanueva, 41, a dairy worker. His wife, Yesenia Villanueva, says two men stopped him. He is now held in a jail in Illinois.\n\n“He had the receipt in his hand.”");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Yesenia Villanueva"]);
});

test("round 24: labels that run on past their speaker: 'Haines's office released a statement', 'the sheriff's office said its own review', 'the statement, from spokeswoman X'", () => {
  const x = extract("Sen. Loretta Haines was not at the hearing. Haines's office released a statement calling her \"open to a conversation\" about the bill.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Loretta Haines"]);
  const y = extract("The Brisco County Sheriff's Office defended the program. In a statement, the sheriff's office said its own review found that most had \"prior criminal histories involving violence or weapons.\"");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Brisco County Sheriff's Office"]);
  const z = extract("Aaron Kell's campaign answered Tuesday. \"Aaron put his own money in because he's not for sale,\" read the statement, from campaign spokeswoman Kelsey Amundsen.");
  expect(quotes(z).map((q) => q.speaker)).toEqual(["Kelsey Amundsen"]);
});

test("round 24: a body named 'Trust'; 'the trust's board warned' in a letter is the trust's", () => {
  const x = extract("Norma has received a pension from the Mine Workers Retirement Trust.\n\nIn a letter mailed to 61,000 retirees and widows in September, the trust’s board warned that it would cut benefits. “This is not a decision the Trustees have made lightly,” the letter said.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Mine Workers Retirement Trust"]);
});

test("round 24: a bare quote after a sentence an aside attributes ('…, she told lawmakers, and …') is hers", () => {
  const x = extract("Renata Bollinger drove down from Brule Lake to testify. Her son spent 11 months in the Wendell County jail waiting for trial, she told lawmakers, and she spent about $1,900 on calls over that time.\n\n\"I put it on a credit card. I'm still paying it off.\"");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Renata Bollinger"]);
});

test("round 24: a verb joined by 'but' has the sentence's subject ('Meridian Credit Ratings affirmed …, but said … that the deal “…”'); '… Ratings' is a body; 'A spokesperson sent this statement:' is the body just named", () => {
  const x = extract("Meridian Credit Ratings affirmed the rating on Tuesday, but said in a note to investors that the acquisition \"adds execution risk to a system.\"");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Meridian Credit Ratings"]);
  const y = extract("KAZB reached out to U.S. Immigration and Customs Enforcement about the policy. A spokesperson sent this statement:\n\n\"ICE officers use discretion and are trained to work with local partners.\"");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Immigration and Customs Enforcement"]);
});

test("round 24: an abbreviation inside a speaker's appositive after the quote ('in the Nov. 5 election') ends no sentence", () => {
  const x = extract("\"Under Sheriff Moreno, the jail has released more than 300 people,\" Capt. Russ Haldane, who is challenging Sheriff Elena Moreno in the Nov. 5 election, said in a campaign video.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Russ Haldane"]);
});

test("round 24: 'opened by accusing the incumbent of voting “…”' is the subject's words", () => {
  const x = extract("Sen. Teresa Valdivia debated Mark Haverford.\n\nHaverford, who ran the sheriff's office in a border county for 12 years, opened by accusing the incumbent of voting \"with her party every single time it mattered\" on immigration.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Mark Haverford"]);
});

test("round 24: '…, telling a crowd that the governor had “…”' is the sentence's subject's; 'Tilley's phrase “…”' is Tilley's", () => {
  const x = extract("Nevada Attorney General Teodoro Ruelas launched his campaign for governor Saturday, telling a crowd of supporters that Gov. Carl Whitmore had \"sold out working families to his donors\" and promising lower rents.");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Teodoro Ruelas"]);
  const y = extract("\"Expanding Medicaid would bring a billion dollars a year of our own tax money home,\" Tilley said at a forum.\n\nTilley's phrase \"our own tax money\" is a talking point, not a figure.");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Tilley", "Tilley"]);
});

test("round 24: a quoted phrase after a verb of praise, blame or promise is its subject's; a verb of speech wins over one in a relative clause", () => {
  const x = extract("Sheriff Hal Brannigan spoke next. Brannigan dismissed the survey as “a phone poll of people who already had their minds made up.”");
  expect(quotes(x).map((q) => q.speaker)).toEqual(["Hal Brannigan"]);
  const y = extract("Councilman Everett Pruitt voted no. But he said a new jail, which the consulting firm Brandywine Justice Planning estimated in 2018 would cost $180 million, is \"not something this council is going to do.\"");
  expect(quotes(y).map((q) => q.speaker)).toEqual(["Everett Pruitt"]);
  const z = extract("Ridley Township officials held a town hall.\n\nOn Friday, the township posted on its Facebook page that the water \"meets all state and federal standards\" and that pickup would continue.");
  expect(quotes(z).map((q) => q.speaker)).toEqual(["Ridley Township"]);
});

test("round 24: 'a Courier review of the department's monthly reports' stays the outlet's own review, not the department's", () => {
  expect(credits("The Colorado Department of Corrections publishes monthly reports.\n\nA Courier review of the department’s monthly reports shows the population has fallen in 14 of the last 18 months.")).toEqual([[14, null], [18, null]]);
});
