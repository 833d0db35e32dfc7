/**
 * `node dist/token/index.js --cluster <name> --region <region>`: the kubeconfig's
 * exec credential plugin. Prints an ExecCredential with a fresh EKS token signed
 * with the AWS_* credentials in its environment (the ones aws-eks-auth exported;
 * kubectl passes its own environment to the plugin). Nothing secret is stored
 * in the kubeconfig itself.
 */
import { parseArgs } from 'node:util';
import { partitionOf } from '../regions';
import { credentialsFromEnv, execCredential } from '../token';

function fail(message: string): never {
  process.stderr.write(`aws-eks-auth token: ${message}\n`);
  process.exit(1);
}

function main(argv: string[], env: NodeJS.ProcessEnv): void {
  let values: { cluster?: string; region?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { cluster: { type: 'string' }, region: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}; usage: --cluster <name> --region <region>`);
  }
  const cluster = values.cluster?.trim();
  const region = values.region?.trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim();
  if (!cluster) fail('--cluster <name> is required');
  if (!region) fail('--region <region> is required (or AWS_REGION)');
  if (!partitionOf(region)) fail(`unknown AWS region "${region}"`);
  const credentials = credentialsFromEnv(env);
  if (!credentials) {
    fail(
      'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set; run the aws-eks-auth action earlier in this job (it exports them)',
    );
  }
  const credential = execCredential({ cluster, region, credentials, now: new Date() });
  process.stdout.write(`${JSON.stringify(credential)}\n`);
}

main(process.argv.slice(2), process.env);
