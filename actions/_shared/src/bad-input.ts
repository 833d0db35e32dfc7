import { ConfigurationError } from './errors';

/**
 * Runs an input reader and gives any ConfigurationError without a reason the
 * `bad-input` failure reason, so every input mistake is reported the same way.
 */
export function readingInputs<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ConfigurationError && !error.reason)
      throw new ConfigurationError(error.message, 'bad-input');
    throw error;
  }
}

/** Lines of `name=ref` image references, as blue-green's `images` input. */
export function imageLines(text: string): { name: string; ref: string }[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const at = l.indexOf('=');
      return { name: l.slice(0, at).trim(), ref: l.slice(at + 1).trim() };
    });
}
