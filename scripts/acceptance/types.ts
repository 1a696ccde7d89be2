/** Types of the acceptance test (`npm run test:aws`) and its checks, which also run against local mode. */
import type { TargetOptions } from '../../cli/types';

/** A CloudWatch alarm's name and state. */
export interface AlarmState {
  name: string;
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
}

/** The pipeline the checks run against: a deployed stack, or a local pipeline. */
export interface AcceptanceTarget {
  /** How the CLI finds the pipeline: `{ stack, region }` for AWS, `{ dataDir }` for a local pipeline. */
  options: TargetOptions;
  /** Where the table's stream is read: a local pipeline's endpoint and credentials; AWS needs the region only. */
  stream: {
    region: string;
    endpoint?: string;
    credentials?: { accessKeyId: string; secretAccessKey: string };
  };
  /** The pipeline's alarms and their states; `undefined` where alarms do not exist (local mode). */
  alarmStates(): Promise<AlarmState[] | undefined>;
  /** How long to wait for the uploads to be processed and for a stream event, in seconds. */
  waitSeconds: number;
}

/** The outcome of one check. */
export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

/** The files the checks upload, by role, and what each must become. */
export interface AcceptanceFile {
  name: string;
  expectedState: 'PARSED' | 'REJECTED';
  /** Articles of a parsed file. */
  expectedArticles: number;
}
