// A failure at start that the operator can fix (configuration, key, port, database connection):
// the command line prints its message as one line and exits with code 2, without a stack trace.
export class StartupError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}
