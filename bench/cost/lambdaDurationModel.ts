/**
 * Memory at which Lambda gives a function one full vCPU (Lambda Developer Guide, "Configure Lambda
 * function memory": "At 1,769 MB, a function has the equivalent of one vCPU"). Below it, CPU time
 * stretches in proportion; above it a single-threaded Node.js handler gains nothing.
 */
export const ONE_VCPU_MEMORY_MB = 1_769;

/**
 * How much slower one Graviton2 core (Lambda arm64) is taken to run this handler than one core of the
 * machine the benchmark ran on. An allowance, not a measurement (this machine is not Graviton): AWS
 * states arm64 functions run "up to 19 % better" than x86 ones, so equal speed would be fair; 1.25 errs
 * on the side of a higher bill.
 */
export const GRAVITON_CORE_FACTOR = 1.25;

/** The stated model's inputs and its factor. */
export interface DurationModel {
  memorySizeMb: number;
  /** CPU time here × this = CPU time in Lambda at `memorySizeMb`. */
  cpuFactor: number;
}

/**
 * The factor applied to CPU time measured here to get CPU time in Lambda on arm64 at `memorySizeMb`:
 * the CPU share Lambda gives that memory (÷ 1,769 MB, at most one vCPU) times {@link GRAVITON_CORE_FACTOR}.
 *
 * @example
 * ```ts
 * durationModel(1024).cpuFactor; // 2.16: 1769 / 1024 × 1.25
 * ```
 */
export function durationModel(memorySizeMb: number): DurationModel {
  const share = Math.min(1, memorySizeMb / ONE_VCPU_MEMORY_MB);
  return { memorySizeMb, cpuFactor: GRAVITON_CORE_FACTOR / share };
}

/**
 * Billed milliseconds of one invocation in Lambda, from one measured here: the waits stay as measured
 * (wall time minus CPU time; the local servers stand in for S3 and DynamoDB, which answer in single-digit
 * milliseconds in-region), the CPU time is scaled by the model's factor, and Lambda rounds up to 1 ms.
 *
 * @example
 * ```ts
 * billedMilliseconds({ wallMs: 40, cpuMs: 30 }, durationModel(1024)); // 75: 10 ms waiting + 30 × 2.16
 * ```
 */
export function billedMilliseconds(
  measured: { wallMs: number; cpuMs: number },
  model: DurationModel,
): number {
  const cpuMs = Math.min(measured.cpuMs, measured.wallMs);
  return Math.ceil(measured.wallMs - cpuMs + cpuMs * model.cpuFactor);
}
