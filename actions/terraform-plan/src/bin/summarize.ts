/**
 * `node actions/terraform-plan/dist/summarize/index.js plan.json [--environment E]
 *  [--allow-destroy a,b] [--required-tags a,b] [--policy enforce|warn|off]`
 * Prints the markdown summary with the policy verdict; exit 0, or 3 when the
 * policy denies the plan. Counts go to stderr as one JSON line.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { reportPlan } from '../report';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    environment: { type: 'string', default: 'staging' },
    'allow-destroy': { type: 'string', default: '' },
    'required-tags': { type: 'string', default: '' },
    policy: { type: 'string', default: 'enforce' },
    title: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) {
  process.stderr.write(
    'usage: summarize <plan.json> [--environment E] [--policy enforce|warn|off]\n',
  );
  process.exit(2);
}
const split = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const policy = values.policy as 'enforce' | 'warn' | 'off';
const report = reportPlan(readFileSync(file, 'utf8'), {
  title: values.title ?? `Terraform plan: ${values.environment}`,
  environment: values.environment,
  allowDestroy: split(values['allow-destroy']),
  requiredTags: split(values['required-tags']),
  policy,
});
process.stdout.write(report.markdown);
process.stderr.write(
  `${JSON.stringify({ ...report.summary.counts, changes: report.summary.changes.length, violations: report.violations.length })}\n`,
);
process.exitCode = policy === 'enforce' && report.violations.length > 0 ? 3 : 0;
