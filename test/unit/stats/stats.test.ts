import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_TOP_TWO,
  changeBetween,
  effectiveMinCell,
  ELEVEN_POINT_TOP_TWO,
  frequentWords,
  meanOf,
  responseRate,
  shareWithInterval,
  summarizeScale,
  suppressedGroups,
  wilsonInterval,
} from '../../../shared/stats';

const counts = (entries: Record<number, number>) =>
  new Map(Object.entries(entries).map(([value, count]) => [Number(value), count]));

describe('Wilson score interval at z = 1.96', () => {
  // 8 of 10: p = 0.8, z² = 3.8416, denominator 1.38416, centre 0.716739, half-width 0.226581.
  it('matches the hand-worked interval for 8 of 10', () => {
    const interval = wilsonInterval(8, 10);

    expect(interval?.low).toBeCloseTo(0.490158, 5);
    expect(interval?.high).toBeCloseTo(0.94332, 5);
  });

  // 0 of 10: centre and half-width are both 0.19208 / 1.38416 = 0.138771.
  it('starts at 0 for no successes and stays inside 0..1', () => {
    const interval = wilsonInterval(0, 10);

    expect(interval?.low).toBe(0);
    expect(interval?.high).toBeCloseTo(0.277542, 5);
  });

  it('is symmetric around one half for 5 of 10', () => {
    const interval = wilsonInterval(5, 10);

    expect(interval?.low).toBeCloseTo(0.236593, 5);
    expect(interval?.high).toBeCloseTo(0.763407, 5);
  });

  it('has no interval without answers', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(shareWithInterval(3, 0)).toBeNull();
  });
});

describe('scale summaries', () => {
  // 1 + 2 + 3 + 4·3 + 5·4 = 38 over 10 answers.
  it('gives the mean, the answered count and the top-two-box share of a 1 to 5 question', () => {
    const summary = summarizeScale(
      counts({ 1: 1, 2: 1, 3: 1, 4: 3, 5: 4 }),
      AGREEMENT_TOP_TWO,
    );

    expect(summary.n).toBe(10);
    expect(summary.mean).toBeCloseTo(3.8, 10);
    expect(summary.top?.share).toBeCloseTo(0.7, 10);
    expect(summary.top?.successes).toBe(7);
  });

  // (0 + 9·2 + 10·2 + 5) / 6 = 43 / 6; 9 and 10 are 4 of 6.
  it('gives the mean and the share of 9 and 10 of a 0 to 10 question', () => {
    const summary = summarizeScale(
      counts({ 0: 1, 5: 1, 9: 2, 10: 2 }),
      ELEVEN_POINT_TOP_TWO,
    );

    expect(summary.mean).toBeCloseTo(43 / 6, 10);
    expect(summary.top?.share).toBeCloseTo(4 / 6, 10);
  });

  it('has no mean without answers', () => {
    expect(meanOf(new Map())).toBeNull();
    expect(summarizeScale(new Map(), AGREEMENT_TOP_TWO).top).toBeNull();
  });

  it('gives a yes share with its interval', () => {
    const yes = shareWithInterval(8, 10);

    expect(yes?.share).toBe(0.8);
    expect(yes?.low).toBeCloseTo(0.490158, 5);
  });
});

describe('change from the previous quarter', () => {
  // Variance 0.5·0.5/100 + 0.6·0.4/100 = 0.0049; margin 1.96 · 0.07 = 0.1372.
  it('does not call a 10-point change significant at 100 answers each', () => {
    const change = changeBetween({ share: 0.5, n: 100 }, { share: 0.6, n: 100 });

    expect(change?.delta).toBeCloseTo(0.1, 10);
    expect(change?.marginOfError).toBeCloseTo(0.1372, 10);
    expect(change?.significant).toBe(false);
  });

  // Variance 0.000625 + 0.0006 = 0.001225; margin 1.96 · 0.035 = 0.0686.
  it('calls the same change significant at 400 answers each', () => {
    const change = changeBetween({ share: 0.5, n: 400 }, { share: 0.6, n: 400 });

    expect(change?.marginOfError).toBeCloseTo(0.0686, 10);
    expect(change?.significant).toBe(true);
  });

  it('has no change when a quarter has no answers', () => {
    expect(changeBetween({ share: 0, n: 0 }, { share: 0.5, n: 10 })).toBeNull();
  });
});

describe('small-cell suppression', () => {
  it('only raises the threshold, never lowers it', () => {
    expect(effectiveMinCell(5, null)).toBe(5);
    expect(effectiveMinCell(5, 3)).toBe(5);
    expect(effectiveMinCell(10, 25)).toBe(25);
  });

  it('hides a group below k and the next smallest so it cannot be subtracted out', () => {
    expect(suppressedGroups([3, 20, 30], 5)).toEqual([true, true, false]);
  });

  it('hides only the small groups when two or more are below k', () => {
    expect(suppressedGroups([3, 4, 30], 5)).toEqual([true, true, false]);
  });

  it('needs no second group when the small group is empty', () => {
    expect(suppressedGroups([0, 20, 30], 5)).toEqual([true, false, false]);
  });

  it('keeps a group of exactly k', () => {
    expect(suppressedGroups([5, 20], 5)).toEqual([false, false]);
  });
});

describe('response rate and frequent words', () => {
  it('divides responses by the number offered when it is known', () => {
    expect(responseRate(50, 200)).toBe(0.25);
    expect(responseRate(50, null)).toBeNull();
    expect(responseRate(50, 0)).toBeNull();
  });

  it('counts each word once per answer and leaves out common words', () => {
    const words = frequentWords([
      'The wait was long, long, long',
      'Long wait at the counter',
      'La espera fue muy larga',
    ]);

    expect(words.slice(0, 2)).toEqual([
      { word: 'long', count: 2 },
      { word: 'wait', count: 2 },
    ]);
    expect(words.map((entry) => entry.word)).not.toContain('the');
    expect(words.map((entry) => entry.word)).toContain('espera');
  });
});
