/**
 * The real model (downloaded by the test run's global setup, as `npm start` downloads it): the tokenizer gives
 * Hugging Face's ids, and the vectors put a paraphrase nearer than a claim on another subject.
 */
import * as fs from "node:fs";
import { cosine, sentenceEncoder } from "../../src/embedding/encoder";
import { installedModel } from "../../src/embedding/model";
import { WordPiece, type TokenizerFile } from "../../src/embedding/wordpiece";

test("the tokenizer gives the ids Hugging Face's tokenizers library gives for the model's tokenizer.json", () => {
  const tokenizer = new WordPiece(JSON.parse(fs.readFileSync(installedModel()!.tokenizer, "utf8")) as TokenizerFile);
  // Reference ids from `tokenizers` 0.x: Tokenizer.from_file(<the same tokenizer.json>).encode(text).ids
  expect(tokenizer.encode(`Sheriff says 142 inmates were let out — Café naïve, "quoted" U.S. 287(g) $2.7 million!`, 128)).toEqual([
    101, 6458, 2758, 16087, 13187, 2020, 2292, 2041, 1517, 7668, 15743, 1010, 1000, 9339, 1000, 1057, 1012, 1055, 1012, 23090, 1006, 1043, 1007, 1002,
    1016, 1012, 1021, 2454, 999, 102,
  ]);
  expect(tokenizer.encode("ICE’s détainers: 1/4 of Zürich's 3,000… (unaffordable) xyzzyq 東京 e\u0301tat\tend", 128)).toEqual([
    101, 3256, 1521, 1055, 20010, 18175, 2869, 1024, 1015, 1013, 1018, 1997, 10204, 1005, 1055, 1017, 1010, 2199, 1529, 1006, 14477, 4246, 8551, 3085,
    1007, 1060, 2100, 28753, 4160, 1879, 1755, 17997, 2203, 102,
  ]);
});

test("unit vectors; a paraphrase is nearer than another claim on the same subject, and much nearer than another subject", async () => {
  const encoder = await sentenceEncoder();
  const [claim, paraphrase, sameTopic, otherTopic] = await encoder.embed([
    "Says Carrow's minimum wage has been stuck at $7.25 for a decade.",
    "the lowest legal hourly pay in carrow hasn't budged from seven and a quarter in ten years",
    "Says Carrow's sales tax has gone up three times in a decade.",
    "The marching band won the regional trophy on Saturday.",
  ]);
  for (const v of [claim, paraphrase]) expect(Math.hypot(...v)).toBeCloseTo(1, 5);
  expect(claim).toHaveLength(384);
  expect(cosine(claim, paraphrase)).toBeGreaterThan(cosine(claim, sameTopic));
  expect(cosine(claim, sameTopic)).toBeGreaterThan(cosine(claim, otherTopic));
});

test("a text's vector does not depend on the texts sent with it", async () => {
  const encoder = await sentenceEncoder();
  const texts = ["Crime fell 30 percent after the city stopped honoring detainers.", "Crime fell 31 percent after the town stopped honoring detainers.", "x"];
  const together = await encoder.embed(texts);
  for (const [i, text] of texts.entries()) expect((await encoder.embed([text]))[0]).toEqual(together[i]);
});
