// Option values from any platform → checked, typed values. The zod schema of a command is built
// from its OptionSpecs, so Slack text, Discord options and the console get exactly the same rules.
import { z } from 'zod';
import type { OptionSpec, OptionValues } from './command.js';
import { resolveCountry } from './countries.js';

export type ValidationResult = { values: OptionValues } | { problems: string[] };

/** How one option is written in usage lines: <required> or [optional]. */
export function usageOf(spec: OptionSpec): string {
  return spec.required ? `<${spec.name}>` : `[${spec.name}]`;
}

function describeRange(spec: OptionSpec, whole: boolean): string {
  const kind = whole ? 'a whole number' : 'a number';
  if (spec.min !== undefined && spec.max !== undefined) return `${kind} from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return `${kind} of at least ${spec.min}`;
  if (spec.max !== undefined) return `${kind} of at most ${spec.max}`;
  return kind;
}

/** Lets a choice be typed in any case, or as an unambiguous prefix ("sanc" → "sanctions"). */
export function matchChoice(value: string, choices: readonly string[]): string | undefined {
  const v = value.trim().toLowerCase();
  if (choices.includes(v)) return v;
  const starts = choices.filter((c) => c.startsWith(v));
  return v.length >= 3 && starts.length === 1 ? starts[0] : undefined;
}

function optionSchema(spec: OptionSpec): z.ZodType<string | number> {
  const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : String(v));
  if (spec.type === 'string') {
    const text = z.string({ error: `${spec.name} must be text` }).trim().min(1, `${spec.name} must not be empty`).max(500, `${spec.name} is too long (at most 500 characters)`);
    if (!spec.choices) return text;
    const choices = spec.choices;
    return text.transform((v, ctx) => {
      const choice = matchChoice(v, choices);
      if (choice !== undefined) return choice;
      ctx.addIssue({ code: 'custom', message: `${spec.name} must be one of ${choices.join(', ')} (got ${show(v)})` });
      return z.NEVER;
    });
  }
  const whole = spec.type === 'integer';
  const message = `${spec.name} must be ${describeRange(spec, whole)}`;
  let num = z.number({ error: message }).finite({ error: message });
  if (whole) num = num.int({ error: message });
  if (spec.min !== undefined) num = num.min(spec.min, { error: message });
  if (spec.max !== undefined) num = num.max(spec.max, { error: message });
  return z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    const t = v.trim();
    return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : v;
  }, num);
}

/** Checks values against the specs; country options are resolved to ISO alpha-2 codes. */
export function validateOptions(specs: readonly OptionSpec[], raw: OptionValues): ValidationResult {
  const problems: string[] = [];
  const known = new Set(specs.map((s) => s.name));
  const present: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    if (!known.has(name)) {
      problems.push(specs.length === 0 ? `This command takes no options (got ${name})` : `Unknown option ${name} (options: ${specs.map((s) => s.name).join(', ')})`);
      continue;
    }
    present[name] = value;
  }
  const shape: Record<string, z.ZodType<string | number | undefined>> = {};
  for (const spec of specs) {
    // Checked here rather than by zod so the message is the same whatever the option's type.
    if (spec.required && present[spec.name] === undefined) problems.push(`Missing ${spec.name}: ${spec.description}`);
    const schema = optionSchema(spec);
    shape[spec.name] = spec.required ? schema : schema.optional();
  }
  const parsed = z.object(shape).safeParse(present);
  if (problems.length === 0 && !parsed.success) {
    for (const issue of parsed.error.issues) problems.push(issue.message);
  }
  if (problems.length > 0 || !parsed.success) return { problems };

  const values: OptionValues = { ...(parsed.data as OptionValues) };
  for (const spec of specs) {
    const value = values[spec.name];
    if (spec.autocomplete !== 'country' || typeof value !== 'string') continue;
    const resolved = resolveCountry(value);
    if ('code' in resolved) values[spec.name] = resolved.code;
    else problems.push(resolved.error);
  }
  return problems.length > 0 ? { problems } : { values };
}
