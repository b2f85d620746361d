/**
 * The extraction evaluation (npm run eval) held at what it achieves, on each part of the set; see
 * test/fixtures/eval/README.md. Floors sit just under the measured figures, so a regression of a few items fails.
 */
import { type EvalReport, formatReport, readEvalSet, scoreSet } from "../../src/ingest/eval";

const dev = scoreSet(readEvalSet(["dev"]));
const heldOut = scoreSet(readEvalSet(["heldout"]));

// The development figures only: the held-out part is checked against its floors without printing any figure.
afterAll(() => console.log(formatReport(dev, false)));

test("the set has its parts: at least 60 articles, at least 20 held out", () => {
  expect(dev.articles.length + heldOut.articles.length).toBeGreaterThanOrEqual(60);
  expect(heldOut.articles.length).toBeGreaterThanOrEqual(20);
});

const MEASURES = ["quotes F1", "speakers", "claims F1", "units", "sources", "people F1"];
const measured = (r: EvalReport) => [r.quotes.f1, r.speakers.accuracy, r.claims.f1, r.units.accuracy, r.sources.accuracy, r.people.f1];

test.each<[string, EvalReport, number[]]>([
  ["development", dev, [0.99, 0.975, 0.96, 0.96, 0.85, 0.98]],
  ["held-out", heldOut, [0.98, 0.945, 0.97, 0.97, 0.85, 0.97]],
])("%s part: quotes F1, speakers, claims F1, units, sources and people F1 at their floors", (_, report, floors) => {
  const below = measured(report).flatMap((value, i) => (value < floors[i] ? [`${MEASURES[i]} ${value.toFixed(3)} < ${floors[i]}`] : []));
  expect(below).toEqual([]);
});
