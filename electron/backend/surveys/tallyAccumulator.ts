import type Database from 'better-sqlite3';
import { decodePosition, type VersionLayout } from './layout';
import type { ParsedResponse } from './rowReader';

export const TALLY_DIMENSIONS = [
  'all',
  'channel',
  'segment',
  'language',
  'quarter',
] as const;
export type TallyDimension = (typeof TALLY_DIMENSIONS)[number];

/** The question code under which a group's response count is kept. */
export const RESPONSES_CODE = '*';
const DASH = 45;

/** One combination of channel, segment, language and quarter, and what its responses said. */
interface Combination {
  values: [channel: string, segment: string, language: string, quarter: string];
  counts: Int32Array;
}

type Nested<T> = Map<string, T>;

/**
 * Counts new responses in memory, then adds them to survey_tallies in a few hundred
 * upserts. Each response is counted once, into the slot array of its combination of
 * channel, segment, language and quarter (a few hundred combinations at most); the
 * combinations are summed into each dimension's groups when flushed. An upsert per answer
 * per row would take minutes for a million rows.
 */
export class TallyAccumulator {
  private readonly combinations: Nested<Nested<Nested<Nested<Combination>>>> = new Map();
  private readonly all: Combination[] = [];

  constructor(private readonly layout: VersionLayout) {}

  private combination(response: ParsedResponse): Int32Array {
    const bySegment = child(
      this.combinations,
      response.channel,
      () => new Map<string, Nested<Nested<Combination>>>(),
    );
    const byLanguage = child(
      bySegment,
      response.segment,
      () => new Map<string, Nested<Combination>>(),
    );
    const byQuarter = child(
      byLanguage,
      response.language,
      () => new Map<string, Combination>(),
    );
    return child(byQuarter, response.quarter, () => {
      const made: Combination = {
        values: [response.channel, response.segment, response.language, response.quarter],
        counts: new Int32Array(this.layout.tallyWidth),
      };
      this.all.push(made);
      return made;
    }).counts;
  }

  add(response: ParsedResponse): void {
    const counts = this.combination(response);
    counts[0] = (counts[0] as number) + 1;
    const closedLayout = this.layout.closed;
    const closed = response.closed;
    for (let index = 0; index < closedLayout.length; index += 1) {
      const code = closed.charCodeAt(index);
      if (code === DASH) continue;
      const base = (closedLayout[index] as { tallyBase: number }).tallyBase;
      counts[base] = (counts[base] as number) + 1;
      counts[base + decodePosition(code)] =
        (counts[base + decodePosition(code)] as number) + 1;
    }
    response.multi?.forEach((chosen, index) => {
      if (chosen.length === 0) return;
      const base = (this.layout.multi[index] as { tallyBase: number }).tallyBase;
      counts[base] = (counts[base] as number) + 1;
      for (const position of chosen)
        counts[base + position] = (counts[base + position] as number) + 1;
    });
    response.texts?.forEach((text, index) => {
      if (text === '') return;
      const base = (this.layout.text[index] as { tallyBase: number }).tallyBase;
      counts[base] = (counts[base] as number) + 1;
    });
  }

  /** Sums the combinations into the groups of every dimension. */
  private groups(): [TallyDimension, string, Int32Array][] {
    const width = this.layout.tallyWidth;
    const sums = new Map<string, [TallyDimension, string, Int32Array]>();
    const addTo = (dimension: TallyDimension, value: string, counts: Int32Array) => {
      const key = `${dimension}\u0000${value}`;
      let sum = sums.get(key);
      if (!sum) sums.set(key, (sum = [dimension, value, new Int32Array(width)]));
      const target = sum[2];
      for (let slot = 0; slot < width; slot += 1) {
        target[slot] = (target[slot] as number) + (counts[slot] as number);
      }
    };
    for (const { values, counts } of this.all) {
      addTo('all', '', counts);
      addTo('channel', values[0], counts);
      addTo('segment', values[1], counts);
      addTo('language', values[2], counts);
      addTo('quarter', values[3], counts);
    }
    return [...sums.values()];
  }

  /** Adds everything counted to the stored tallies; call inside the import's transaction. */
  flush(sqlite: Database.Database, surveyId: number): void {
    const upsert = sqlite.prepare(
      `insert into survey_tallies (survey_id, version, question_code, dimension, group_value, answer, count)
       values (?, ?, ?, ?, ?, ?, ?)
       on conflict (survey_id, dimension, version, question_code, group_value, answer)
       do update set count = count + excluded.count`,
    );
    const version = this.layout.version;
    for (const [dimension, value, counts] of this.groups()) {
      if (counts[0]) {
        upsert.run(surveyId, version, RESPONSES_CODE, dimension, value, '', counts[0]);
      }
      for (const entry of this.layout.questions) {
        const code = entry.question.code;
        const answered = counts[entry.tallyBase] ?? 0;
        if (answered === 0) continue;
        upsert.run(surveyId, version, code, dimension, value, '', answered);
        entry.keys.forEach((key, index) => {
          const count = counts[entry.tallyBase + 1 + index] ?? 0;
          if (count > 0)
            upsert.run(surveyId, version, code, dimension, value, key, count);
        });
      }
    }
    this.combinations.clear();
    this.all.length = 0;
  }
}

function child<T>(map: Map<string, T>, key: string, make: () => T): T {
  let found = map.get(key);
  if (found === undefined) {
    found = make();
    map.set(key, found);
  }
  return found;
}
