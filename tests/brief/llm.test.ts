import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { offlineBriefWriter, writeBriefOffline } from '../../src/brief/build.js';
import { createBriefWriter } from '../../src/brief/create.js';
import { createLlmBriefWriter } from '../../src/brief/llm.js';
import { createLogger } from '../../src/logger.js';
import { startFakeLlm, type FakeLlm } from '../fakes/llm-api.js';
import { belarusInput, belarusReports } from './belarus.js';

// Not shaped like any token pattern the logger scrubs: only never logging it keeps it out.
const API_KEY = 'desk-llm-key-7f3a9c1e5b2d';

const GOOD = {
  whatsHappening: 'Belarus pardoned 31 Ukrainians and handed them over to Kyiv after agreements reached with U.S. President Donald Trump.',
  whyItMatters: 'It is the 3rd Belarus prisoner release since June 2025, with 99 people freed in these releases.',
  whatsNext: 'Reuters reports that talks between Minsk and Washington on further releases are expected to continue next week.',
};

describe('brief prose from a model (fake OpenAI-compatible API on 127.0.0.1)', () => {
  let llm: FakeLlm;
  let logs = '';
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void (logs += line) } });
  const writer = (timeoutMs = 2_000) => createLlmBriefWriter({ llm: { baseUrl: llm.baseUrl, apiKey: API_KEY, model: 'desk-model' }, logger, timeoutMs });
  const offline = () => writeBriefOffline(belarusInput());

  beforeAll(async () => {
    llm = await startFakeLlm();
  });
  afterAll(async () => {
    await llm.close();
    // Across every case above: the key went only into the Authorization header.
    expect(logs).not.toContain(API_KEY);
  });
  beforeEach(() => {
    logs = '';
    llm.requests.length = 0;
  });

  it('uses a good answer, sending the facts with the key as a Bearer header', async () => {
    llm.answer({ content: JSON.stringify(GOOD) });
    const brief = await writer()(belarusInput());
    expect(brief.whatsHappening).toBe(GOOD.whatsHappening);
    expect(brief.whyItMatters).toBe(GOOD.whyItMatters);
    expect(brief.whatsNext).toBe(GOOD.whatsNext);
    // Everything but the prose is the offline writer's.
    expect({ ...brief, whatsHappening: '', whyItMatters: '', whatsNext: '' }).toEqual({ ...offline(), whatsHappening: '', whyItMatters: '', whatsNext: '' });

    const [req] = llm.requests;
    expect(req?.path).toBe('/v1/chat/completions');
    expect(req?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(req?.body.model).toBe('desk-model');
    const facts = JSON.parse(req!.body.messages!.at(-1)!.content) as Record<string, unknown>;
    expect(facts).toMatchObject({ people: 31, countries: ['Belarus', 'Ukraine', 'the United States'], action: 'pardon', stage: 'completed' });
    expect(facts.history).toEqual([expect.stringContaining('3rd Belarus prisoner release')]);
    expect(facts.forwardLooking).toEqual(expect.arrayContaining([expect.stringContaining('expected to continue next week')]));
    expect(JSON.stringify(req?.body)).not.toContain(API_KEY);
  });

  it('rejects a section with an invented number and keeps the rest', async () => {
    llm.answer({ content: JSON.stringify({ ...GOOD, whatsHappening: 'Belarus pardoned 45 Ukrainians on Thursday.' }) });
    const brief = await writer()(belarusInput());
    expect(brief.whatsHappening).toBe(offline().whatsHappening);
    expect(brief.whyItMatters).toBe(GOOD.whyItMatters);
    expect(logs).toContain('number 45 is not in the facts');
  });

  it('rejects an invented country or name', async () => {
    llm.answer({
      content: JSON.stringify({ ...GOOD, whyItMatters: 'Poland brokered the deal.', whatsNext: 'Talks are expected next week, said Vladimir Putin.' }),
    });
    const brief = await writer()(belarusInput());
    expect(brief.whyItMatters).toBe(offline().whyItMatters);
    expect(brief.whatsNext).toBe(offline().whatsNext);
    expect(logs).toContain('country \\"Poland\\" is not in the facts');
    expect(logs).toMatch(/name \\"(Vladimir|Putin)\\" is not in the facts/);
  });

  it('adds no section the facts do not support', async () => {
    llm.answer({ content: JSON.stringify(GOOD) });
    const input = belarusInput({ reports: belarusReports().slice(0, 1), history: [] });
    const brief = await writer()(input);
    expect(brief.whyItMatters).toBeUndefined();
    expect(brief.whatsNext).toBeUndefined();
  });

  it('falls back to the offline brief on a timeout, within the bound', async () => {
    llm.answer({ delayMs: 10_000 });
    const started = Date.now();
    const brief = await writer(300)(belarusInput());
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(brief).toEqual(offline());
    expect(logs).toContain('timed out');
  });

  it('falls back on HTTP 500', async () => {
    llm.answer({ status: 500, body: '{"error":{"message":"overloaded"}}' });
    expect(await writer()(belarusInput())).toEqual(offline());
    expect(logs).toContain('HTTP 500');
  });

  it('falls back on malformed JSON, in the body or in the message', async () => {
    llm.answer({ status: 200, body: '{"choices": [' });
    expect(await writer()(belarusInput())).toEqual(offline());
    llm.answer({ content: 'Sure! Here is the brief: Belarus pardoned 31 people.' });
    expect(await writer()(belarusInput())).toEqual(offline());
    llm.answer({ content: JSON.stringify({ summary: 'wrong shape' }) });
    expect(await writer()(belarusInput())).toEqual(offline());
    expect(logs.match(/offline brief used/g)).toHaveLength(3);
  });

  it('stops reading an oversized answer', async () => {
    llm.answer({ status: 200, body: `{"choices":[{"message":{"content":"${'x'.repeat(300 * 1024)}"}}]}` });
    expect(await writer()(belarusInput())).toEqual(offline());
    expect(logs).toContain('answer larger than 262144 bytes');
  });

  it('accepts an answer wrapped in a code fence', async () => {
    llm.answer({ content: `\`\`\`json\n${JSON.stringify(GOOD)}\n\`\`\`` });
    expect((await writer()(belarusInput())).whatsHappening).toBe(GOOD.whatsHappening);
  });

  it('rejects an overlong section', async () => {
    llm.answer({ content: JSON.stringify({ ...GOOD, whatsHappening: 'Belarus pardoned 31 Ukrainians. '.repeat(40) }) });
    expect((await writer()(belarusInput())).whatsHappening).toBe(offline().whatsHappening);
    expect(logs).toContain('longer than 700 characters');
  });

  it('falls back when nothing listens, and never rejects', async () => {
    const closed = createLlmBriefWriter({ llm: { baseUrl: 'http://127.0.0.1:9/v1', apiKey: API_KEY, model: 'm' }, logger, timeoutMs: 1_000 });
    await expect(closed(belarusInput())).resolves.toEqual(offline());
  });
});

describe('createBriefWriter', () => {
  it('is the offline writer when no model is configured', () => {
    expect(createBriefWriter({ logger: createLogger({ level: 'silent' }) })).toBe(offlineBriefWriter);
  });
});
