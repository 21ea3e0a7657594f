/** A command that cannot be applied to the plan as it is: a German message for the user. */
export class CommandError extends Error {
  override name = 'CommandError';
}

export function fail(message: string): never {
  throw new CommandError(message);
}
