// `cli classify`: JSON Lines in ({"id","title","summary"}), one JSON line out per good input.
// A bad line (or one the classifier fails on) is reported on stderr with its number and skipped; the
// exit code says whether any was bad.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Classification, ClassifierInput } from '../core/types.js';

const inputLine = z.object({
  id: z.union([z.string(), z.number()]),
  title: z.string(),
  summary: z.string().optional().default(''),
  lang: z.string().optional(),
  language: z.string().optional(),
});

export async function classifyLines(
  input: NodeJS.ReadableStream,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  classify: (i: ClassifierInput) => Classification,
): Promise<{ ok: number; bad: number }> {
  let lineNo = 0;
  let ok = 0;
  let bad = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo += 1;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      bad += 1;
      err.write(`line ${lineNo}: not valid JSON (${(e as Error).message})\n`);
      continue;
    }
    const parsed = inputLine.safeParse(json);
    if (!parsed.success) {
      bad += 1;
      const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
      err.write(`line ${lineNo}: ${why}\n`);
      continue;
    }
    const { id, title, summary } = parsed.data;
    let c: Classification;
    try {
      c = classify({ title, summary, language: parsed.data.language ?? parsed.data.lang });
    } catch (e) {
      bad += 1;
      err.write(`line ${lineNo}: the classifier failed (${(e as Error).message})\n`);
      continue;
    }
    const { topics, countries, ...rest } = c;
    out.write(`${JSON.stringify({ id, topics, countries, ...rest })}\n`);
    ok += 1;
  }
  return { ok, bad };
}
