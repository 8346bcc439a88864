// An error whose message is written for the person who typed the command. The runner shows it as
// is; any other error is reported as a generic failure, never with its message or stack.
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
