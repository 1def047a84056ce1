/** What the figures were measured on, and how busy it was: a benchmark figure means nothing without both. */
import { cpus, loadavg, totalmem } from 'node:os';

/** "AMD EPYC 7B13, 2 cores, 24 GiB, Node v20.20.2". */
export function describeMachine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** The 1-minute load average over the number of cores ("load 3.1 on 2 cores"). */
export function describeLoad(): string {
  return `load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
}

/** CPU seconds (user + system) this process spent since `start`. */
export function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1e6;
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
