import { UserError } from './errors';

/** What an AWS SDK error carries that the explanation reads. */
interface ServiceErrorLike {
  name?: string;
  message?: string;
  code?: string;
  cause?: unknown;
  errors?: unknown[];
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ETIMEDOUT',
]);

const REFUSED_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
]);

/**
 * Turns an error a user can cause and fix (no credentials, no such stack, a missing table or bucket, a
 * local pipeline that stopped) into a {@link UserError} with one line that says what to do; returns
 * undefined for anything else, which is a bug and keeps its stack.
 *
 * @example
 * const explained = explainError(error);
 * if (explained) io.stderr.write(`article-pipeline: ${explained.message}\n`);
 */
export function explainError(error: unknown): UserError | undefined {
  if (error instanceof UserError) return error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { name = '', message = '' } = error as ServiceErrorLike;
  const stack = /Stack with id (.+) does not exist/.exec(message);
  if (stack !== null)
    return new UserError(`no such stack: ${stack[1]} (check the name, --region and --profile)`);
  if (name === 'CredentialsProviderError' || message.startsWith('Could not load credentials')) {
    return new UserError(
      'no AWS credentials: set AWS_PROFILE or pass --profile (run `aws sso login` or `aws configure` first), or start a local pipeline with `npm start`',
    );
  }
  if (message === 'Region is missing' || name === 'RegionMissingError') {
    return new UserError('no AWS region: pass --region or set AWS_REGION (or a region in your AWS profile)');
  }
  if (name === 'ExpiredToken' || name === 'ExpiredTokenException' || name === 'TokenRefreshRequired') {
    return new UserError(
      'your AWS credentials have expired: refresh them (e.g. `aws sso login`) and try again',
    );
  }
  if (REFUSED_CREDENTIALS.has(name))
    return new UserError(`AWS refused your credentials (${name}): ${message}`);
  if (name === 'AccessDenied' || name === 'AccessDeniedException') {
    return new UserError(`access denied: ${message || 'your credentials may not use this pipeline'}`);
  }
  if (name === 'InvalidCursorError')
    return new UserError('invalid --cursor: pass the token printed after the previous page');
  if (name === 'ResourceNotFoundException') return new UserError(`table not found: ${message}`);
  if (name === 'NoSuchBucket') return new UserError(`bucket not found: ${message}`);
  if (name === 'QueueDoesNotExist' || name === 'AWS.SimpleQueueService.NonExistentQueue') {
    return new UserError(`queue not found: ${message}`);
  }
  const networkCode = findNetworkCode(error);
  if (networkCode !== undefined) {
    return new UserError(
      `cannot reach the pipeline (${networkCode}): if it is the local one, is \`npm start\` still running? Otherwise check your network and --region`,
    );
  }
  return undefined;
}

function findNetworkCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 3) return undefined;
  const { code, cause, errors } = error as ServiceErrorLike;
  if (code !== undefined && NETWORK_CODES.has(code)) return code;
  for (const inner of [cause, ...(errors ?? [])]) {
    const found = findNetworkCode(inner, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
