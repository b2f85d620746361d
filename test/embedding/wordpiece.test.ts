import { WordPiece, type TokenizerFile } from "../../src/embedding/wordpiece";

const VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "sheriff", "said", "un", "##afford", "##able", ",", ".", "$", "2", "cafe", "東", "京", "'", "s"];
const file: TokenizerFile = { model: { type: "WordPiece", vocab: Object.fromEntries(VOCAB.map((t, i) => [t, i])) } };
const tokenizer = new WordPiece(file);
const tokens = (text: string, max = 64) => tokenizer.encode(text, max).map((id) => VOCAB[id]);

test("words are lower-cased, stripped of accents and control characters, and split at punctuation, symbols and CJK", () => {
  expect(tokenizer.words("The Sheriff's CAFÉ, $2.\u0007東京")).toEqual(["the", "sheriff", "'", "s", "cafe", ",", "$", "2", ".", "東", "京"]);
});

test("a word is its longest pieces, continued with ##; one without pieces is [UNK]", () => {
  expect(tokens("Unaffordable sheriff xyz")).toEqual(["[CLS]", "un", "##afford", "##able", "sheriff", "[UNK]", "[SEP]"]);
});

test("the ids are cut to the model's length, [SEP] kept last", () => {
  expect(tokens("the sheriff said the sheriff said", 5)).toEqual(["[CLS]", "the", "sheriff", "said", "[SEP]"]);
});

test("a tokenizer that is not WordPiece is refused", () => {
  expect(() => new WordPiece({ model: { type: "BPE", vocab: {} } })).toThrow("not WordPiece");
});
