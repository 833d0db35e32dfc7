/**
 * The YAML library, loaded on first use: actions parse YAML only after their
 * inputs are validated, so a failing start never pays for it.
 */
export function loadYaml(): Promise<typeof import('yaml')> {
  return import('yaml');
}
