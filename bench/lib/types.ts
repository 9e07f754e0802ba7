/** One line of the bench table. */
export interface BenchResult {
  work: string;
  /** Our figure, in `unit`. */
  ours: number;
  /** The baseline's figure in the same unit, or null when the goal is absolute. */
  baseline: number | null;
  unit: 'ms' | 'MB';
  /** Words for the goal, such as "≤ 2× sqlite3 .import". */
  goal: string;
  pass: boolean;
  /** Why a figure could not be measured, when it could not. */
  note?: string;
}

export interface BenchOptions {
  /** Rows of generated data; the goals are stated for the full size. */
  rows: number;
  /** Repetitions for figures reported as a median. */
  repeats: number;
  workDir: string;
  log: (line: string) => void;
}

/** A group of measurements; later work adds cases to the registry in run.ts. */
export interface BenchCase {
  name: string;
  run(options: BenchOptions): Promise<BenchResult[]>;
}
