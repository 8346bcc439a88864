// What a person does in Slack and Discord, as the platforms deliver it to us: signed slash commands
// and signed interactions, timed, with the asynchronous answer collected from the fakes.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import type { FakeDiscordApi } from '../fakes/discord-api.js';
import { signedRequest, slashCommandBody, type FakeSlack, type ResponsePost } from '../fakes/slack-api.js';

export async function waitUntil<T>(probe: () => T | undefined | false, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

// ---- Slack ------------------------------------------------------------------------------------

export interface SlackAnswer {
  /** HTTP status of the ack. */
  status: number;
  /** Body of the ack (Bolt acks slash commands with an empty 200). */
  ackBody: string;
  /** Milliseconds until the ack arrived. */
  ackMs: number;
  /** Milliseconds from sending the command until the answer reached the response_url. */
  replyMs: number;
  /** What was posted to the command's response_url. */
  reply: ResponsePost;
  /** reply.body as text, for matching. */
  text: string;
}

let slackSeq = 0;

/** Types `/brief <text>` in a Slack channel: a signed POST to /slack/events, then the response_url post. */
export async function slackCommand(
  eventsUrl: string,
  secret: string,
  slack: FakeSlack,
  fields: { text: string; user: string; channel: string },
): Promise<SlackAnswer> {
  slackSeq += 1;
  const id = `cmd-${slackSeq}`;
  const body = slashCommandBody({ text: fields.text, user_id: fields.user, channel_id: fields.channel, response_url: slack.responseUrl(id) });
  const started = Date.now();
  const res = await signedRequest(eventsUrl, secret, body);
  const ackBody = await res.text();
  const ackMs = Date.now() - started;
  const reply = await waitUntil(() => slack.responses.find((r) => r.id === id), `the response_url post for "/brief ${fields.text}"`);
  return { status: res.status, ackBody, ackMs, replyMs: reply.at - started, reply, text: JSON.stringify(reply.body) };
}

// ---- Discord ----------------------------------------------------------------------------------

export const MANAGE_GUILD = String(1 << 5);
export const SEND_MESSAGES = String(1 << 11);

export function discordKeyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { privateKey, publicHex: Buffer.from(jwk.x!, 'base64url').toString('hex') };
}

export interface OptionJson {
  name: string;
  type: number;
  value?: string | number;
  options?: OptionJson[];
}

export const sub = (name: string, options: OptionJson[] = []): OptionJson => ({ type: 1, name, options });
export const group = (name: string, options: OptionJson[]): OptionJson => ({ type: 2, name, options });
export const opt = (name: string, value: string | number, type = 3): OptionJson => ({ name, type, value });

export interface DiscordAnswer {
  status: number;
  /** The immediate interaction response (a deferral). */
  initial: { type?: number; data?: { flags?: number } };
  ackMs: number;
  /** Milliseconds from sending the interaction until the original response was edited. */
  replyMs: number;
  /** The edit of the deferred original response. */
  edit: unknown;
  text: string;
  token: string;
}

let discordSeq = 0;

/** Runs `/brief …` in a Discord channel: a signed interaction POST, then the edit of the original response. */
export async function discordCommand(
  base: string,
  keys: { privateKey: KeyObject },
  discord: FakeDiscordApi,
  fields: { applicationId: string; guildId: string; channel: string; userId: string; permissions: string; options: OptionJson[] },
): Promise<DiscordAnswer> {
  discordSeq += 1;
  const token = `e2e-interaction-token-${discordSeq}-${Date.now()}`;
  const interaction = {
    id: String(910000000000000000n + BigInt(discordSeq)),
    application_id: fields.applicationId,
    type: 2,
    token,
    guild_id: fields.guildId,
    channel_id: fields.channel,
    channel: { id: fields.channel },
    member: { permissions: fields.permissions, user: { id: fields.userId, username: `user${fields.userId.slice(-4)}` } },
    data: { id: '1', name: 'brief', type: 1, options: fields.options },
  };
  const text = JSON.stringify(interaction);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + text), keys.privateKey).toString('hex');
  const started = Date.now();
  const res = await fetch(`${base}/discord/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
    body: text,
  });
  const initial = (await res.json()) as DiscordAnswer['initial'];
  const ackMs = Date.now() - started;
  const edit = await waitUntil(() => discord.originals.get(token)?.[0], `the edited original response (${JSON.stringify(fields.options)})`);
  const editedAt = discord.requests.find((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`))?.at ?? Date.now();
  return { status: res.status, initial, ackMs, replyMs: editedAt - started, edit, text: JSON.stringify(edit), token };
}

// ---- The database, as an operator would look at it ----------------------------------------------

export interface OutboxRow {
  id: number;
  subscription_id: number;
  platform: string;
  channel: string;
  status: string;
  attempts: number;
  last_error: string | null;
  external_id: string | null;
}

/** The outbox table, read through a separate read-only connection (the app keeps its own open). */
export function outboxRows(dbPath: string): OutboxRow[] {
  const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT id, subscription_id, platform, channel, status, attempts, last_error, external_id FROM outbox ORDER BY id')
      .all() as OutboxRow[];
  } finally {
    db.close();
  }
}
