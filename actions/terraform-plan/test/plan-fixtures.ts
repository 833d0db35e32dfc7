/**
 * Plan JSON in the shape `terraform show -json` documents
 * (developer.hashicorp.com/terraform/internals/json-format, format_version 1.2),
 * for the cases a small real module cannot produce offline: imports, drift,
 * AWS resources.
 */
import type { PlanJson, ResourceChangeJson } from '../../_shared/src/terraform/plan';

export function change(
  address: string,
  actions: string[],
  after: Record<string, unknown> | null,
  extra: Partial<ResourceChangeJson> & {
    before?: unknown;
    after_unknown?: unknown;
    after_sensitive?: unknown;
    before_sensitive?: unknown;
    replace_paths?: (string | number)[][];
  } = {},
): ResourceChangeJson {
  const [type, name] = address.replace(/^(module\.[^.]+\.)+/, '').split('.');
  const {
    before = null,
    after_unknown = {},
    after_sensitive = {},
    before_sensitive = {},
    replace_paths,
    ...rest
  } = extra;
  return {
    address,
    mode: 'managed',
    type: type!,
    name: name!.replace(/\[.*$/, ''),
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions,
      before,
      after,
      after_unknown,
      before_sensitive: before_sensitive as never,
      after_sensitive: after_sensitive as never,
      ...(replace_paths ? { replace_paths } : {}),
    },
    ...rest,
  };
}

export function plan(extra: Partial<PlanJson> = {}): PlanJson {
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    applyable: true,
    complete: true,
    errored: false,
    ...extra,
  };
}
