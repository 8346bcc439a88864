// Which rules could match an item, judged from the word classes it holds before any pattern is tried.
// Every rule is asked about every item and nearly all fail here, so this is the engine's innermost
// loop. Classes are numbered so that a check reads a byte instead of hashing a class name, and each
// rule is filed under one of its pattern elements: an item that lacks that element's classes never
// looks at the rule. The element chosen is the one seen in the fewest items so far, re-chosen as
// items arrive, so the filing follows the feeds' real vocabulary. Which rules pass never depends on
// the filing, only how fast they are found (bench/README.md).

/** A rule's item-level checks, by class name. */
export interface ItemChecks {
  /** Per pattern element (gaps left out): at least one of these classes somewhere in the item. */
  required: readonly (readonly string[])[];
  blockInItem?: readonly string[] | undefined;
  blockInTitle?: readonly string[] | undefined;
  needsInItem?: readonly string[] | undefined;
}

interface NumberedChecks {
  required: Uint16Array[];
  blockInItem?: Uint16Array;
  blockInTitle?: Uint16Array;
  needsInItem?: Uint16Array;
}

const REFILE_EVERY = 2_000;

function anyPresent(present: Uint8Array, ids: Uint16Array): boolean {
  for (let k = 0; k < ids.length; k += 1) if (present[ids[k] as number] === 1) return true;
  return false;
}

export class RuleFilter {
  private readonly ids = new Map<string, number>();
  private readonly rules: NumberedChecks[];
  /** Per class id: in how many items it was present. */
  private readonly seen: Uint32Array;
  /** Per class id: the rules filed under it. */
  private filed: number[][] = [];
  private itemsSinceFiling = 0;
  // Reused from item to item: allocating typed arrays per item cost more than the checks themselves.
  private readonly inItem: Uint8Array;
  private readonly inTitle: Uint8Array;
  private readonly flagged: Uint8Array;

  constructor(checks: readonly ItemChecks[]) {
    this.rules = checks.map((c) => ({
      required: c.required.map((classes) => this.number(classes)),
      ...(c.blockInItem ? { blockInItem: this.number(c.blockInItem) } : {}),
      ...(c.blockInTitle ? { blockInTitle: this.number(c.blockInTitle) } : {}),
      ...(c.needsInItem ? { needsInItem: this.number(c.needsInItem) } : {}),
    }));
    if (this.rules.some((r) => r.required.length === 0)) throw new Error('every rule needs a pattern element that is not a gap');
    this.seen = new Uint32Array(this.ids.size);
    this.inItem = new Uint8Array(this.ids.size);
    this.inTitle = new Uint8Array(this.ids.size);
    this.flagged = new Uint8Array(this.rules.length);
    this.file();
  }

  /** Indexes of the rules whose item-level checks pass, ascending. */
  passing(itemClasses: ReadonlySet<string>, titleClasses: ReadonlySet<string>): number[] {
    const { inItem, flagged } = this;
    inItem.fill(0);
    flagged.fill(0);
    for (const c of itemClasses) {
      const id = this.ids.get(c);
      if (id === undefined) continue;
      inItem[id] = 1;
      this.seen[id] = (this.seen[id] as number) + 1;
      for (const r of this.filed[id] as number[]) flagged[r] = 1;
    }
    let titleRead = false;
    const out: number[] = [];
    for (let r = 0; r < this.rules.length; r += 1) {
      if (flagged[r] === 0) continue;
      const rule = this.rules[r] as NumberedChecks;
      if (!rule.required.every((ids) => anyPresent(inItem, ids))) continue;
      if (rule.blockInItem && anyPresent(inItem, rule.blockInItem)) continue;
      if (rule.needsInItem && !anyPresent(inItem, rule.needsInItem)) continue;
      if (rule.blockInTitle) {
        if (!titleRead) this.mark(this.inTitle, titleClasses);
        titleRead = true;
        if (anyPresent(this.inTitle, rule.blockInTitle)) continue;
      }
      out.push(r);
    }
    this.itemsSinceFiling += 1;
    if (this.itemsSinceFiling >= REFILE_EVERY) this.file();
    return out;
  }

  private number(classes: readonly string[]): Uint16Array {
    return Uint16Array.from(classes, (c) => this.ids.get(c) ?? (this.ids.set(c, this.ids.size), this.ids.size - 1));
  }

  private mark(present: Uint8Array, classes: ReadonlySet<string>): void {
    present.fill(0);
    for (const c of classes) {
      const id = this.ids.get(c);
      if (id !== undefined) present[id] = 1;
    }
  }

  /** Files each rule under its element seen in the fewest items (before any item: the one with fewest classes). */
  private file(): void {
    const seenIn = (ids: Uint16Array): number => ids.reduce((sum, id) => sum + (this.seen[id] as number), 0);
    this.filed = Array.from({ length: this.ids.size }, () => []);
    this.rules.forEach((rule, r) => {
      let key = rule.required[0] as Uint16Array;
      for (const ids of rule.required) {
        const [a, b] = [seenIn(ids), seenIn(key)];
        if (a < b || (a === b && ids.length < key.length)) key = ids;
      }
      for (const id of key) this.filed[id]?.push(r);
    });
    this.itemsSinceFiling = 0;
  }
}
