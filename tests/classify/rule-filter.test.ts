import { describe, expect, it } from 'vitest';
import { withClass, withoutClasses } from '../../src/classify/class-sets.js';
import { RuleFilter, type ItemChecks } from '../../src/classify/rule-filter.js';

/** The item-level checks as written in rules.ts, read literally with no index. */
function passesPlainly(c: ItemChecks, item: ReadonlySet<string>, title: ReadonlySet<string>): boolean {
  const any = (set: ReadonlySet<string>, classes: readonly string[] | undefined) => (classes ?? []).some((x) => set.has(x));
  return c.required.every((classes) => any(item, classes)) && !any(item, c.blockInItem) && !any(title, c.blockInTitle) && (c.needsInItem === undefined || any(item, c.needsInItem));
}

describe('rule filter', () => {
  // A small deterministic generator, so that a failure can be replayed.
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const classes = Array.from({ length: 40 }, (_, k) => `c${k}`);
  const pick = (n: number): string[] => Array.from({ length: n }, () => classes[next(classes.length)] as string);
  const rules: ItemChecks[] = Array.from({ length: 60 }, (_, r) => ({
    required: Array.from({ length: 1 + next(3) }, () => pick(1 + next(3))),
    ...(r % 5 === 0 ? { blockInItem: pick(1) } : {}),
    ...(r % 7 === 0 ? { blockInTitle: pick(2) } : {}),
    ...(r % 4 === 0 ? { needsInItem: pick(2) } : {}),
  }));
  // Items whose vocabulary shifts halfway: the rarest element of a rule changes, so the filing must too.
  const item = (k: number) => {
    const common = k < 3000 ? classes.slice(0, 10) : classes.slice(30);
    const set = new Set([...common.filter(() => next(3) > 0), ...pick(next(6)), 'unknown-class']);
    const title = new Set([...set].filter(() => next(2) === 0));
    return { set, title };
  };

  it('passes exactly the rules whose checks pass, in rule order, however its index is filed', () => {
    const filter = new RuleFilter(rules);
    let passedSomething = 0;
    for (let k = 0; k < 6500; k += 1) {
      const { set, title } = item(k);
      const expected = rules.flatMap((c, r) => (passesPlainly(c, set, title) ? [r] : []));
      expect(filter.passing(set, title)).toEqual(expected);
      if (expected.length > 0) passedSomething += 1;
    }
    expect(passedSomething).toBeGreaterThan(1000);
  });

  it('refuses a rule made only of gaps, which it could never file', () => {
    expect(() => new RuleFilter([{ required: [] }])).toThrow(/not a gap/);
  });
});

describe('shared class sets', () => {
  it('adds a class without touching the shared set, and hands out one derived set per (set, class)', () => {
    const lexiconSet = new Set(['freeVerb']);
    const a = withClass(lexiconSet, 'name');
    expect([...lexiconSet]).toEqual(['freeVerb']);
    expect([...a]).toEqual(['freeVerb', 'name']);
    expect(withClass(lexiconSet, 'name')).toBe(a);
    expect(withClass(a, 'name')).toBe(a);
    expect(withClass(lexiconSet, 'country')).not.toBe(a);
    const dropped = withoutClasses(a, ['freeVerb', 'absent']);
    expect([...dropped]).toEqual(['name']);
    expect([...a]).toEqual(['freeVerb', 'name']);
  });
});
