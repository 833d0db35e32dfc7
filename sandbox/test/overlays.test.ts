/**
 * The MediMind overlays deploy into the sandbox with real kubectl (`apply -k`, `rollout status`),
 * and a second apply changes nothing that matters.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../k8s/test/helpers';
import { type Cluster, openCluster } from './harness';

const overlay = join(import.meta.dirname, '..', '..', 'k8s', 'overlays', 'staging');
const run = kubectlAvailable() && existsSync(overlay) && !process.env.CONTRACT_KUBECONFIG;
let c: Cluster;

describe.skipIf(!run)('kubectl apply -k k8s/overlays/staging into the sandbox', () => {
  beforeAll(async () => {
    c = await openCluster();
  });
  afterAll(async () => {
    await c?.close();
  });

  it('applies every object, rolls out every Deployment and re-applies idempotently', async () => {
    const apply = await c.kubectl(['apply', '-k', overlay, '--validate=false']);
    expect(apply.code, apply.stderr).toBe(0);
    const created = apply.stdout.trim().split('\n');
    expect(
      created.every((l) => / created$/.test(l)),
      apply.stdout,
    ).toBe(true);
    const deployments = created
      .filter((l) => l.startsWith('deployment.apps/'))
      .map((l) => l.split(' ')[0]!);
    expect(deployments.length).toBeGreaterThan(0);
    const list = await c.kubectl([
      'get',
      'deployments',
      '-A',
      '-o',
      'jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.name}{"\\n"}{end}',
    ]);
    for (const nsName of list.stdout.trim().split('\n')) {
      const [ns, name] = nsName.split('/');
      const st = await c.kubectl([
        '-n',
        ns!,
        'rollout',
        'status',
        `deployment/${name}`,
        '--timeout=30s',
      ]);
      expect(st.code, `${nsName}: ${st.stdout}${st.stderr}`).toBe(0);
    }
    const again = await c.kubectl(['apply', '-k', overlay, '--validate=false']);
    expect(again.code, again.stderr).toBe(0);
    // Deployments, Services and HPAs must not change on a re-apply (PDB selectors are
    // "replace" lists for which kubectl always sends a patch, also against a real cluster).
    const changed = again.stdout
      .split('\n')
      .filter((l) => / configured$/.test(l) && !l.startsWith('poddisruptionbudget'));
    expect(changed).toEqual([]);
  });
});
