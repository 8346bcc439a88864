// `npm run eval -- FILE | head`: the reader went away. Stop quietly, as Unix tools do, instead
// of dying with an unhandled EPIPE trace.
export function exitQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
