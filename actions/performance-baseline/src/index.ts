import { runAction } from '../../_shared/src/run-action';
import { FAILURE_REASONS } from './failure-reasons';
import { run } from './main';

await runAction(run, { reasons: FAILURE_REASONS });
