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

interface Group {
  dimension: TallyDimension;
  value: string;
  counts: Int32Array;
}

/**
 * Counts a batch of new responses into per-group slot arrays in memory, then adds them to
 * survey_tallies in a few hundred upserts. Counting a million rows this way is a few tens of
 * milliseconds; an upsert per answer per row would take minutes.
 */
export class TallyAccumulator {
  private readonly groups = new Map<string, Group>();
  private readonly rowGroups: Int32Array[] = [];

  constructor(private readonly layout: VersionLayout) {}

  private group(dimension: TallyDimension, value: string): Int32Array {
    const key = `${dimension}\u0000${value}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { dimension, value, counts: new Int32Array(this.layout.tallyWidth) };
      this.groups.set(key, group);
    }
    return group.counts;
  }

  add(response: ParsedResponse): void {
    const targets = this.rowGroups;
    targets.length = 0;
    targets.push(
      this.group('all', ''),
      this.group('channel', response.channel),
      this.group('segment', response.segment),
      this.group('language', response.language),
      this.group('quarter', response.quarter),
    );
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
    for (const { dimension, value, counts } of this.groups.values()) {
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
    this.groups.clear();
  }
}
