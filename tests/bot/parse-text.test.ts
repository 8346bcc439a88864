import { describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../src/bot/dispatch.js';
import type { CommandDeps } from '../../src/bot/dispatch.js';
import { splitWords } from '../../src/bot/parse-text.js';
import { replyText } from '../commands/fixture.js';

// parseText never touches deps.
const runner = createCommandRunner({} as CommandDeps);
const parse = (text: string) => runner.parseText(text);

describe('parseText (Slack)', () => {
  it('empty text is help', () => {
    expect(parse('')).toEqual({ path: ['help'], values: {} });
    expect(parse('   ')).toEqual({ path: ['help'], values: {} });
  });

  it('positional options in spec order, skipping optional ones that do not fit', () => {
    expect(parse('latest sanctions belarus 3')).toEqual({ path: ['latest'], values: { topic: 'sanctions', country: 'belarus', limit: '3' } });
    expect(parse('latest belarus')).toEqual({ path: ['latest'], values: { country: 'belarus' } });
    expect(parse('latest 7')).toEqual({ path: ['latest'], values: { limit: '7' } });
    expect(parse('LATEST all')).toEqual({ path: ['latest'], values: { topic: 'all' } });
    expect(parse('status belarus')).toEqual({ path: ['status'], values: { country: 'belarus' } });
    expect(parse('digest week')).toEqual({ path: ['digest'], values: { period: 'week' } });
    expect(parse('unsubscribe 4')).toEqual({ path: ['unsubscribe'], values: { id: '4' } });
  });

  it('name:value options, in any order, mixed with positional ones', () => {
    expect(parse('subscribe topic:sanctions country:BY')).toEqual({ path: ['subscribe'], values: { topic: 'sanctions', country: 'BY' } });
    expect(parse('subscribe country:BY sanctions min_confidence:0.7')).toEqual({
      path: ['subscribe'],
      values: { topic: 'sanctions', country: 'BY', min_confidence: '0.7' },
    });
    expect(parse('latest limit:2 topic:prisoner_release')).toEqual({ path: ['latest'], values: { limit: '2', topic: 'prisoner_release' } });
  });

  it('quoted values, including name:"…" and Slack smart quotes', () => {
    expect(parse('search "frozen assets"')).toEqual({ path: ['search'], values: { query: 'frozen assets' } });
    expect(parse('search “frozen assets”')).toEqual({ path: ['search'], values: { query: 'frozen assets' } });
    expect(parse('feeds add https://x.org/rss name:"My feed"')).toEqual({
      path: ['feeds', 'add'],
      values: { url: 'https://x.org/rss', name: 'My feed' },
    });
    expect(parse('status "côte d\'ivoire"')).toEqual({ path: ['status'], values: { country: "côte d'ivoire" } });
    expect(parse('search "topic:x"')).toEqual({ path: ['search'], values: { query: 'topic:x' } });
    expect(splitWords(`a "b c" d'e 'f g'`).map((w) => w.text)).toEqual(['a', 'b c', "d'e", 'f g']);
  });

  it('the last free-text option takes the remaining words', () => {
    expect(parse('status united states')).toEqual({ path: ['status'], values: { country: 'united states' } });
    expect(parse('search frozen russian assets')).toEqual({ path: ['search'], values: { query: 'frozen russian assets' } });
    expect(parse('latest sanctions united states 3')).toEqual({
      path: ['latest'],
      values: { topic: 'sanctions', country: 'united states', limit: '3' },
    });
    expect(parse('feeds add https://x.org/rss My feed')).toEqual({ path: ['feeds', 'add'], values: { url: 'https://x.org/rss', name: 'My feed' } });
  });

  it("undoes Slack's escaping of links and &, <, >", () => {
    expect(parse('feeds add <https://x.org/rss?a=1&amp;b=2> name:"A &amp; B"')).toEqual({
      path: ['feeds', 'add'],
      values: { url: 'https://x.org/rss?a=1&b=2', name: 'A & B' },
    });
    expect(parse('feeds add <https://x.org/rss|x.org/rss>')).toEqual({ path: ['feeds', 'add'], values: { url: 'https://x.org/rss' } });
    expect(parse('search &lt;b&gt;')).toEqual({ path: ['search'], values: { query: '<b>' } });
  });

  it('the feeds group: each subcommand, and "feeds" alone lists', () => {
    expect(parse('feeds list')).toEqual({ path: ['feeds', 'list'], values: {} });
    expect(parse('feeds')).toEqual({ path: ['feeds', 'list'], values: {} });
    expect(parse('feeds health')).toEqual({ path: ['feeds', 'health'], values: {} });
    expect(parse('feeds remove wire')).toEqual({ path: ['feeds', 'remove'], values: { id: 'wire' } });
    expect(parse('feeds pause id:wire')).toEqual({ path: ['feeds', 'pause'], values: { id: 'wire' } });
  });

  it('an unknown subcommand is an ephemeral error naming it, with the closest name and /brief help', () => {
    const result = parse('lates sanctions');
    expect('error' in result).toBe(true);
    if (!('error' in result)) return;
    expect(result.error).toMatchObject({ ephemeral: true, error: true });
    const text = replyText(result.error);
    expect(text).toContain('"lates"');
    expect(text).toContain('/brief latest');
    expect(text).toContain('/brief help');

    const group = parse('feeds delete wire');
    expect('error' in group && replyText(group.error)).toMatch(/feeds delete[\s\S]*remove/);
  });

  it('extra words and repeated options are errors with the usage and an example', () => {
    const extra = parse('digest week please');
    expect('error' in extra && replyText(extra.error)).toMatch(/did not understand "please"[\s\S]*Example: \/brief digest week/i);
    const twice = parse('latest limit:2 limit:3');
    expect('error' in twice && replyText(twice.error)).toMatch(/limit is given twice/i);
    const none = parse('subscriptions now');
    expect('error' in none && replyText(none.error)).toMatch(/takes no options/i);
  });
});
