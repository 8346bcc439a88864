import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExamples } from '../../src/classify/eval.js';
import { createClassifier } from '../../src/classify/index.js';
import { detectLanguage, primaryTag } from '../../src/classify/language.js';

describe('language detection', () => {
  it('feed metadata wins over the text', () => {
    const c = createClassifier();
    expect(c.classify({ title: 'Россия и Украина обменялись пленными', summary: '', language: 'uk-UA' }).language).toBe('uk');
    expect(c.classify({ title: 'Belarus frees prisoners', summary: '', language: 'be' }).language).toBe('be');
    expect(c.classify({ title: 'Belarus frees prisoners', summary: '', language: '??' }).language).toBe('en');
    expect(primaryTag(' EN_gb ')).toBe('en');
    expect(primaryTag('')).toBeUndefined();
  });

  it('tells Ukrainian from Russian by letters and frequent words', () => {
    expect(detectLanguage('Україна повернула з полону 150 військових')).toBe('uk');
    expect(detectLanguage('Рідні закликали звільнити полонених моряків')).toBe('uk');
    // No і/ї/є/ґ in the text: the frequent words decide.
    expect(detectLanguage('Парламент ухвалив закон та постанову, що стосуються амністії')).toBe('uk');
    expect(detectLanguage('Лукашенко помиловал 31 гражданина Украины')).toBe('ru');
    expect(detectLanguage('Путин подписал указ о том, что санкции продлены')).toBe('ru');
  });

  it('keeps English for short English titles and names other Latin-script languages', () => {
    expect(detectLanguage('US says it has no plans to lift sanctions on Belarus')).toBe('en');
    expect(detectLanguage('Belarus will free 14 political prisoners, Lukashenko says')).toBe('en');
    expect(detectLanguage('Le Bélarus et la France libèrent des prisonniers')).toBe('fr');
    expect(detectLanguage('Die Regierung hat die Sanktionen gegen Russland verlängert')).toBe('de');
    expect(detectLanguage('España y Francia acuerdan sanciones contra el régimen')).toBe('es');
    expect(detectLanguage('Polska nakłada sankcje na Białoruś')).toBe('pl');
    expect(detectLanguage('中国')).toBe('zh');
    expect(detectLanguage('123 !!!')).toBe('und');
  });

  it('still finds countries where the names match in other languages', () => {
    const c = createClassifier();
    const r = c.classify({ title: 'Die Ukraine und Russland tauschen Gefangene aus', summary: '', language: 'de' });
    expect(r.language).toBe('de');
    expect(r.countries).toEqual(['RU', 'UA']);
  });

  it('decides the same from the classifier\'s tokens as from the raw text', () => {
    // The classifier hands the detector its own tokens rather than letting it split the text again;
    // the two must agree, on every labelled text and on the awkward cases below.
    const dir = path.resolve(import.meta.dirname, '../fixtures/classifier');
    const texts = [path.resolve(import.meta.dirname, '../../../shared/classifier/dev.jsonl'), ...readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(dir, f))]
      .flatMap((f) => parseExamples(readFileSync(f, 'utf8')))
      .map((e) => ({ title: e.title, summary: e.summary }));
    texts.push(
      { title: 'Le Bélarus libère des prisonniers', summary: 'L’opposant a été libéré après l’accord, a-t-il déclaré.' },
      { title: 'Polska nakłada sankcje', summary: 'Rząd ogłosił nowe sankcje wobec Białorusi w środę.' },
      { title: 'Russia’s U.S. talks', summary: "The students' union said it's over; co2 levels, 2nd round." },
      { title: 'Україна повернула додому 150 військовослужбовців', summary: 'Обмін відбувся за посередництва ОАЕ, повідомив Зеленський.' },
      { title: 'Обмен пленными', summary: 'Россия и Украина провели обмен, сообщило Минобороны; ещё 19-й обмен за год.' },
    );
    // French words sliding across the end of the detector's 4,000-character sample: French while
    // enough of them are inside it, English (the default) after.
    const around = Array.from({ length: 40 }, (_, k) => ({ title: 'Talks', summary: `${'2024 '.repeat(794)}${'7'.repeat(k)} dans le la les des du et est une pour que qui dans sur avec` }));
    expect(new Set(around.map((t) => detectLanguage(`${t.title} ${t.summary}`)))).toEqual(new Set(['fr', 'en']));
    texts.push(...around);
    const c = createClassifier();
    const disagreements = texts.filter((t) => c.classify(t).language !== detectLanguage(`${t.title} ${t.summary}`));
    expect(texts.length).toBeGreaterThan(5000);
    expect(disagreements).toEqual([]);
  });
});
