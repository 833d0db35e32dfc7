import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors';
import * as inputs from '../src/inputs';

const env = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [inputs.envName(k), v]));

describe('input parsers', () => {
  it('maps names to INPUT_ variables the way the runner does', () => {
    expect(inputs.envName('role-to-assume')).toBe('INPUT_ROLE-TO-ASSUME');
    expect(inputs.envName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('required names the missing input', () => {
    expect(() => inputs.required('aws-region', {})).toThrow(ConfigurationError);
    expect(() => inputs.required('aws-region', env({ 'aws-region': '   ' }))).toThrow(
      'Input required and not supplied: aws-region',
    );
    expect(inputs.required('aws-region', env({ 'aws-region': ' eu-west-1 ' }))).toBe('eu-west-1');
  });

  it('booleans are strict', () => {
    expect(inputs.boolean('dry-run', false, env({ 'dry-run': 'True' }))).toBe(true);
    expect(inputs.boolean('dry-run', true, env({ 'dry-run': 'FALSE' }))).toBe(false);
    expect(inputs.boolean('dry-run', true, {})).toBe(true);
    expect(() => inputs.boolean('dry-run', false, env({ 'dry-run': 'yes' }))).toThrow(
      'Input dry-run must be true or false, got "yes"',
    );
  });

  it('enums list the allowed values', () => {
    expect(inputs.oneOf('mode', ['plan', 'drift'], 'plan', env({ mode: 'drift' }))).toBe('drift');
    expect(() => inputs.oneOf('mode', ['plan', 'drift'], 'plan', env({ mode: 'apply' }))).toThrow(
      'Input mode must be one of plan, drift; got "apply"',
    );
  });

  it('parses durations', () => {
    expect(inputs.parseDuration('90s')).toBe(90_000);
    expect(inputs.parseDuration('10m')).toBe(600_000);
    expect(inputs.parseDuration('1h30m')).toBe(5_400_000);
    expect(inputs.parseDuration('250ms')).toBe(250);
    expect(inputs.parseDuration('45')).toBe(45_000);
    for (const bad of ['', 'ten minutes', '10x', '5m junk', '-5s']) {
      expect(inputs.parseDuration(bad)).toBeUndefined();
    }
    expect(() => inputs.duration('lock-timeout', '5m', env({ 'lock-timeout': '5 mins' }))).toThrow(
      /Input lock-timeout must be a duration such as 90s/,
    );
    expect(() =>
      inputs.duration('role-duration', '1h', env({ 'role-duration': '5m' }), { min: 900_000 }),
    ).toThrow('Input role-duration must be at least 15m; got "5m"');
  });

  it('integers are bounded', () => {
    expect(inputs.integer('count', 3, env({ count: '7' }), { min: 1, max: 10 })).toBe(7);
    expect(() => inputs.integer('count', 3, env({ count: '1.5' }), { min: 1, max: 10 })).toThrow(
      'Input count must be a whole number from 1 to 10; got "1.5"',
    );
  });

  it('lists split on newlines and commas and drop comments', () => {
    expect(
      inputs.list('ids', env({ ids: '111111111111, 222222222222\n# note\n\n333333333333' })),
    ).toEqual(['111111111111', '222222222222', '333333333333']);
  });

  it('key=value maps keep = and , in values and reject duplicates', () => {
    const map = inputs.keyValues('variables', env({ variables: 'a=1\nb = x=y,z\n' }));
    expect([...map]).toEqual([
      ['a', '1'],
      ['b', 'x=y,z'],
    ]);
    expect(() => inputs.keyValues('variables', env({ variables: '=1' }))).toThrow(/has no key/);
    expect(() => inputs.keyValues('variables', env({ variables: 'a=1\na=2' }))).toThrow(
      'sets "a" twice',
    );
  });
});
