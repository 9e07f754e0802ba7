import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { TEMPLATES } from '../../shared/domain/surveyTemplates';

export const SCALE_CODES = TEMPLATES.customer.questions
  .filter((question) => question.type === 'agreement5')
  .map((question) => question.code);

export const CSV_HEADER = [
  'response_id',
  'submitted_at',
  'channel',
  'segment',
  'language',
  ...SCALE_CODES,
];

const CHANNELS = ['in-person', 'phone', 'web', 'mail', 'email', 'chat', 'other'];

/** A small deterministic generator, so every run imports the same file. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Answers lean positive, as real customer surveys do. */
function answer(random: () => number): number {
  const roll = random();
  if (roll < 0.05) return 1;
  if (roll < 0.12) return 2;
  if (roll < 0.27) return 3;
  if (roll < 0.62) return 4;
  return 5;
}

function row(index: number, random: () => number): string {
  const day = 1 + Math.floor(random() * 89);
  const date = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
  const channel = CHANNELS[Math.floor(random() * CHANNELS.length)] as string;
  const language = random() < 0.3 ? 'es' : 'en';
  const answers = SCALE_CODES.map(() => (random() < 0.03 ? '' : String(answer(random))));
  return `R${String(index).padStart(8, '0')},${date},${channel},,${language},${answers.join(',')}`;
}

/** Writes the customer template's responses CSV: seven scale answers plus metadata. */
export async function writeSurveyCsv(path: string, rows: number): Promise<void> {
  const random = generator(20260101);
  const out = createWriteStream(path);
  let buffer = `${CSV_HEADER.join(',')}\n`;
  for (let index = 1; index <= rows; index += 1) {
    buffer += `${row(index, random)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
