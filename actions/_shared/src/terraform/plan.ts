/**
 * Terraform's machine-readable plan (`terraform show -json <planfile>`), as
 * documented in "JSON Output Format" (developer.hashicorp.com/terraform/internals/json-format).
 * Only the fields we read are typed; unknown fields are ignored, an unknown
 * major `format_version` is refused.
 */
import { ConfigurationError } from '../errors';

export type Sensitivity = boolean | { [key: string]: Sensitivity } | Sensitivity[];

export type ChangeJson = {
  actions: string[];
  before?: unknown;
  after?: unknown;
  after_unknown?: unknown;
  before_sensitive?: Sensitivity;
  after_sensitive?: Sensitivity;
  replace_paths?: (string | number)[][];
  importing?: { id?: string; identity?: unknown } | null;
};

export type ResourceChangeJson = {
  address: string;
  previous_address?: string;
  module_address?: string;
  mode?: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  provider_name?: string;
  deposed?: string;
  action_reason?: string;
  change: ChangeJson;
};

export type CheckJson = {
  address: { kind?: string; name?: string; to_display: string };
  status: 'pass' | 'fail' | 'error' | 'unknown';
  instances?: {
    address: { to_display: string };
    status: string;
    problems?: { message: string }[];
  }[];
};

export type ConfigExpression = { references?: string[]; constant_value?: unknown };
export type ConfigModule = {
  /** Declared variables; `sensitive: true` where the configuration says so. */
  variables?: Record<string, { sensitive?: boolean }>;
  resources?: { address: string; type: string; expressions?: Record<string, unknown> }[];
  module_calls?: Record<string, { module?: ConfigModule }>;
};

export type PlanJson = {
  format_version: string;
  terraform_version?: string;
  variables?: Record<string, { value?: unknown }>;
  resource_changes?: ResourceChangeJson[];
  resource_drift?: ResourceChangeJson[];
  relevant_attributes?: { resource: string; attribute: (string | number)[] }[];
  output_changes?: Record<string, ChangeJson>;
  checks?: CheckJson[];
  configuration?: { root_module?: ConfigModule };
  applyable?: boolean;
  complete?: boolean;
  errored?: boolean;
  timestamp?: string;
};

export const SUPPORTED_FORMAT_MAJOR = 1;

/** Parses `terraform show -json` output; refuses what we cannot read correctly. */
export function parsePlan(text: string): PlanJson {
  let plan: unknown;
  try {
    plan = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `The plan is not valid JSON (${(error as Error).message})`,
      'unsupported-plan-format',
    );
  }
  return checkPlan(plan);
}

export function checkPlan(plan: unknown): PlanJson {
  if (!plan || typeof plan !== 'object' || Array.isArray(plan)) {
    throw new ConfigurationError('The plan JSON is not an object', 'unsupported-plan-format');
  }
  const version = (plan as { format_version?: unknown }).format_version;
  if (typeof version !== 'string' || !/^\d+\.\d+/.test(version)) {
    throw new ConfigurationError(
      'The plan JSON has no format_version; is this `terraform show -json <planfile>` output?',
      'unsupported-plan-format',
    );
  }
  const major = Number(version.split('.')[0]);
  if (major !== SUPPORTED_FORMAT_MAJOR) {
    throw new ConfigurationError(
      `The plan JSON has format_version ${version}; only ${SUPPORTED_FORMAT_MAJOR}.x is supported`,
      'unsupported-plan-format',
    );
  }
  return plan as PlanJson;
}

export type ChangeKind = 'create' | 'update' | 'replace' | 'delete' | 'read' | 'no-op';

/** One kind per change; both replace orders are `replace`. */
export function changeKind(actions: readonly string[]): ChangeKind {
  if (actions.includes('delete') && actions.includes('create')) return 'replace';
  const [first] = actions;
  if (first === 'create' || first === 'update' || first === 'delete' || first === 'read') {
    return first;
  }
  return 'no-op';
}

export function replaceOrder(
  actions: readonly string[],
): 'delete-then-create' | 'create-then-delete' | undefined {
  if (actions.length !== 2) return undefined;
  if (actions[0] === 'delete' && actions[1] === 'create') return 'delete-then-create';
  if (actions[0] === 'create' && actions[1] === 'delete') return 'create-then-delete';
  return undefined;
}
