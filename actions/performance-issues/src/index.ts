import { runAction } from '../../_shared/src/run-action';
import { run } from './main';

await runAction(run);
