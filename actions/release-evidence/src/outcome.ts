/**
 * What happened to traffic, from the outcomes of the composite's blue-green
 * steps. The one place that turns step outcomes into the record's verdicts.
 */
import type { BlueGreenOutcome, Verdict } from '../../_shared/src/evidence';
import type { EvidenceConfig } from './inputs';

export function blueGreenOutcome(
  c: Pick<
    EvidenceConfig,
    'deployOutcome' | 'rolledBack' | 'switchedAt' | 'finalizeOutcome' | 'rollbackOutcome'
  >,
): BlueGreenOutcome {
  // First: a standalone rollback (promote.yml) has no deploy step at all.
  if (c.rolledBack || c.rollbackOutcome === 'success') return 'rolled-back';
  if (c.deployOutcome === '' || c.deployOutcome === 'skipped') return 'not-run';
  if (c.deployOutcome === 'success' && c.finalizeOutcome === 'success') return 'finalized';
  // A deploy that failed or was cancelled before switching left traffic where it was.
  if (c.deployOutcome !== 'success' && !c.switchedAt) return 'failed-before-switch';
  return 'incomplete';
}

export function verdictOf(passed: boolean | undefined): Verdict {
  return passed === undefined ? 'not-run' : passed ? 'passed' : 'failed';
}

export function releaseVerdict(
  outcome: BlueGreenOutcome,
  readiness: Verdict,
  k6: Verdict,
): 'passed' | 'failed' {
  return outcome === 'finalized' && readiness === 'passed' && k6 === 'passed' ? 'passed' : 'failed';
}
