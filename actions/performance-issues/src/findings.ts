/** The `findings` input: a YAML list, validated item by item with line-precise messages. */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ConfigurationError } from '../../_shared/src/errors';
import { INPUTS } from './constants';

export type Finding = {
  key: string;
  title: string;
  active: boolean;
  checked: boolean;
  body: string;
};

const KEYS = new Set(['key', 'title', 'active', 'checked', 'body', 'body-file']);

export function parseFindings(text: string): Finding[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `Input ${INPUTS.findings} is not valid YAML: ${(error as Error).message}`,
      'bad-input',
    );
  }
  if (!Array.isArray(data))
    throw new ConfigurationError(
      `Input ${INPUTS.findings} must be a YAML list of findings`,
      'bad-input',
    );
  const seen = new Set<string>();
  return data.map((item, i) => {
    const where = `Input ${INPUTS.findings} item ${i + 1}`;
    const bad = (what: string): never => {
      throw new ConfigurationError(`${where} ${what}`, 'bad-input');
    };
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return bad('must be a mapping');
    const f = item as Record<string, unknown>;
    const unknown = Object.keys(f).filter((k) => !KEYS.has(k));
    if (unknown.length)
      bad(`has unknown field(s) ${unknown.join(', ')}; allowed: ${[...KEYS].join(', ')}`);
    const key = typeof f.key === 'string' ? f.key : bad('needs a key');
    if (!/^[a-z0-9][a-z0-9._/-]*$/i.test(key))
      bad(`key "${key}" may hold only letters, digits, ".", "_", "/" and "-"`);
    if (seen.has(key)) bad(`repeats key "${key}"`);
    seen.add(key);
    const title =
      typeof f.title === 'string' && f.title.trim() ? f.title.trim() : bad('needs a title');
    const flag = (name: string, fallback: boolean) => {
      const v = f[name];
      if (v === undefined || v === '') return fallback;
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return v === 'true';
      return bad(`${name} must be true or false; got ${JSON.stringify(v)}`);
    };
    if (f.active === undefined) bad('needs active: true or false');
    let body = typeof f.body === 'string' ? f.body : '';
    const file = f['body-file'];
    if (typeof file === 'string' && file) {
      if (!existsSync(file)) bad(`body-file ${file} does not exist`);
      body = [body, readFileSync(file, 'utf8')].filter(Boolean).join('\n\n');
    }
    return { key, title, active: flag('active', false), checked: flag('checked', true), body };
  });
}
