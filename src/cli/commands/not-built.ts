import { CliError } from '../cli-error.js';

/** A command of the interface contract whose feature is not built yet: says so and exits non-zero. */
export function notBuiltYet(command: string, feature: string): () => Promise<void> {
  return () => Promise.reject(new CliError(`${command} is not built yet: it comes with ${feature}`, 4));
}
