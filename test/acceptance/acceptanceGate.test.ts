import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { acceptanceGate } from '../../scripts/acceptance/acceptanceGate';

const run = promisify(execFile);

/** The environment without AWS credentials or the opt-in, and with no instance metadata to ask. */
function bareEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('AWS_') && name !== 'ARTICLE_PIPELINE_AWS_TEST') env[name] = value;
  }
  return {
    ...env,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    ...extra,
  };
}

describe('acceptanceGate', () => {
  it('skips without the opt-in, and never asks for credentials then', async () => {
    let asked = false;
    const gate = await acceptanceGate({}, async () => {
      asked = true;
      return true;
    });
    expect(gate).toMatchObject({ run: false, message: expect.stringContaining('skipped') });
    expect(asked).toBe(false);
  });

  it('skips with the opt-in but without credentials', async () => {
    const gate = await acceptanceGate({ ARTICLE_PIPELINE_AWS_TEST: '1' }, async () => false);
    expect(gate).toMatchObject({ run: false, message: expect.stringContaining('no AWS credentials') });
  });

  it('runs only with ARTICLE_PIPELINE_AWS_TEST=1 exactly and credentials', async () => {
    expect(await acceptanceGate({ ARTICLE_PIPELINE_AWS_TEST: '1' }, async () => true)).toEqual({ run: true });
    expect((await acceptanceGate({ ARTICLE_PIPELINE_AWS_TEST: 'true' }, async () => true)).run).toBe(false);
  });
});

describe('npm run test:aws', () => {
  it('without ARTICLE_PIPELINE_AWS_TEST skips cleanly: a message saying "skipped", exit status 0', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'test:aws'], { env: bareEnvironment() });
    expect(stdout).toContain('skipped');
  }, 60_000);

  it('with ARTICLE_PIPELINE_AWS_TEST=1 but no credentials skips too, exit status 0', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'test:aws'], {
      env: bareEnvironment({ ARTICLE_PIPELINE_AWS_TEST: '1' }),
    });
    expect(stdout).toContain('skipped');
    expect(stdout).toContain('no AWS credentials');
  }, 60_000);
});
