/**
 * Local time runs this many times faster than AWS time: queue waits (visibility timeout, batching window,
 * delay) are divided by it. 600: ten minutes in AWS are one second here, so the template's 12-minute
 * visibility timeout becomes 1 s and a poison message reaches the dead-letter queue after its 5 receives
 * in about 5 s.
 */
export const DEFAULT_TIME_SCALE = 600;

/** The region local mode's resources and clients use. */
export const LOCAL_REGION = 'us-east-1';

/** The account id the local SQS server (fauxqs) puts in queue ARNs and URLs. */
export const LOCAL_ACCOUNT_ID = '000000000000';

/**
 * When local mode stops, how long invocations in flight get to end by themselves (their remaining time
 * drops to this, so a handler that watches it hands on) before their environment is killed.
 */
export const STOP_GRACE_MS = 2_000;

/** How often local mode looks again at a source that a deleted message left `PROCESSING` (a continuation). */
export const SOURCE_POLL_MS = 250;
