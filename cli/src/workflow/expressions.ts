/**
 * Expressions as the runner evaluates them: the lexer, parser and evaluator of
 * @actions/expressions (the evaluator @actions/workflow-parser is built on),
 * with the job-status functions and strict contexts added.
 *
 * Strict contexts are where the rehearsal is deliberately stricter than GitHub:
 * `needs.build.outputs.typo`, `inputs.typo` or an output an action does not
 * declare evaluate to '' on GitHub and the mistake surfaces in production;
 * here they fail the step naming the expression.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';

/** A `${{ }}` value in a workflow or action file; `source` is the text as written. */
export class Expr {
  constructor(
    readonly expression: string,
    readonly source: string,
    /** A string with `${{ }}` inside it: each is evaluated and joined as text. */
    readonly template?: string,
  ) {}
}

const EMBEDDED = /\$\{\{((?:(?!\}\})[\s\S])*)\}\}/g;

export type Plain = null | boolean | number | string | Expr | Plain[] | { [key: string]: Plain };
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

export class ExpressionFailure extends Error {}

/** A context whose keys are known in advance: reading any other key is an error. */
export class Strict {
  constructor(
    readonly path: string,
    readonly values: Record<string, Value | Strict>,
    readonly what: string,
  ) {}
}

class StrictDictionary extends data.Dictionary {
  constructor(private readonly spec: Strict) {
    super();
  }
  override get(key: string): data.ExpressionData | undefined {
    const found = super.get(key);
    if (found !== undefined) return found;
    const known = Object.keys(this.spec.values);
    throw new ExpressionFailure(
      `${this.spec.path}.${key}: ${this.spec.what} has no "${key}" (known: ${known.join(', ') || 'none'})`,
    );
  }
}

export type Contexts = Record<string, Value | Strict>;

function toData(value: Value | Strict | undefined): data.ExpressionData {
  if (value instanceof Strict) {
    const dict = new StrictDictionary(value);
    for (const [k, v] of Object.entries(value.values)) dict.add(k, toData(v));
    return dict;
  }
  if (value === null || value === undefined) return new data.Null();
  if (typeof value === 'string') return new data.StringData(value);
  if (typeof value === 'number') return new data.NumberData(value);
  if (typeof value === 'boolean') return new data.BooleanData(value);
  if (Array.isArray(value)) return new data.Array(...value.map(toData));
  const dict = new data.Dictionary();
  for (const [k, v] of Object.entries(value)) dict.add(k, toData(v));
  return dict;
}

function fromData(d: data.ExpressionData): Value {
  switch (d.kind) {
    case data.Kind.Null:
      return null;
    case data.Kind.Boolean:
      return (d as data.BooleanData).value;
    case data.Kind.Number:
      return (d as data.NumberData).value;
    case data.Kind.String:
      return (d as data.StringData).value;
    case data.Kind.Array:
      return (d as data.Array).values().map(fromData);
    default: {
      const out: Record<string, Value> = {};
      for (const { key, value } of (d as data.Dictionary).pairs()) out[key] = fromData(value);
      return out;
    }
  }
}

/** The job's status as the status functions see it. */
export type Status = {
  failed: boolean;
  cancelled: boolean;
  /** For a job's `if:`: every job it needs succeeded (a skipped need is not a success). */
  success?: boolean;
};

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const fn = (name: string, value: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value()) },
  ];
  return new Map([
    fn('success', () => status.success ?? (!status.failed && !status.cancelled)),
    fn('failure', () => status.failed),
    fn('cancelled', () => status.cancelled),
    fn('always', () => true),
  ]);
}

const STATUS_INFO = ['success', 'failure', 'cancelled', 'always'].map((name) => ({
  name,
  minArgs: 0,
  maxArgs: 0,
}));

export function evaluate(
  expression: string,
  contexts: Contexts,
  status: Status = { failed: false, cancelled: false },
): Value {
  const names = Object.keys(contexts);
  let tree: ReturnType<Parser['parse']>;
  try {
    const lexed = new Lexer(expression).lex();
    tree = new Parser(lexed.tokens, names, STATUS_INFO).parse();
  } catch (error) {
    throw new ExpressionFailure(`\${{ ${expression} }}: ${(error as Error).message}`);
  }
  const context = new data.Dictionary();
  for (const name of names) context.add(name, toData(contexts[name]));
  try {
    return fromData(new Evaluator(tree, context, statusFunctions(status)).evaluate());
  } catch (error) {
    const message = (error as Error).message;
    throw new ExpressionFailure(
      error instanceof ExpressionFailure ? message : `\${{ ${expression} }}: ${message}`,
    );
  }
}

/** Every `${{ }}` in a value replaced by its result (mappings and lists walked). */
export function interpolate(value: Plain, contexts: Contexts, status?: Status): Value {
  if (value instanceof Expr) {
    try {
      if (value.template !== undefined) {
        return value.template.replace(EMBEDDED, (_, inner: string) =>
          asText(evaluate(inner.trim(), contexts, status)),
        );
      }
      return evaluate(value.expression, contexts, status);
    } catch (error) {
      if (error instanceof ExpressionFailure && !error.message.includes(value.source)) {
        throw new ExpressionFailure(`${value.source}: ${error.message}`);
      }
      throw error;
    }
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, contexts, status));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Value> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolate(v, contexts, status);
    return out;
  }
  return value;
}

/** How the runner turns a value into an input or environment string. */
export function asText(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 2);
}

export function truthy(value: Value): boolean {
  if (value === null || value === false || value === 0 || value === '') return false;
  return !(typeof value === 'number' && Number.isNaN(value));
}

const STATUS_CALL = /\b(success|failure|cancelled|always)\s*\(/i;

/**
 * The condition the runner evaluates for an `if:`: empty means `success()`;
 * one that calls no status function is `success() && (<if>)`.
 */
export function condition(value: Plain | undefined): string {
  if (value === undefined || value === null) return 'success()';
  const text =
    value instanceof Expr
      ? value.expression
      : String(value)
          .trim()
          .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
          .trim();
  if (!text) return 'success()';
  // Status names inside string literals do not count.
  return STATUS_CALL.test(text.replace(/'(?:[^']|'')*'/g, "''")) ? text : `success() && (${text})`;
}
