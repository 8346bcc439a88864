// Token patterns scrubbed from anything that may reach a log line or a chat reply.
// Hand-written because no maintained package covers Slack, Discord and URL credentials together.

const PATTERNS: Array<[RegExp, string]> = [
  [/\bxox[abposr]-[0-9A-Za-z-]{8,}/g, 'xox*-[redacted]'],
  [/\bxapp-[0-9A-Za-z-]{8,}/g, 'xapp-[redacted]'],
  // Discord bot token: base64(user id).timestamp.hmac
  [/\b[MNO][A-Za-z\d_-]{22,27}\.[A-Za-z\d_-]{5,7}\.[A-Za-z\d_-]{25,}/g, '[redacted-discord-token]'],
  [/\b(Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{12,}/gi, '$1 [redacted]'],
  [/\bsk-[A-Za-z0-9_-]{16,}/g, 'sk-[redacted]'],
  // user:password@ in any URL
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+):[^\s@/]+@/gi, '$1:[redacted]@'],
];

export function scrubSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
