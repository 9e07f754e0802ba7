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

const GROUPED = ['channel', 'segment', 'language', 'quarter'] as const;

/**
 * Counts a batch of new responses into per-group slot arrays in memory, then adds them to
 * survey_tallies in a few hundred upserts. Counting a million rows this way is a few tens of
 * milliseconds; an upsert per answer per row would take minutes.
 */
export class TallyAccumulator {
  private readonly all: Int32Array;
  /** One map per grouped dimension, in GROUPED order: group value to its counts. */
  private readonly byDimension = GROUPED.map(() => new Map<string, Int32Array>());
  private readonly targets: Int32Array[];

  constructor(private readonly layout: VersionLayout) {
    this.all = new Int32Array(layout.tallyWidth);
    this.targets = [this.all, this.all, this.all, this.all, this.all];
  }

  private group(dimension: number, value: string): Int32Array {
    const groups = this.byDimension[dimension] as Map<string, Int32Array>;
    let counts = groups.get(value);
    if (!counts) {
      counts = new Int32Array(this.layout.tallyWidth);
      groups.set(value, counts);
    }
    return counts;
  }

  add(response: ParsedResponse): void {
    const targets = this.targets;
    targets[1] = this.group(0, response.channel);
    targets[2] = this.group(1, response.segment);
    targets[3] = this.group(2, response.language);
    targets[4] = this.group(3, response.quarter);
    for (const counts of targets) counts[0] = (counts[0] as number) + 1;
    this.addClosed(response.closed, targets);
    this.addMulti(response.multi, targets);
    this.addTexts(response.texts, targets);
  }

  private addClosed(closed: string, targets: Int32Array[]): void {
    const closedLayout = this.layout.closed;
    for (let index = 0; index < closedLayout.length; index += 1) {
      const code = closed.charCodeAt(index);
      if (code === DASH) continue;
      const base = (closedLayout[index] as { tallyBase: number }).tallyBase;
      const slot = base + decodePosition(code);
      for (const counts of targets) {
        counts[base] = (counts[base] as number) + 1;
        counts[slot] = (counts[slot] as number) + 1;
      }
    }
  }

  private addMulti(multi: number[][] | null, targets: Int32Array[]): void {
    if (!multi) return;
    multi.forEach((chosen, index) => {
      if (chosen.length === 0) return;
      const base = (this.layout.multi[index] as { tallyBase: number }).tallyBase;
      for (const counts of targets) {
        counts[base] = (counts[base] as number) + 1;
        for (const position of chosen) {
          counts[base + position] = (counts[base + position] as number) + 1;
        }
      }
    });
  }

  private addTexts(texts: string[] | null, targets: Int32Array[]): void {
    if (!texts) return;
    texts.forEach((text, index) => {
      if (text === '') return;
      const base = (this.layout.text[index] as { tallyBase: number }).tallyBase;
      for (const counts of targets) counts[base] = (counts[base] as number) + 1;
    });
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
    const groups: [TallyDimension, string, Int32Array][] = [['all', '', this.all]];
    GROUPED.forEach((dimension, index) => {
      for (const [value, counts] of this.byDimension[index] as Map<string, Int32Array>) {
        groups.push([dimension, value, counts]);
      }
    });
    for (const [dimension, value, counts] of groups) {
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
    this.all.fill(0);
    for (const groups of this.byDimension) groups.clear();
  }
}
