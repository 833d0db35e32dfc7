import { afterEach, describe, expect, it } from 'vitest';
import { mask } from '../src/mask';
import { setOutputs } from '../src/outputs';
import { error, exportVariable, setOutput } from '../src/runner';
import { type RunnerFixture, runnerFixture } from '../testing/runner-fixture';

let runner: RunnerFixture;
afterEach(() => runner.restore());

describe('runner protocol', () => {
  it('writes outputs and environment as file commands, multi-line safe', () => {
    runner = runnerFixture();
    setOutput('kubeconfig', '/tmp/k\nsecond line');
    setOutputs({ count: 3, ok: true });
    exportVariable('AWS_REGION', 'eu-west-1');
    expect(runner.outputs()).toEqual({ kubeconfig: '/tmp/k\nsecond line', count: '3', ok: 'true' });
    expect(runner.exported()).toEqual({ AWS_REGION: 'eu-west-1' });
    expect(process.env.AWS_REGION).toBe('eu-west-1');
  });

  it('escapes annotation data so one message is one command', () => {
    runner = runnerFixture();
    error('line one\nline two 100%', { title: 'a:b,c' });
    expect(runner.stdout()).toBe('::error title=a%3Ab%2Cc::line one%0Aline two 100%25\n');
  });

  it('masks multi-line secrets whole and line by line', () => {
    runner = runnerFixture();
    mask('-----BEGIN KEY-----\n  abcdef  \n}\n-----END KEY-----');
    expect(runner.masks()).toEqual([
      '-----BEGIN KEY-----%0A  abcdef  %0A}%0A-----END KEY-----',
      '-----BEGIN KEY-----',
      'abcdef',
      '-----END KEY-----',
    ]);
    mask('');
    expect(runner.masks()).toHaveLength(4);
  });
});
