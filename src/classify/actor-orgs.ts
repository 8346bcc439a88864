// Organisations, agencies and long-serving leaders that act in release and sanctions news, found by
// their words: "Treasury" → US, "Council" → EU, «Лукашенко» → BY (actors only: a name never adds a
// country to `countries`, GUIDE).
import type { Token } from './text.js';

export interface Mention {
  start: number;
  end: number;
  /** ISO code or organisation name. */
  id: string;
  kind: 'country' | 'demonym' | 'org';
}

/** Organisations and agencies by their words; an agency maps to its state. `^` = written in capitals. */
const ORGS: readonly [string, string][] = [
  ['^EU', 'EU'], ['European Union', 'EU'], ['European Commission', 'EU'], ['Brussels', 'EU'], ['^ЕС', 'EU'], ['^ЄС', 'EU'],
  ['Евросоюз*', 'EU'], ['Євросоюз*', 'EU'], ['Security Council', 'UN'], ['^UN', 'UN'], ['United Nations', 'UN'], ['^ООН', 'UN'],
  ['Радбез*', 'UN'], ['Совбез*', 'UN'], ['^G7', 'G7'], ['^NATO', 'NATO'], ['^НАТО', 'NATO'], ['Council', 'EU'],
  ['Treasury', 'US'], ['^OFAC', 'US'], ['State Department', 'US'], ['Commerce Department', 'US'], ['^BIS', 'US'], ['Foreign Office', 'GB'],
  ['^OFSI', 'GB'], ['^FCDO', 'GB'], ['^РНБО', 'UA'], ['^СНБО', 'UA'], ['Houthis', 'Houthis'], ['Hamas', 'Hamas'],
  ['Taliban', 'Taliban'], ['Hezbollah', 'Hezbollah'], ['Хамас', 'Hamas'], ['Хусит*', 'Houthis'], ['Талибан*', 'Taliban'],
  // Long-serving leaders who act for their state in release news ("Lukashenko pardons…"). Only for
  // actors: a name alone never adds the country to `countries` (GUIDE).
  ['Lukashenko', 'BY'], ['Лукашенк*', 'BY'], ['Putin', 'RU'], ['Путин*', 'RU'], ['Путін*', 'RU'], ['Zelensky', 'UA'],
  ['Zelenskyy', 'UA'], ['Зеленск*', 'UA'], ['Зеленськ*', 'UA'], ['Erdogan', 'TR'], ['Maduro', 'VE'], ['Kim Jong Un', 'KP'],
  ['Trump', 'US'], ['Трамп*', 'US'], ['Xi Jinping', 'CN'], ['Си Цзиньпин*', 'CN'], ['Сі Цзіньпін*', 'CN'], ['Macron', 'FR'],
  ['Макрон*', 'FR'], ['Starmer', 'GB'], ['Стармер*', 'GB'], ['Tokayev', 'KZ'], ['Токаев*', 'KZ'], ['Токаєв*', 'KZ'],
];

interface OrgPattern {
  words: { text: string; prefix: boolean }[];
  upper: boolean;
  id: string;
  /** Place in ORGS: the first that matches wins. */
  order: number;
}

const ORG_PATTERNS: OrgPattern[] = ORGS.map(([phrase, id], order) => {
  const upper = phrase.startsWith('^');
  const words = (upper ? phrase.slice(1) : phrase).toLowerCase().split(' ').map((w) => ({ text: w.replace(/\*$/, ''), prefix: w.endsWith('*') }));
  return { words, upper, id, order };
});
// Looked up by first word: every capitalised token of every matched item is tried.
const ORGS_BY_FIRST_WORD = new Map<string, OrgPattern[]>();
for (const p of ORG_PATTERNS) {
  const w = p.words[0];
  if (w && !w.prefix) ORGS_BY_FIRST_WORD.set(w.text, [...(ORGS_BY_FIRST_WORD.get(w.text) ?? []), p]);
}
const ORGS_BY_PREFIX = ORG_PATTERNS.filter((p) => p.words[0]?.prefix);

function orgCandidates(norm: string): OrgPattern[] {
  const exact = ORGS_BY_FIRST_WORD.get(norm) ?? [];
  const prefixed = ORGS_BY_PREFIX.filter((p) => norm.startsWith(p.words[0]?.text ?? ''));
  return prefixed.length === 0 ? exact : [...exact, ...prefixed].sort((x, y) => x.order - y.order);
}

/** "city council sanctions a bridge" / "Security Council": a Council that is not the EU's. */
const NOT_EU_COUNCIL = new Set(['city', 'town', 'county', 'municipal', 'local', 'district', 'parish', 'borough', 'security', 'state']);

/** The organisation whose words start at token i, if any. */
export function orgAt(tokens: readonly Token[], i: number): Mention | undefined {
  const first = tokens[i];
  if (first === undefined || !(first.cap || first.upper)) return undefined;
  for (const p of orgCandidates(first.norm)) {
    if (p.upper && !first.upper) continue;
    if (!p.upper && !first.cap) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k += 1) {
      const t = tokens[i + k];
      const w = p.words[k];
      ok = t !== undefined && w !== undefined && t.sentence === first.sentence && (w.prefix ? t.norm.startsWith(w.text) : t.norm === w.text);
    }
    if (!ok) continue;
    if (p.id === 'EU' && first.norm === 'council' && NOT_EU_COUNCIL.has(tokens[i - 1]?.norm ?? '')) return undefined;
    return { start: i, end: i + p.words.length, id: p.id, kind: 'org' };
  }
  return undefined;
}
