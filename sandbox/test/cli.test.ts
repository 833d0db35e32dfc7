import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSandboxArgs, runSandboxCli } from '../cli';

describe('medimind sandbox CLI', () => {
  it('rejects bad input with a clear message and exit code 2', async () => {
    const err: string[] = [];
    expect(await runSandboxCli(['--ready-delay', 'soon'], { err: (s) => err.push(s) })).toBe(2);
    expect(err.join('')).toContain('--ready-delay needs a number >= 0 (got "soon")');
    expect(await runSandboxCli(['--bogus'], { err: (s) => err.push(s) })).toBe(2);
    expect(err.join('')).toContain('unknown option "--bogus"');
    expect(() => parseSandboxArgs(['--namespace', 'Bad_NS'])).toThrow(
      /--namespace needs a DNS label/,
    );
    expect(
      parseSandboxArgs(['--time-scale=0.1', '--endpoint-lag', '5', '--no-operator-crds']),
    ).toMatchObject({
      timing: { timeScale: 0.1, endpointLagMs: 5 },
      operatorCrds: false,
    });
    expect(
      parseSandboxArgs([
        '--data-plane=l7',
        '--nodes',
        '2',
        '--dead-endpoint',
        'blackhole',
        '--sigterm',
        'exit',
        '--endpoint-lag-tail',
        '0',
      ]),
    ).toMatchObject({
      dataPlane: { mode: 'l7', nodes: 2, deadEndpoint: 'blackhole' },
      app: { sigtermPolicy: 'exit' },
      timing: { endpointLagTailMs: 0 },
    });
    expect(() => parseSandboxArgs(['--data-plane', 'l3'])).toThrow(
      '--data-plane must be one of l4, l7 (got "l3")',
    );
    expect(() => parseSandboxArgs(['--nodes', '0'])).toThrow('--nodes must be between 1 and 64');
  });

  it('prints help', async () => {
    const out: string[] = [];
    expect(await runSandboxCli(['--help'], { out: (s) => out.push(s) })).toBe(0);
    expect(out.join('')).toContain('Usage: medimind sandbox');
  });

  it('starts, prints the server, kubeconfig and Service addresses, and stops on abort', async () => {
    const out: string[] = [];
    const sigintBefore = process.listenerCount('SIGINT');
    const ac = new AbortController();
    const running = runSandboxCli(['--ready-delay', '10'], {
      out: (s) => out.push(s),
      signal: ac.signal,
    });
    const text = () => out.join('');
    while (!text().includes('kubeconfig:')) await new Promise((r) => setTimeout(r, 10));
    const server = /server:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(text())![1]!;
    const kubeconfig = /kubeconfig:\s+(\S+)/.exec(text())![1]!;
    expect(readFileSync(kubeconfig, 'utf8')).toContain(`server: ${server}`);
    const res = await fetch(`${server}/api/v1/namespaces/default/services`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        metadata: { name: 'hello' },
        spec: { selector: { app: 'hello' }, ports: [{ port: 8080 }] },
      }),
    });
    expect(res.status).toBe(201);
    while (!text().includes('service default/hello:8080 -> http://127.0.0.1:'))
      await new Promise((r) => setTimeout(r, 20));
    ac.abort();
    expect(await running).toBe(0);
    expect(text()).toContain('MediMind sandbox stopped');
    expect(existsSync(kubeconfig)).toBe(false);
    expect(process.listenerCount('SIGINT')).toBe(sigintBefore);
  });
});
