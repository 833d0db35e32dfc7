/**
 * The GitHub Actions runner protocol (workflow commands on stdout, file commands
 * in GITHUB_OUTPUT / GITHUB_ENV / GITHUB_PATH), written the way @actions/core
 * writes it. Kept here, small and dependency-free, so a bundle that fails on a
 * bad input never pays for loading @actions/core and its HTTP stack.
 */
import { appendFileSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';

export type Env = Record<string, string | undefined>;

/**
 * Writes straight to fd 1: creating process.stdout costs a measurable share of
 * a failing run's start-up. Retries EAGAIN in case something else has made the
 * pipe non-blocking.
 */
function writeStdout(text: string): void {
  const buffer = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < buffer.length; ) {
    try {
      offset += writeSync(1, buffer, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

let out: (text: string) => void = writeStdout;

/** Tests route stdout through here instead of patching process.stdout. */
export function setStdout(writer: (text: string) => void): () => void {
  const previous = out;
  out = writer;
  return () => {
    out = previous;
  };
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type AnnotationProperties = {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
};

export function command(
  name: string,
  message: string,
  properties: Record<string, unknown> = {},
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  out(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

export function info(message: string): void {
  out(`${message}${EOL}`);
}

export function isDebug(env: Env = process.env): boolean {
  return env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true';
}

export function debug(message: string): void {
  command('debug', message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  command('warning', message, annotationProps(properties));
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  command('error', message, annotationProps(properties));
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  command('notice', message, annotationProps(properties));
}

function annotationProps(p: AnnotationProperties): Record<string, unknown> {
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine };
}

export function startGroup(name: string): void {
  out(`::group::${escapeData(name)}${EOL}`);
}

export function endGroup(): void {
  out(`::endgroup::${EOL}`);
}

/** Registers one exact value with the runner's log masker. */
export function addMask(value: string): void {
  if (value) command('add-mask', value);
}

function fileCommand(variable: string, key: string, value: string, env: Env): boolean {
  const path = env[variable];
  if (!path) return false;
  // The collision check below is what stops a value from injecting other
  // outputs; randomness only keeps honest values from colliding. Math.random
  // avoids loading crypto on a failing run's start-up path.
  const delimiter = `ghadelimiter_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  if (key.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`unexpected delimiter collision writing ${key}`);
  }
  appendFileSync(path, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

export function setOutput(name: string, value: string, env: Env = process.env): void {
  if (!fileCommand('GITHUB_OUTPUT', name, value, env)) {
    out(EOL);
    command('set-output', value, { name });
  }
}

export function exportVariable(name: string, value: string, env: Env = process.env): void {
  process.env[name] = value;
  if (!fileCommand('GITHUB_ENV', name, value, env)) command('set-env', value, { name });
}
