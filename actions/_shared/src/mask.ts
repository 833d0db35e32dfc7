import { addMask } from './runner';

/**
 * Masks a secret. The runner matches masks line by line, so a multi-line value
 * (a PEM key, a kubeconfig) is registered whole and per line, trimmed too.
 */
export function mask(value: string | undefined | null): void {
  if (!value) return;
  addMask(value);
  if (!/[\r\n]/.test(value)) return;
  for (const line of value.split(/\r?\n/)) {
    const trimmed = line.trim();
    // A one- or two-character line ("}", "--") carries no secret and would blank the log.
    if (trimmed.length > 2) addMask(trimmed);
  }
}
