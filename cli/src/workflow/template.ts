/**
 * Workflow and action files read through @actions/workflow-parser: its schema
 * validation (and, for a workflow, the caller/callee contract of every
 * reusable workflow it calls), then its token tree as plain data in which each
 * `${{ }}` is an `Expr` (the parser has already turned `a ${{ b }}` into
 * `format('a {0}', b)`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import { parse as parseYaml } from 'yaml';
import { Expr, type Plain } from './expressions';

export class WorkflowFileError extends Error {}

export const OWN_REPO = 'medimind/delivery';

/**
 * `yaml` is the same document as plain YAML data: a string with embedded
 * `${{ }}` keeps its scalar value as a template (the parser's format() form
 * keeps a block scalar's indentation, and @actions/expressions unescapes only
 * the first '' of a string literal).
 */
function toPlain(token: TemplateToken, yaml: unknown): Plain {
  if (isBasicExpression(token)) {
    const text = typeof yaml === 'string' ? yaml : undefined;
    const whole = text !== undefined && /^\s*\$\{\{((?:(?!\}\})[\s\S])*)\}\}\s*$/.test(text);
    return new Expr(
      token.expression,
      text?.trim() || token.source?.trim() || `\${{ ${token.expression} }}`,
      text !== undefined && !whole ? text : undefined,
    );
  }
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isSequence(token)) {
    const out: Plain[] = [];
    for (let i = 0; i < token.count; i++)
      out.push(toPlain(token.get(i), Array.isArray(yaml) ? yaml[i] : undefined));
    return out;
  }
  if (isMapping(token)) {
    const out: Record<string, Plain> = {};
    for (let i = 0; i < token.count; i++) {
      const { key, value } = token.get(i);
      const name = isString(key) ? key.value : key.toString();
      const sub =
        yaml && typeof yaml === 'object' ? (yaml as Record<string, unknown>)[name] : undefined;
      out[name] = toPlain(value, sub);
    }
    return out;
  }
  return null;
}

export type PlainMap = Record<string, Plain>;

export function asMap(value: Plain | undefined): PlainMap {
  return value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Expr)
    ? value
    : {};
}

/** Maps a reusable workflow reference to a path under `root` (this library's or a local one). */
export function workflowPath(ref: string): string | undefined {
  if (ref.startsWith('./')) return ref.slice(2);
  const own = new RegExp(`^${OWN_REPO}/(\\.github/workflows/[^@]+)@.+$`, 'i').exec(ref);
  return own?.[1];
}

/** Parses and validates a workflow; reusable workflows it calls resolve under `root`. */
export async function loadWorkflow(
  root: string,
  path: string,
  content?: string,
): Promise<PlainMap> {
  const text = content ?? readFileSync(resolve(root, path), 'utf8');
  const parsed = parseWorkflow({ name: path, content: text }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value && errors.length === 0) {
    const converted = await convertWorkflowTemplate(
      parsed.context,
      parsed.value,
      {
        async getFileContent(ref: FileReference) {
          const p =
            'repository' in ref
              ? workflowPath(`${ref.owner}/${ref.repository}/${ref.path}@${ref.version}`)
              : ref.path;
          if (!p || !existsSync(join(root, p)))
            throw new Error(`cannot resolve ${JSON.stringify(ref)}`);
          return { name: p, content: readFileSync(join(root, p), 'utf8') };
        },
      },
      { fetchReusableWorkflowDepth: 1, errorPolicy: ErrorPolicy.TryConversion },
    );
    errors.push(...(converted.errors ?? []).map((e) => e.Message));
  }
  if (!parsed.value || errors.length > 0) {
    throw new WorkflowFileError(`${path} is not a valid workflow:\n  ${errors.join('\n  ')}`);
  }
  return asMap(toPlain(parsed.value, parseYaml(text)));
}

/** Parses and validates an action.yml. */
export function loadAction(file: string, label: string): PlainMap {
  const text = readFileSync(file, 'utf8');
  const parsed = parseAction({ name: label, content: text }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value || errors.length > 0) {
    throw new WorkflowFileError(`${label} is not a valid action:\n  ${errors.join('\n  ')}`);
  }
  return asMap(toPlain(parsed.value, parseYaml(text)));
}

/** Every expression text in a value (`if:` strings count: they are expressions without `${{ }}`). */
function expressionTexts(value: Plain | undefined, key = ''): string[] {
  if (value instanceof Expr) return [value.template ?? value.expression];
  if (typeof value === 'string') return key === 'if' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => expressionTexts(v));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => expressionTexts(v, k));
  return [];
}

/**
 * `needs.<job>.outputs.<name>` references checked before anything runs: the
 * job must be in `needs` and declare the output. GitHub evaluates a typo to ''
 * and the mistake is found in production.
 */
export async function referenceErrors(
  root: string,
  file: string,
  workflow: PlainMap,
): Promise<string[]> {
  const jobs = asMap(workflow.jobs);
  const errors: string[] = [];
  const outputsOf = async (id: string): Promise<string[]> => {
    const job = asMap(jobs[id]);
    if (typeof job.uses !== 'string') return Object.keys(asMap(job.outputs));
    const path = workflowPath(job.uses);
    if (!path || !existsSync(join(root, path))) return [];
    const callee = asMap(parseYaml(readFileSync(join(root, path), 'utf8')) as Plain);
    return Object.keys(asMap(asMap(asMap(callee.on).workflow_call).outputs));
  };
  for (const [id, jobPlain] of Object.entries(jobs)) {
    const job = asMap(jobPlain);
    const needs =
      job.needs === undefined
        ? []
        : (Array.isArray(job.needs) ? job.needs : [job.needs]).map(String);
    for (const text of expressionTexts(job)) {
      for (const m of text.matchAll(
        /\bneeds\.([A-Za-z_][\w-]*)(?:\.outputs\.([A-Za-z_][\w-]*))?/g,
      )) {
        const [ref, target, output] = m as unknown as [string, string, string | undefined];
        if (!needs.includes(target)) {
          errors.push(
            `${file}: job "${id}" reads \${{ ${ref} }} but does not need "${target}" (needs: ${needs.join(', ') || 'nothing'})`,
          );
          continue;
        }
        const declared = await outputsOf(target);
        if (output && !declared.includes(output)) {
          errors.push(
            `${file}: job "${id}" reads \${{ ${ref} }}: job "${target}" has no output "${output}" (its outputs: ${declared.join(', ') || 'none'})`,
          );
        }
      }
    }
  }
  return [...new Set(errors)];
}
