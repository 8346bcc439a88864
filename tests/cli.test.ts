import { describe, expect, it } from 'vitest';
import { run } from './helpers/spawn.js';

describe('cli classify', () => {
  it('answers every good line, reports bad lines by number on stderr, exits 1', async () => {
    const input = [
      JSON.stringify({ id: 'a', title: 'Belarus pardons 31 Ukrainians after agreements with the US', summary: 'They were handed over to Ukraine.' }),
      '{not json',
      JSON.stringify({ id: 'b', title: 'UEFA sanctions club over fan violence', summary: '' }),
      JSON.stringify({ title: 'no id here' }),
      '',
      JSON.stringify({ id: 7, title: 'EU imposes new sanctions on Russia', summary: 'The package targets the shadow fleet.' }),
    ].join('\n');
    const p = run('src/cli.ts', ['classify'], {}, input);
    expect(await p.exit).toBe(1);
    const out = p.stdout().trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 7]);
    expect(Object.keys(out[0]).slice(0, 3)).toEqual(['id', 'topics', 'countries']);
    expect(out[0]).toMatchObject({
      topics: ['prisoner_release'],
      countries: ['BY', 'UA', 'US'],
      action: 'pardon',
      stage: 'completed',
      people: 31,
      actors: { acting: ['BY'], targeted: ['UA'] },
      language: 'en',
    });
    expect(out[0].evidence[0]).toMatch(/pardons/);
    expect(out[0].confidence).toBeGreaterThan(0.8);
    expect(out[1].topics).toEqual([]);
    expect(out[1]).toMatchObject({ actors: { acting: [], targeted: [] }, confidence: 0, evidence: [] });
    expect(out[1].action).toBeUndefined();
    expect(out[2]).toMatchObject({ topics: ['sanctions'], action: 'impose', stage: 'completed', actors: { acting: ['EU'], targeted: ['RU'] } });
    expect(out[2].countries).toContain('RU');
    const err = p.stderr().trim().split('\n');
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^line 2: not valid JSON/);
    expect(err[1]).toMatch(/^line 4: id:/);
  }, 30_000);

  it('exits 0 when every line is good', async () => {
    const p = run('src/cli.ts', ['classify'], {}, `${JSON.stringify({ id: 'x', title: 'Weather', summary: 'Rain.' })}\n`);
    expect(await p.exit).toBe(0);
    expect(p.stderr()).toBe('');
  }, 30_000);

  it('rejects an unknown command with usage and exit 2', async () => {
    const p = run('src/cli.ts', ['frobnicate'], {});
    expect(await p.exit).toBe(2);
    expect(p.stderr()).toMatch(/unknown command 'frobnicate'/);
  }, 30_000);
});
