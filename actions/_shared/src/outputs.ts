import { setOutput } from './runner';

export type OutputValue = string | number | boolean;

/** Sets every output of an action from one typed record. */
export function setOutputs<K extends string>(values: Record<K, OutputValue>): void {
  for (const [name, value] of Object.entries<OutputValue>(values)) setOutput(name, String(value));
}
