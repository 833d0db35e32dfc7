/** Summary + policy over a plan JSON, without running terraform: used by the summarize command, the goldens and the benchmark. */
import { parsePlan } from '../../_shared/src/terraform/plan';
import { Redactor, type RedactRule } from '../../_shared/src/terraform/redact';
import { renderWithin } from '../../_shared/src/terraform/render';
import { type SummarizedPlan, summarizePlan } from '../../_shared/src/terraform/summary';
import { JOB_SUMMARY_LIMIT } from './constants';
import { evaluatePolicy, type Violation } from './policy';
import { policyMarkdown } from './policy-report';

export type ReportOptions = {
  title: string;
  environment: string;
  allowDestroy?: string[];
  requiredTags?: string[];
  redact?: RedactRule[];
  policy?: 'enforce' | 'warn' | 'off';
  mode?: 'plan' | 'drift';
};

export type PlanReport = SummarizedPlan & {
  violations: Violation[];
  markdown: string;
  hidden: Set<string>;
};

export function reportPlan(json: string, options: ReportOptions): PlanReport {
  const plan = parsePlan(json);
  const redactor = new Redactor(options.redact ?? []);
  const summarized = summarizePlan(plan, redactor, {
    drift: options.mode === 'drift' ? 'all' : 'relevant',
  });
  const policy = options.policy ?? 'enforce';
  const violations =
    policy === 'off'
      ? []
      : evaluatePolicy(summarized.summary.changes, plan, {
          environment: options.environment,
          allowDestroy: options.allowDestroy ?? [],
          requiredTags: options.requiredTags ?? [],
        });
  const sections = policy === 'off' ? [] : [policyMarkdown(violations, policy)];
  const { markdown } = renderWithin(
    summarized.summary,
    { title: options.title, sections, mode: options.mode ?? 'plan' },
    JOB_SUMMARY_LIMIT,
  );
  return { ...summarized, violations, markdown, hidden: redactor.hidden };
}
