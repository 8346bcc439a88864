import { describe, expect, it } from 'vitest';
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
});
