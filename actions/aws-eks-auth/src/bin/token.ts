/**
 * `node dist/token/index.js --cluster <name> --region <region>`: the kubeconfig's
 * exec credential plugin. Prints an ExecCredential with a fresh EKS token signed
 * with the AWS_* credentials in its environment (the ones aws-eks-auth exported;
 * kubectl passes its own environment to the plugin). Nothing secret is stored
 * in the kubeconfig itself.
 *
 * kubectl runs this on every token refresh, so it starts lean: output goes
 * through fs.writeSync (process.stdout would load Node's stream stack) and the
 * arguments are parsed by hand.
 */
import { writeSync } from 'node:fs';
import { expirationFromEnv } from '../expiration';
import { partitionOf } from '../regions';
import { credentialsFromEnv, execCredential } from '../token';

const USAGE = 'usage: --cluster <name> --region <region>';

function fail(message: string): never {
  writeSync(2, `aws-eks-auth token: ${message}\n`);
  process.exit(1);
}

function parseTokenArgs(argv: readonly string[]): { cluster?: string; region?: string } {
  const values: { cluster?: string; region?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag !== '--cluster' && flag !== '--region')
      fail(`unknown argument "${argv[i]}"; ${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) fail(`${flag} needs a value; ${USAGE}`);
    values[flag === '--cluster' ? 'cluster' : 'region'] = value;
  }
  return values;
}

function main(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  const values = parseTokenArgs(argv);
  const cluster = values.cluster?.trim();
  const region = values.region?.trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim();
  if (!cluster) fail(`--cluster is required; ${USAGE}`);
  if (!region) fail('--region <region> is required (or AWS_REGION)');
  if (!partitionOf(region)) fail(`unknown AWS region "${region}"`);
  const credentials = credentialsFromEnv(env);
  if (!credentials) {
    fail(
      'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set; run the aws-eks-auth action earlier in this job (it exports them)',
    );
  }
  try {
    const credential = execCredential({
      cluster,
      region,
      credentials,
      now: new Date(),
      credentialsExpiration: expirationFromEnv(env),
    });
    writeSync(1, `${JSON.stringify(credential)}\n`);
  } catch (error) {
    fail((error as Error).message);
  }
}

main(process.argv.slice(2), process.env);
