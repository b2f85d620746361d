/**
 * BERT's uncased WordPiece tokenizer, as the model's tokenizer.json describes it (BertNormalizer with lowercase,
 * BertPreTokenizer, WordPiece with "##" continuations, [CLS] … [SEP]). It gives the same ids as Hugging Face's
 * `tokenizers` on the texts of test/embedding/wordpiece.test.ts.
 */
export interface TokenizerFile {
  model: { type: string; vocab: Record<string, number>; unk_token?: string; continuing_subword_prefix?: string; max_input_chars_per_word?: number };
}

/** BERT's punctuation: ASCII symbols as well as Unicode's P* categories ("$" and "`" split off like ","). */
const PUNCTUATION = /[!-/:-@[-`{-~]|\p{P}/u;
const CJK = /[\u4e00-\u9fff\u3400-\u4dbf\u{20000}-\u{2a6df}\u{2a700}-\u{2b73f}\u{2b740}-\u{2b81f}\u{2b820}-\u{2ceaf}\uf900-\ufaff\u{2f800}-\u{2fa1f}]/u;

export class WordPiece {
  private readonly vocab: Map<string, number>;
  private readonly prefix: string;
  private readonly maxWord: number;
  private readonly unk: number;
  readonly cls: number;
  readonly sep: number;

  constructor(file: TokenizerFile) {
    if (file.model.type !== "WordPiece") throw new Error(`the tokenizer is ${file.model.type}, not WordPiece`);
    this.vocab = new Map(Object.entries(file.model.vocab));
    this.prefix = file.model.continuing_subword_prefix ?? "##";
    this.maxWord = file.model.max_input_chars_per_word ?? 100;
    const id = (token: string) => {
      const found = this.vocab.get(token);
      if (found === undefined) throw new Error(`the tokenizer's vocabulary has no ${token}`);
      return found;
    };
    this.unk = id(file.model.unk_token ?? "[UNK]");
    this.cls = id("[CLS]");
    this.sep = id("[SEP]");
  }

  /** Lower-cased, accents stripped, control characters dropped, split at spaces, punctuation and CJK characters. */
  words(text: string): string[] {
    const clean = text
      .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (/\s/.test(c) ? " " : ""))
      .toLowerCase()
      .normalize("NFD")
      .replace(/\p{Mn}/gu, "");
    const words: string[] = [];
    for (const chunk of clean.split(/\s+/)) {
      let word = "";
      for (const c of chunk) {
        if (PUNCTUATION.test(c) || CJK.test(c)) {
          if (word) words.push(word);
          words.push(c);
          word = "";
        } else word += c;
      }
      if (word) words.push(word);
    }
    return words;
  }

  /** Greedy longest-match-first pieces; a word with no tokenization is [UNK]. */
  private pieces(word: string, out: number[]): void {
    const chars = [...word];
    if (chars.length > this.maxWord) {
      out.push(this.unk);
      return;
    }
    const found: number[] = [];
    for (let start = 0; start < chars.length; ) {
      let end = chars.length;
      let id: number | undefined;
      for (; end > start; end--) {
        id = this.vocab.get((start > 0 ? this.prefix : "") + chars.slice(start, end).join(""));
        if (id !== undefined) break;
      }
      if (id === undefined) {
        out.push(this.unk);
        return;
      }
      found.push(id);
      start = end;
    }
    out.push(...found);
  }

  /** [CLS] pieces [SEP], cut to `maxTokens` in all. */
  encode(text: string, maxTokens: number): number[] {
    const ids = [this.cls];
    for (const word of this.words(text)) {
      this.pieces(word, ids);
      if (ids.length >= maxTokens - 1) break;
    }
    ids.length = Math.min(ids.length, maxTokens - 1);
    ids.push(this.sep);
    return ids;
  }
}
