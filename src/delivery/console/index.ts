// The console is a real delivery target: human-readable text on a terminal, JSON lines when piped.
import type { Writable } from 'node:stream';
import type { Brief, Reply } from '../../core/types.js';
import type { DeliveryAdapter, DeliveryTarget } from '../adapter.js';
import { renderBriefText, renderReplyText, stripControl } from './render.js';

export const CONSOLE_CHANNEL = 'stdout';

export interface ConsoleAdapterOptions {
  out: Writable;
  format: 'text' | 'json';
}

export function createConsoleAdapter(opts: ConsoleAdapterOptions): DeliveryAdapter {
  return {
    platform: 'console',
    async deliver(target: DeliveryTarget, brief: Brief) {
      const line =
        opts.format === 'json'
          ? JSON.stringify({ type: 'brief', outboxId: target.outboxId, ...brief })
          : `\n${renderBriefText(brief)}\n`;
      await write(opts.out, `${line}\n`);
      return { externalId: `console:${target.outboxId}` };
    },
    // A printed brief cannot be edited: a grown story prints one short line (the whole brief as JSON).
    async update(_channel: string, externalId: string, brief: Brief) {
      const line =
        opts.format === 'json'
          ? JSON.stringify({ type: 'update', of: externalId, ...brief })
          : `[attache] updated: ${stripControl(brief.headline)} (${brief.sources.length} reports: ${stripControl([...new Set(brief.sources.map((s) => s.feedName))].join(' · '))})`;
      await write(opts.out, `${line}\n`);
    },
    async notice(_channel: string, text: string) {
      const line = opts.format === 'json' ? JSON.stringify({ type: 'notice', text }) : `[attache] ${stripControl(text)}`;
      await write(opts.out, `${line}\n`);
    },
    async postReply(channel: string, reply: Reply) {
      const line = opts.format === 'json' ? JSON.stringify({ type: 'reply', channel, ...reply }) : `\n${renderReplyText(reply)}\n`;
      await write(opts.out, `${line}\n`);
      return {};
    },
  };
}

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(text, (err) => (err ? reject(err) : resolve()));
  });
}
