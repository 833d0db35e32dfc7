/** Which AWS failures are worth another attempt, and the injectable parts of retry(). */

import type { Sleep } from '../../_shared/src/cancel';
import { isTransientNetworkError } from '../../_shared/src/http';

export type RetryDeps = { sleep?: Sleep; random?: () => number };

const RETRYABLE_NAMES = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'PriorRequestNotComplete',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalFailure',
  'InternalError',
  'ServerException',
  'IDPCommunicationError',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);

export function isRetryableAwsError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (e.name && RETRYABLE_NAMES.has(e.name)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  return isTransientNetworkError(error);
}
