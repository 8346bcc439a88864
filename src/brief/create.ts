// The brief writer the configuration asks for: offline by default, a model's prose when one is set.
import type { Logger } from '../logger.js';
import { offlineBriefWriter } from './build.js';
import { createLlmBriefWriter, type LlmSettings } from './llm.js';
import type { BriefWriter } from './writer.js';

export interface BriefWriterOptions {
  llm?: LlmSettings;
  logger: Pick<Logger, 'warn' | 'debug'>;
  timeoutMs?: number;
}

export function createBriefWriter(opts: BriefWriterOptions): BriefWriter {
  if (!opts.llm) return offlineBriefWriter;
  return createLlmBriefWriter({ llm: opts.llm, logger: opts.logger, timeoutMs: opts.timeoutMs });
}
