import { describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../src/bot/dispatch.js';
import type { Command } from '../../src/bot/deps.js';
import { UserError } from '../../src/bot/user-error.js';
import { COMMANDS } from '../../commands/index.js';
import { expectNoInternals, harness, invoker, replyText, slack } from '../commands/fixture.js';

describe('createCommandRunner', () => {
  it('exposes every subcommand with unique paths, an example and described options', async () => {
    const { runner } = await harness();
    const paths = runner.definitions.map((d) => d.path.join(' '));
    expect(paths).toEqual(expect.arrayContaining([
      'latest', 'status', 'search', 'subscribe', 'unsubscribe', 'subscriptions', 'digest', 'help',
      'feeds list', 'feeds add', 'feeds remove', 'feeds pause', 'feeds resume', 'feeds health',
    ]));
    expect(new Set(paths).size).toBe(paths.length);
    for (const d of runner.definitions) {
      expect(d.example).toMatch(new RegExp(`^/brief ${d.path.join(' ')}`));
      for (const o of d.options) expect(o.description.length).toBeGreaterThan(5);
    }
  });

  it.each([
    ['latest limit:0', /limit must be a whole number from 1 to 10/],
    ['latest limit:11', /limit must be a whole number from 1 to 10/],
    ['latest limit:2.5', /limit must be a whole number/],
    ['latest topic:weather', /topic must be one of prisoner_release, sanctions, all \(got "weather"\)/],
    ['latest country:atlantis', /Unknown country "atlantis"/],
    ['status belarsu', /Did you mean Belarus \(BY\)/],
    ['status', /Missing country/],
    ['search', /Missing query/],
    ['subscribe min_confidence:2', /min_confidence must be a number from 0 to 1/],
    ['feeds add', /Missing url/],
  ])('"%s" → ephemeral error with usage and example', async (text, problem) => {
    const h = await harness();
    const reply = await slack(h, text, invoker({ admin: true }));
    expect(reply.ephemeral).toBe(true);
    expect(reply.error).toBe(true);
    const shown = replyText(reply);
    expect(shown).toMatch(problem);
    expect(shown).toMatch(/Usage: \/brief .*\nExample: \/brief /);
    expectNoInternals(reply);
  });

  it('validates values from Discord (typed) the same way, and rejects unknown options', async () => {
    const h = await harness();
    const who = invoker();
    expect(replyText(await h.runner.run({ path: ['latest'], values: { limit: 11 } }, who))).toMatch(/limit must be/);
    expect(replyText(await h.runner.run({ path: ['latest'], values: { colour: 'red' } }, who))).toMatch(/unknown option colour/i);
    const ok = await h.runner.run({ path: ['latest'], values: { topic: 'SANCTIONS', country: 'BY', limit: 3, extra: undefined } }, who);
    expect(ok.error).toBeUndefined();
    const unknown = await h.runner.run({ path: ['nope'], values: {} }, who);
    expect(unknown).toMatchObject({ ephemeral: true, error: true });
    expect(replyText(unknown)).toMatch(/\/brief help/);
  });

  it('asks isAdmin on every admin call and refuses without changing anything', async () => {
    const h = await harness();
    const who = invoker({ admin: false });
    const before = { feeds: await h.store.listFeeds(), subs: await h.store.listSubscriptions() };
    for (const text of ['feeds add https://new.example/rss', 'subscribe sanctions', 'feeds remove wire', 'feeds pause wire', 'unsubscribe 1']) {
      const reply = await slack(h, text, who);
      expect(reply).toMatchObject({ ephemeral: true, error: true });
      expect(replyText(reply)).toMatch(/admins only; nothing was changed/);
    }
    expect(who.adminChecks).toBe(5);
    expect(h.checked).toEqual([]);
    expect(await h.store.listFeeds()).toEqual(before.feeds);
    expect(await h.store.listSubscriptions()).toEqual(before.subs);
    // Non-admin commands never ask.
    await slack(h, 'latest', who);
    expect(who.adminChecks).toBe(5);
  });

  it('an isAdmin that throws is a refusal, not a crash', async () => {
    const h = await harness();
    const who = { ...invoker(), isAdmin: async () => Promise.reject(new Error('slack api down at /x.ts:1')) };
    const reply = await slack(h, 'subscribe', who);
    expect(reply).toMatchObject({ ephemeral: true, error: true });
    expect(replyText(reply)).toMatch(/Could not check your admin rights/);
    expectNoInternals(reply);
    expect(await h.store.listSubscriptions()).toEqual([]);
  });

  it('unexpected errors become a generic reply (reported, never shown); UserErrors are shown', async () => {
    const h = await harness();
    const boom: Command = {
      path: ['boom'], description: 'explodes', admin: false, options: [], example: '/brief boom',
      run: async () => { throw new Error('SQLITE_CONSTRAINT: secret detail'); },
    };
    const polite: Command = { ...boom, path: ['polite'], example: '/brief polite', run: async () => { throw new UserError('That feed is gone'); } };
    const runner = createCommandRunner(h.deps, [...COMMANDS, boom, polite]);
    const reply = await runner.run({ path: ['boom'], values: {} }, invoker());
    expect(reply).toMatchObject({ ephemeral: true, error: true });
    expect(replyText(reply)).toMatch(/something went wrong while running \/brief boom/i);
    expectNoInternals(reply);
    expect(h.errors).toHaveLength(1);
    expect(replyText(await runner.run({ path: ['polite'], values: {} }, invoker()))).toMatch(/That feed is gone\.\nUsage: \/brief polite/);
  });

  it('completeCountry answers through the runner', async () => {
    const { runner } = await harness();
    expect(runner.completeCountry('belar')).toEqual([{ name: 'Belarus (BY)', value: 'BY' }]);
  });
});
