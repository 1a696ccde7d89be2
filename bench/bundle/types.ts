/** Types of the ingest function's bundles as the construct builds them. */

/** Where the AWS SDK comes from at run time. */
export type SdkPlacement = 'sdkExternal' | 'sdkBundled';

/** One synthesized build of the ingest function. */
export interface IngestBundle {
  placement: SdkPlacement;
  /** The asset folder CDK zips and uploads: `index.js` and its source map. */
  directory: string;
  /** Absolute path of `index.js`. */
  codeFile: string;
}

/** The ingest function as the construct synthesizes it, once with the SDK left out and once bundled. */
export interface IngestBundles {
  sdkExternal: IngestBundle;
  sdkBundled: IngestBundle;
  /** What the construct does without `bundleAwsSdk`. */
  defaultPlacement: SdkPlacement;
  /** The function's settings from the template (the same for both builds). */
  settings: IngestFunctionSettings;
  stackName: string;
  /**
   * The synthesized template: two pipelines, construct ids `SdkExternal` and `SdkBundled`, the same but
   * for `bundleAwsSdk`.
   */
  template: { Resources: Record<string, unknown> };
}

/** Settings of the synthesized ingest function and its event source, read from the template. */
export interface IngestFunctionSettings {
  runtime: string;
  architecture: string;
  memorySizeMb: number;
  timeoutSeconds: number;
  /** Environment variables whose values are plain strings (references to other resources are left out). */
  environment: Record<string, string>;
  batchSize: number;
  maximumConcurrency: number;
  maximumBatchingWindowSeconds: number;
}
