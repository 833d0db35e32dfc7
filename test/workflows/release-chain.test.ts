// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub workflow expressions, not templates
import { describe, expect, it } from 'vitest';
import { loadWorkflow, parseWorkflowText } from './files';
import { checkReleaseOrder } from './release-chain';

const PATH = '.github/workflows/staged-rollout.yml';

describe('staged-rollout.yml release order', () => {
  it('runs nothing in production unless staging finalized with readiness and smoke passed, and gates production on its environment', () => {
    expect(checkReleaseOrder(loadWorkflow(PATH))).toEqual([]);
  });

  // Each mutation of the real file must be caught: the check can fail.
  const real = loadWorkflow(PATH).content;
  const gate =
    "if: ${{ needs.release-staging.outputs.finalized == 'true' && needs.release-staging.outputs.readiness-passed == 'true' && needs.release-staging.outputs.smoke-passed == 'true' }}";
  const mutations: [string, (text: string) => string, RegExp][] = [
    [
      'production release without the gate',
      (t) =>
        t.replace(
          `    needs: [release-staging, terraform-production]\n    ${gate}`,
          '    needs: [release-staging, terraform-production]',
        ),
      /production job release-production does not require needs\.release-staging\.outputs\.readiness-passed/,
    ],
    [
      'a gate that runs always',
      (t) =>
        t.replace(
          `    needs: release-staging\n    ${gate}`,
          `    needs: release-staging\n    if: \${{ always() }}`,
        ),
      /production job terraform-production has a condition that can run after a failure/,
    ],
    [
      'the smoke gate dropped',
      (t) => t.replaceAll(" && needs.release-staging.outputs.smoke-passed == 'true'", ''),
      /does not require needs\.release-staging\.outputs\.smoke-passed == 'true'/,
    ],
    [
      'production release not bound to the environment',
      (t) =>
        t.replace(
          '    environment:\n      name: production\n      url: ${{ inputs.production-url }}\n',
          '',
        ),
      /no job releases production .* bound to environment: production/,
    ],
    [
      'staging output not from the release step',
      (t) =>
        t.replace(
          'readiness-passed: ${{ steps.release.outputs.readiness-passed }}',
          "readiness-passed: 'true'",
        ),
      /job release-staging must output readiness-passed/,
    ],
    [
      'a bypass with ||',
      (t) =>
        t.replace(
          `    needs: [release-staging, terraform-production]\n    ${gate}`,
          `    needs: [release-staging, terraform-production]\n    ${gate.replace(' }}', " || github.event_name == 'workflow_dispatch' }}")}`,
        ),
      /alternative \(\|\|\)/,
    ],
  ];
  it.each(mutations)('catches %s', (_label, mutate, expected) => {
    const text = mutate(real);
    expect(text).not.toBe(real);
    expect(checkReleaseOrder(parseWorkflowText(PATH, text))).toEqual(
      expect.arrayContaining([expect.stringMatching(expected)]),
    );
  });
});
