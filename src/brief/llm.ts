// Optional: the prose of a brief written by a model behind an OpenAI-compatible chat-completions
// API, from the facts the offline writer extracted (never the raw feed text). Every section the
// model writes is checked against those facts; anything wrong, slow or broken → the offline text.
import { request } from 'undici';
import { z } from 'zod';
import type { Brief } from '../core/types.js';
import type { Logger } from '../logger.js';
import { draftBrief, type BriefDraft } from './build.js';
import { partyName } from './compose.js';
import { countryName } from './countries.js';
import { keySentences } from './facts.js';
import { factBasis, problemWith } from './llm-check.js';
import { clean, formatDay } from './text.js';
import type { BriefInput, BriefWriter } from './writer.js';

export interface LlmSettings {
  /** OpenAI-compatible base URL, e.g. https://api.openai.com/v1; the writer POSTs to {base}/chat/completions. */
  baseUrl: string;
  apiKey: string;
  model: string;
}

export interface LlmWriterOptions {
  llm: LlmSettings;
  logger: Pick<Logger, 'warn' | 'debug'>;
  /** Whole-request deadline (default 15 s). */
  timeoutMs?: number;
  /** Largest answer read (default 256 KiB). */
  maxBodyBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BODY = 256 * 1024;
const LIMITS = { whatsHappening: 700, whyItMatters: 500, whatsNext: 500 } as const;
type Section = keyof typeof LIMITS;

const SYSTEM_PROMPT = [
  'You write the prose of a short news brief for a diplomacy desk, in English, from facts given as JSON.',
  'Use only those facts: every number, person, organisation, place and country you mention must appear in them. Do not speculate or add background.',
  'Answer with one JSON object and nothing else: {"whatsHappening": string, "whyItMatters": string or null, "whatsNext": string or null}.',
  `whatsHappening: one to three sentences: who did what, to how many people, where (at most ${LIMITS.whatsHappening} characters).`,
  `whyItMatters: the "history" facts in one or two sentences, or null when "history" is empty (at most ${LIMITS.whyItMatters} characters).`,
  `whatsNext: the "forwardLooking" facts in one or two sentences, saying which source said it, or null when it is empty (at most ${LIMITS.whatsNext} characters).`,
  'Plain text: no markdown, no links, no lists.',
].join('\n');

const answerSchema = z.object({
  whatsHappening: z.string(),
  whyItMatters: z.string().nullish(),
  whatsNext: z.string().nullish(),
});

const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

/** The facts a model writes from: extracted values and the reports' own sentences, no markup. */
export function modelFacts(input: BriefInput, draft: BriefDraft): Record<string, unknown> {
  const { facts } = draft;
  return {
    headline: facts.headline,
    topics: facts.topics,
    action: facts.action ?? null,
    stage: facts.stage ?? null,
    people: facts.people ?? null,
    countries: facts.countries.map(countryName),
    actors: { acting: facts.actors.acting.map(partyName), targeted: facts.actors.targeted.map(partyName) },
    reportSentences: keySentences(input.reports, facts, draft.next, 4, 1_200),
    history: draft.history,
    forwardLooking: draft.next,
    sources: facts.sources.map((s) => ({ name: s.feedName, title: s.title, date: s.publishedAt ? formatDay(s.publishedAt) : null })),
  };
}

export function createLlmBriefWriter(opts: LlmWriterOptions): BriefWriter {
  const url = `${opts.llm.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const { logger } = opts;

  async function ask(facts: Record<string, unknown>): Promise<unknown> {
    const { statusCode, body } = await request(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${opts.llm.apiKey}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        model: opts.llm.model,
        temperature: 0.2,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: JSON.stringify(facts) },
        ],
      }),
      signal: AbortSignal.timeout(timeoutMs),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBody) {
        body.destroy();
        throw new Error(`answer larger than ${maxBody} bytes`);
      }
      chunks.push(chunk);
    }
    if (statusCode < 200 || statusCode >= 300) throw new Error(`HTTP ${statusCode}`);
    const completion = completionSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    if (!completion.success) throw new Error('not a chat completion');
    const content = completion.data.choices[0]!.message.content.trim().replace(/^```(?:json)?\s*|\s*```$/g, '');
    return JSON.parse(content);
  }

  return async (input) => {
    const draft = draftBrief(input);
    const started = Date.now();
    const facts = modelFacts(input, draft);
    let answer: unknown;
    try {
      answer = await ask(facts);
    } catch (err) {
      logger.warn({ storyId: input.storyId, reason: reasonOf(err), ms: Date.now() - started }, 'model brief failed; offline brief used');
      return draft.brief;
    }
    const parsed = answerSchema.safeParse(answer);
    if (!parsed.success) {
      logger.warn({ storyId: input.storyId, reason: 'answer is not {whatsHappening, whyItMatters, whatsNext}' }, 'model brief rejected; offline brief used');
      return draft.brief;
    }
    return merge(input, draft, facts, parsed.data, logger);
  };
}

/** The model's sections that pass the checks, the offline ones for the rest. */
function merge(
  input: BriefInput,
  draft: BriefDraft,
  facts: Record<string, unknown>,
  answer: z.infer<typeof answerSchema>,
  logger: LlmWriterOptions['logger'],
): Brief {
  const basis = factBasis(JSON.stringify(facts), draft.facts.countries);
  const brief: Brief = { ...draft.brief };
  const take = (section: Section, text: string | null | undefined, offline: string | undefined): string | undefined => {
    // A section the facts do not support (no history, no forward-looking sentence) stays empty.
    if (offline === undefined) return undefined;
    const prose = clean(text ?? '');
    const problem = !prose ? 'empty' : prose.length > LIMITS[section] ? `longer than ${LIMITS[section]} characters` : problemWith(prose, basis);
    if (!problem) return prose;
    logger.warn({ storyId: input.storyId, section, reason: problem }, 'model section rejected; offline text used');
    return offline;
  };
  brief.whatsHappening = take('whatsHappening', answer.whatsHappening, draft.brief.whatsHappening) ?? draft.brief.whatsHappening;
  brief.whyItMatters = take('whyItMatters', answer.whyItMatters, draft.brief.whyItMatters);
  brief.whatsNext = take('whatsNext', answer.whatsNext, draft.brief.whatsNext);
  return brief;
}

function reasonOf(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError' || /timeout/i.test(err.name)) return 'timed out';
    if (err instanceof SyntaxError) return 'answer is not JSON';
    return err.message;
  }
  return String(err);
}
