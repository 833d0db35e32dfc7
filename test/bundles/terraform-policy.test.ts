/**
 * The policy gate on a real plan: deleting an S3 bucket (a stateful type) is
 * denied under enforce and allowed via allow-destroy. Uses the AWS provider
 * from the offline mirror and a hand-written state; refresh=false, so nothing
 * calls AWS.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, plan, terraformAvailable } from './terraform-helpers';

const mirror = existsSync('/opt/tf-plugins/registry.terraform.io/hashicorp/aws');

// The AWS provider takes seconds to start (validate, plan, show each start it): the two cases run concurrently.
describe.runIf(terraformAvailable && (mirror || process.env.CI === 'true'))(
  'policy gate on a real plan',
  () => {
    const inputs = { refresh: 'false', 'required-tags': '', environment: 'production', fmt: 'off' };
    function module() {
      const dir = fixture('protected');
      copyFileSync(join(dir, 'terraform.tfstate.fixture'), join(dir, 'terraform.tfstate'));
      return { dir, env: { TF_CLI_CONFIG_FILE: join(dir, 'cli.tfrc') } };
    }

    it.concurrent('denies the deletion of a protected type under enforce: policy-denied, annotation, SARIF', async () => {
      const { dir, env } = module();
      const run = await plan(dir, { ...inputs, 'bundle-directory': join(dir, 'b1') }, env);
      expect(run.outputs['failure-reason'], run.stdout + run.stderr).toBe('policy-denied');
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ 'to-destroy': '1', 'policy-violations': '1' });
      expect(run.stdout).toMatch(
        /^::error title=MM-TF-001 Stateful resource deleted or replaced,file=.*main\.tf::aws_s3_bucket\.records \(aws_s3_bucket\) would be deleted/m,
      );
      expect(run.summary).toContain('**Policy: denied**');
      expect(run.summary).toContain('| MM-TF-001 | critical | aws_s3_bucket.records |');
      const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['MM-TF-001']);
      // The bundle records the verdict, so terraform-apply refuses it too.
      expect(JSON.parse(readFileSync(join(dir, 'b1', 'manifest.json'), 'utf8')).policy).toEqual({
        mode: 'enforce',
        violations: 1,
      });
    });

    it.concurrent('allows it when the address is in allow-destroy', async () => {
      const { dir, env } = module();
      const run = await plan(
        dir,
        {
          ...inputs,
          'allow-destroy': 'aws_s3_bucket.records',
          'bundle-directory': join(dir, 'b2'),
        },
        env,
      );
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.outputs).toMatchObject({ 'to-destroy': '1', 'policy-violations': '0' });
      expect(run.summary).toContain('**Policy:** passed');
    });
  },
);
