// Builds small RSS 2.0 documents for tests.
export interface TestItem {
  guid?: string;
  link?: string;
  title: string;
  description?: string;
  pubDate?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(items: TestItem[], title = 'Test desk'): string {
  const body = items
    .map(
      (i) =>
        `<item>${i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''}` +
        `${i.link ? `<link>${esc(i.link)}</link>` : ''}<title>${esc(i.title)}</title>` +
        `<description>${esc(i.description ?? '')}</description>` +
        `<pubDate>${i.pubDate ?? 'Fri, 20 Nov 2026 09:00:00 GMT'}</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>https://desk.example.org/</link><description>t</description>\n${body}\n</channel></rss>\n`;
}

export const RELEVANT: TestItem = {
  guid: 'desk-1001',
  title: 'Belarus pardons 31 Ukrainians after agreements with the US',
  description: 'Belarusian President Alexander Lukashenko pardoned 31 Ukrainian citizens, who were handed over to Ukraine.',
};

export const LOOKALIKE: TestItem = {
  guid: 'desk-1002',
  title: 'UEFA sanctions club over fan violence',
  description: 'European football’s governing body fined the club and ordered a partial stadium closure.',
};

export const OLD_NEWS: TestItem = {
  guid: 'desk-0999',
  title: 'US imposes sanctions on Russian banks',
  description: 'The Treasury designated three Russian banks and froze their assets.',
};
