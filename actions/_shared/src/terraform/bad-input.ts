import { ConfigurationError } from '../errors';

/** Reads inputs; a mistake without a more specific reason is `bad-input`. */
export function readingInputs<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ConfigurationError && !error.reason) {
      throw new ConfigurationError(error.message, 'bad-input');
    }
    throw error;
  }
}
