// On Node.js 20 the AWS SDK prints a notice that its releases after early January 2027 need Node.js 22,
// once per process: once per test file, a dozen times in `npm test`. vitest.config.ts turns it off with
// the SDK's own switch, as bin/article-pipeline.mjs does for the CLI.
import { describe, expect, it } from 'vitest';

describe('the SDK’s Node.js support notice', () => {
  it('is not printed in tests', async () => {
    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', listener);
    try {
      // This file runs in a process of its own: the SDK is loaded, and decides whether to warn, here.
      const { S3Client } = await import('@aws-sdk/client-s3');
      new S3Client({ region: 'us-east-1' }).destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('warning', listener);
    }
    expect(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED).toBe('true');
    expect(warnings.filter((warning) => warning.includes('NodeVersionSupportWarning'))).toEqual([]);
  });
});
