/** Whether the acceptance test runs, and if not, the message that says why. */
export type AcceptanceGate = { run: true } | { run: false; message: string };

/** The environment variable that opts in to deploying a stack (and paying for it). */
export const OPT_IN_VARIABLE = 'ARTICLE_PIPELINE_AWS_TEST';

/**
 * Decides whether `npm run test:aws` deploys: only when `ARTICLE_PIPELINE_AWS_TEST=1` is set and AWS
 * credentials resolve (`hasCredentials`, asked only after the opt-in, so a plain run makes no network call).
 * Otherwise the run is skipped with a message containing "skipped" and exits 0.
 *
 * @example
 * ```ts
 * const gate = await acceptanceGate(process.env, async () => false);
 * if (!gate.run) console.log(gate.message);
 * ```
 */
export async function acceptanceGate(
  env: Record<string, string | undefined>,
  hasCredentials: () => Promise<boolean>,
): Promise<AcceptanceGate> {
  if (env[OPT_IN_VARIABLE] !== '1') {
    return {
      run: false,
      message:
        `test:aws skipped: set ${OPT_IN_VARIABLE}=1 (and AWS credentials) to deploy a throw-away stack, ` +
        'run the acceptance checks against it and destroy it (docs/deploy.md, "Acceptance test on AWS").',
    };
  }
  if (!(await hasCredentials())) {
    return {
      run: false,
      message:
        `test:aws skipped: ${OPT_IN_VARIABLE}=1 is set but no AWS credentials were found ` +
        '(AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or an SSO login).',
    };
  }
  return { run: true };
}
