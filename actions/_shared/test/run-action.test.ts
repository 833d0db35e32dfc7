import { afterEach, describe, expect, it } from 'vitest';
import { ActionFailure, ConfigurationError } from '../src/errors';
import { runAction } from '../src/run-action';
import { type RunnerFixture, runnerFixture } from '../testing/runner-fixture';

let runner: RunnerFixture;
afterEach(() => runner.restore());

describe('runAction', () => {
  it('reports a configuration error once, without a stack', async () => {
    runner = runnerFixture();
    await runAction(async () => {
      throw new ConfigurationError('Input aws-region must be a valid region', 'bad-input');
    });
    expect(runner.errors()).toEqual(['Input aws-region must be a valid region']);
    expect(runner.outputs()).toEqual({ 'failure-reason': 'bad-input' });
    expect(runner.stdout()).not.toMatch(/at .*\.ts:\d+/);
    expect(process.exitCode).toBe(1);
  });

  it('reports an input error that names no reason as bad-input', async () => {
    runner = runnerFixture();
    await runAction(async () => {
      throw new ConfigurationError('Input required and not supplied: namespace');
    });
    expect(runner.outputs()).toEqual({ 'failure-reason': 'bad-input' });
    expect(runner.errors()).toEqual(['Input required and not supplied: namespace']);
  });

  it('sets no failure reason for a bug', async () => {
    runner = runnerFixture();
    await runAction(async () => {
      throw new TypeError('boom');
    });
    expect(runner.outputs()).toEqual({});
  });

  it('reports non-Error throws', async () => {
    runner = runnerFixture();
    await runAction(async () => {
      throw { code: 42 };
    });
    expect(runner.errors()[0]).toMatch(/^\{"code":42\} \(unexpected error/);
  });

  it('prints a bug stack trace only with debug logging on', async () => {
    runner = runnerFixture();
    await runAction(async () => {
      throw new TypeError('boom');
    });
    expect(runner.stdout()).not.toContain('::debug::');
    runner.restore();
    runner = runnerFixture();
    process.env.RUNNER_DEBUG = '1';
    await runAction(async () => {
      throw new TypeError('boom');
    });
    expect(runner.stdout()).toMatch(/::debug::TypeError: boom%0A\s+at /);
    expect(runner.errors()).toEqual(['boom']);
  });

  it('sets the failure reason of an operational failure', async () => {
    runner = runnerFixture();
    await runAction(async () => {
      throw new ActionFailure('state is locked by run 7', 'state-locked');
    });
    expect(runner.outputs()['failure-reason']).toBe('state-locked');
  });

  it('reports a reason the action does not declare as a bug, still setting it', async () => {
    runner = runnerFixture();
    await runAction(
      async () => {
        throw new ActionFailure('plan format 2.0 is not supported', 'unsupported-plan-format');
      },
      { reasons: ['bad-input', 'state-locked', 'cancelled'] },
    );
    expect(runner.outputs()).toEqual({ 'failure-reason': 'unsupported-plan-format' });
    expect(runner.errors()).toEqual([
      'plan format 2.0 is not supported',
      'Bug in this action: failure-reason "unsupported-plan-format" is not one it declares (bad-input, state-locked, cancelled); please report it',
    ]);
    expect(process.exitCode).toBe(1);
  });

  it('says nothing more for a declared reason, including the kernel-raised bad-input', async () => {
    runner = runnerFixture();
    await runAction(
      async () => {
        throw new ConfigurationError('Input namespace is required');
      },
      { reasons: ['bad-input', 'cancelled'] },
    );
    expect(runner.outputs()).toEqual({ 'failure-reason': 'bad-input' });
    expect(runner.errors()).toEqual(['Input namespace is required']);
  });

  it('reports a kernel-raised reason the action forgot to declare', async () => {
    runner = runnerFixture();
    await runAction(
      async () => {
        throw new ConfigurationError('Input namespace is required');
      },
      { reasons: ['state-locked'] },
    );
    expect(runner.errors()[1]).toMatch(/failure-reason "bad-input" is not one it declares/);
  });

  it('hands the given environment to the action', async () => {
    runner = runnerFixture();
    const seen: string[] = [];
    await runAction(
      async ({ env }) => {
        seen.push(String(env.INPUT_WHO));
      },
      { env: { INPUT_WHO: 'options' }, reasons: ['bad-input'] },
    );
    expect(seen).toEqual(['options']);
  });

  it('leaves the exit code alone on success', async () => {
    runner = runnerFixture();
    await runAction(async ({ signal }) => {
      expect(signal.aborted).toBe(false);
    });
    expect(process.exitCode).toBeUndefined();
    expect(runner.errors()).toEqual([]);
  });
});
