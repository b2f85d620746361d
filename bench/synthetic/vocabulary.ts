/**
 * Words and sentences for the synthetic news: real policy-news words at the head of a Zipf distribution and
 * generated pseudo-words in its tail, so the full-text indexes see what they see in real archives: a few
 * words in nearly every text, most words in few.
 */
import { Random, Zipf } from "./random";

const NOUNS = (
  "law bill state program community families police court budget tax school immigrants immigration city town " +
  "government federal people workers jobs rights safety crime order policy system border enforcement agency " +
  "governor legislature vote election campaign residents children students teachers housing health care cost " +
  "money funding deficit economy business owners neighbors officers sheriff judge ruling case deportation " +
  "detention sanctuary trust precedent repercussions protection security country nation future history record " +
  "data report study numbers percent majority minority leaders voters taxpayers hospitals clinics roads transit " +
  "water energy climate wages contracts unions veterans seniors parents victims witnesses courts prisons jail " +
  "reform promise plan proposal measure amendment debate hearing committee session decision priority challenge " +
  "crisis response resources services benefits support opposition approach question answer problem solution"
).split(" ");
const ADJECTIVES = (
  "federal local dangerous clear fair humane safe public new serious important unfair illegal legal strong " +
  "basic real whole entire simple critical real urgent broken difficult honest costly affordable open fragile " +
  "responsible reckless common national statewide necessary political economic social fiscal criminal civil"
).split(" ");
const VERBS = (
  "undermine protect support oppose fund cut expand block pass enforce ignore defend change fix review repeal " +
  "strengthen weaken respect threaten welcome reject demand deliver cover restore limit raise lower create"
).split(" ");
const SUBJECTS = ["this bill", "this law", "the state", "we", "it", "the program", "our community", "the city", "this measure", "the governor", "everyone here", "our families", "the legislature", "nobody"];
const MODALS = ["would", "will", "should", "must", "could", "cannot", "does not", "is going to", "has to", "did not"];
const DETERMINERS = ["the", "our", "every", "this", "that", "a", "their", "its", "all"];
const PREPOSITIONS = ["for", "in", "across", "against", "without", "under", "with", "for all of", "at"];
const JOINERS = [", and ", ", but ", " because ", ", so ", " and I think ", ". ", " while "];

const SYLLABLES = (
  "ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no " +
  "pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za ze bra bre cla cre dra fla gra pla pre " +
  "sta ste stri tra tre vla mar ter ston wick ley ton ham dor vel"
).split(" ");

/** Generated lowercase pseudo-words, unique, at least four letters, none a real word above. */
function pseudoWords(count: number, random: Random): string[] {
  const taken = new Set<string>([...NOUNS, ...ADJECTIVES, ...VERBS]);
  const words: string[] = [];
  while (words.length < count) {
    const syllables = random.int(2, 3);
    let word = "";
    for (let i = 0; i < syllables; i++) word += random.pick(SYLLABLES);
    if (word.length >= 4 && !taken.has(word)) {
      taken.add(word);
      words.push(word);
    }
  }
  return words;
}

export class Vocabulary {
  private readonly nouns: string[];
  private readonly nounRank: Zipf;

  constructor(random: Random, tailWords: number) {
    this.nouns = [...NOUNS, ...pseudoWords(tailWords, random)];
    this.nounRank = new Zipf(this.nouns.length, 1.05, 2);
  }

  noun(random: Random): string {
    return this.nouns[this.nounRank.sample(random)];
  }

  private phrase(random: Random): string {
    const adjective = random.chance(0.4) ? `${random.pick(ADJECTIVES)} ` : "";
    return `${random.pick(DETERMINERS)} ${adjective}${this.noun(random)}${random.chance(0.3) ? ` ${this.noun(random)}` : ""}`;
  }

  private clause(random: Random): string {
    const prepositional = random.chance(0.6) ? ` ${random.pick(PREPOSITIONS)} ${this.phrase(random)}` : "";
    return `${random.pick(SUBJECTS)} ${random.pick(MODALS)} ${random.pick(VERBS)} ${this.phrase(random)}${prepositional}`;
  }

  /** What someone says: one to three clauses, 8 to 40 words, no quotation marks. */
  quote(random: Random): string {
    const clauses = random.int(1, 3);
    let text = this.clause(random);
    for (let i = 1; i < clauses; i++) {
      const joiner = random.pick(JOINERS);
      const next = this.clause(random);
      text += joiner === ". " ? `. ${capitalize(next)}` : `${joiner}${next}`;
    }
    return capitalize(text);
  }

  /** A sentence of the article's own prose, between the reported ones. */
  prose(random: Random): string {
    return `${capitalize(this.phrase(random))} ${random.pick(["has been", "remains", "was", "became"])} ${this.phrase(random)} ${random.pick(PREPOSITIONS)} ${this.phrase(random)}.`;
  }

  /**
   * A near-duplicate of a quote, as it is misremembered or re-typed: a word dropped, a word swapped for another,
   * two neighbours transposed, or a typo. `edits` of them.
   */
  variant(random: Random, text: string, edits: number): string {
    const words = text.split(" ");
    for (let i = 0; i < edits && words.length > 4; i++) {
      const at = random.int(1, words.length - 2);
      switch (random.int(0, 3)) {
        case 0:
          words.splice(at, 1);
          break;
        case 1:
          words[at] = this.noun(random);
          break;
        case 2:
          [words[at], words[at + 1]] = [words[at + 1], words[at]];
          break;
        default: {
          const w = words[at];
          if (w.length > 4) {
            const k = random.int(1, w.length - 2);
            words[at] = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
          }
        }
      }
    }
    return words.join(" ");
  }
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
