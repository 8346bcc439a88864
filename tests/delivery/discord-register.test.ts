import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCommandJson, type OptionJson } from '../../src/delivery/discord/commands-json.js';
import { loadCommandDefinitions } from '../../src/delivery/discord/definitions.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../fakes/discord-api.js';
import { run } from '../helpers/spawn.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const APP = '333333333333333333';
const GUILD = '444444444444444444';
const SCRIPT = 'src/delivery/discord/register.ts';

function walk(options: OptionJson[], visit: (o: OptionJson) => void) {
  for (const o of options) {
    visit(o);
    walk(o.options ?? [], visit);
  }
}

describe('Discord command JSON', () => {
  it('builds /brief from the runner definitions: subcommands, the feeds group, choices, autocomplete, limits', () => {
    const json = buildCommandJson(loadCommandDefinitions());
    expect(json).toMatchObject({ name: 'brief', type: 1, default_member_permissions: null });
    const top = Object.fromEntries(json.options.map((o) => [o.name, o]));
    expect(Object.keys(top).sort()).toEqual(['digest', 'feeds', 'help', 'latest', 'search', 'status', 'subscribe', 'subscriptions', 'unsubscribe']);
    expect(top.feeds!.type).toBe(2);
    expect(top.feeds!.options!.map((o) => o.name).sort()).toEqual(['add', 'health', 'list', 'pause', 'remove', 'resume']);
    expect(top.feeds!.options!.every((o) => o.type === 1)).toBe(true);
    const latest = Object.fromEntries(top.latest!.options!.map((o) => [o.name, o]));
    expect(latest.topic).toMatchObject({ type: 3, choices: [{ name: 'prisoner_release', value: 'prisoner_release' }, { name: 'sanctions', value: 'sanctions' }, { name: 'all', value: 'all' }] });
    expect(latest.country).toMatchObject({ type: 3, autocomplete: true });
    expect(latest.limit).toMatchObject({ type: 4, min_value: 1, max_value: 10 });
    expect(top.status!.options![0]).toMatchObject({ name: 'country', required: true, autocomplete: true });
    walk(json.options, (o) => {
      expect(o.description.length).toBeGreaterThan(0);
      expect(o.description.length).toBeLessThanOrEqual(100);
      expect(o.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(o.choices && o.autocomplete).toBeFalsy();
      const firstOptional = (o.options ?? []).findIndex((x) => x.type > 2 && !x.required);
      if (firstOptional >= 0) expect(o.options!.slice(firstOptional).some((x) => x.required)).toBe(false);
    });
  });
});

describe('npm run register:discord', () => {
  let fake: FakeDiscordApi;
  beforeEach(async () => {
    fake = await startFakeDiscordApi();
  });
  afterEach(async () => {
    await fake.close();
  });

  const env = (extra: Record<string, string> = {}) => ({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: fake.apiUrl, ...extra });
  const expected = () => [JSON.parse(JSON.stringify(buildCommandJson(loadCommandDefinitions())))];

  it('registers /brief globally', async () => {
    const p = run(SCRIPT, [], env());
    expect(await p.exit).toBe(0);
    expect(fake.commands.global.get(APP)).toEqual(expected());
    expect(p.stdout()).toMatch(/Registered \/brief globally/);
    expect(p.stdout()).toMatch(/feeds \(list\|health\|add\|remove\|pause\|resume\)/);
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${APP}/commands`);
    expect(put.authorization).toBe(`Bot ${TOKEN}`);
    expect(p.stdout() + p.stderr()).not.toContain(TOKEN);
  });

  it('registers /brief for one guild', async () => {
    const p = run(SCRIPT, [], env({ DISCORD_GUILD_ID: GUILD }));
    expect(await p.exit).toBe(0);
    expect(fake.commands.guild.get(`${APP}/${GUILD}`)).toEqual(expected());
    expect(fake.commands.global.size).toBe(0);
    expect(p.stdout()).toMatch(new RegExp(`guild ${GUILD}`));
  });

  it('exits 2 with a readable message when variables are missing', async () => {
    const p = run(SCRIPT, [], { DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: 'general' });
    expect(await p.exit).toBe(2);
    expect(p.stderr()).toMatch(/DISCORD_TOKEN is not set/);
    expect(p.stderr()).toMatch(/DISCORD_APPLICATION_ID is not set/);
    expect(p.stderr()).toMatch(/DISCORD_GUILD_ID="general": must be a numeric guild id/);
    expect(fake.requests).toEqual([]);
  });

  it('exits 1 on an API error without printing the token', async () => {
    fake.failNext(1, { kind: '403', code: 50001 }, (m) => m === 'PUT');
    const p = run(SCRIPT, [], env({ DISCORD_GUILD_ID: GUILD }));
    expect(await p.exit).toBe(1);
    expect(p.stderr()).toMatch(/Registration failed: .*403, code 50001 Missing Access/);
    expect(p.stdout() + p.stderr()).not.toContain(TOKEN);
  });
});
