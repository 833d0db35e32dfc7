import { describe, expect, it } from 'vitest';
import {
  documentedReasons,
  readmeSection,
  testSources,
} from '../../_shared/testing/failure-reasons';
import { FAILURE_REASONS } from '../src/failure-reasons';

describe('terraform-apply failure reasons', () => {
  it('action.yml documents exactly the declared reasons', () => {
    expect(documentedReasons('terraform-apply').sort()).toEqual([...FAILURE_REASONS].sort());
  });

  it('README.md names every one', () => {
    const section = readmeSection('terraform-apply');
    for (const reason of FAILURE_REASONS) expect(section, reason).toContain(`\`${reason}\``);
  });

  it('every reason is asserted by a test', () => {
    const sources = testSources('terraform-apply');
    for (const reason of FAILURE_REASONS) expect(sources, reason).toContain(`'${reason}'`);
  });
});
