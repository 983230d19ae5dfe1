import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { PortalProcesses } from './servers';

// Where the CPU went during one load run, from Linux's /proc: the portal's instances, HAProxy, the
// load generator, everything else on the machine, and idle. Times are in clock ticks (1/CLK_TCK s).

/** Ticks used since boot by each part, and the machine's busy and idle ticks, at `seconds`. */
export type CpuSample = {
  seconds: number;
  instances: number;
  haproxy: number;
  wrk: number;
  busy: number;
  idle: number;
};

/** CPU used over a window, each in % of one core (two full cores: 200). */
export type CpuShares = {
  seconds: number;
  instances: number;
  haproxy: number;
  wrk: number;
  other: number;
  idle: number;
};

// The fields of /proc/PID/stat after the command name, which may itself hold spaces or ")".
const statFields = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

/** User plus system ticks of a process (all its threads), from /proc/PID/stat (fields 14 and 15). */
export function processTicks(stat: string): number {
  const fields = statFields(stat);
  return Number(fields[11]) + Number(fields[12]);
}

/** User plus system ticks of a process's children that have ended and been waited for (fields 16 and 17). */
export function endedChildrenTicks(stat: string): number {
  const fields = statFields(stat);
  return Number(fields[13]) + Number(fields[14]);
}

/**
 * Busy and idle ticks of all cores, from /proc/stat's first line. Waiting for the disk counts as
 * idle; guest time is already inside user time, so it is not added again; stolen time is busy.
 */
export function machineTicks(procStat: string): { busy: number; idle: number } {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = procStat
    .slice(0, procStat.indexOf('\n'))
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return { busy: user + nice + system + irq + softirq + steal, idle: idle + iowait };
}

const readTicks = (pid: number) => processTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));

/**
 * A sample now. wrk is this process's only child that ends during a run, so its CPU time is what
 * the kernel adds to this process's ended children when wrk exits: a sample taken after wrk ended
 * has all of it, which wrk's own /proc entry, gone by then, could not give.
 */
export function sampleCpu(processes: PortalProcesses): CpuSample {
  return {
    seconds: performance.now() / 1000,
    instances: processes.instances.reduce((sum, pid) => sum + readTicks(pid), 0),
    haproxy: processes.haproxy ? readTicks(processes.haproxy) : 0,
    wrk: endedChildrenTicks(readFileSync('/proc/self/stat', 'utf8')),
    ...machineTicks(readFileSync('/proc/stat', 'utf8')),
  };
}

/** Clock ticks per second of /proc's figures (100 on Linux as built by Debian). */
export const ticksPerSecond = () => Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/** The CPU each part used between two samples; "other" is the machine's busy time less the parts measured. */
export function cpuShares(before: CpuSample, after: CpuSample, ticks: number): CpuShares {
  const seconds = after.seconds - before.seconds;
  const share = (key: Exclude<keyof CpuSample, 'seconds'>) => ((after[key] - before[key]) / ticks / seconds) * 100;
  const [instances, haproxy, wrk] = [share('instances'), share('haproxy'), share('wrk')];
  return { seconds, instances, haproxy, wrk, other: share('busy') - instances - haproxy - wrk, idle: share('idle') };
}

/** CPU seconds per request of the instances, HAProxy and wrk, for `requests` answered in the window. */
export function costPerRequest(shares: CpuShares, requests: number) {
  const cost = (percent: number) => ((percent / 100) * shares.seconds) / requests;
  return { instances: cost(shares.instances), haproxy: cost(shares.haproxy), wrk: cost(shares.wrk) };
}

/**
 * The most requests per second `cores` can give when every request costs what it cost in `shares`
 * (instances, balancer and load generator together), whatever the number of instances: adding an
 * instance adds no core, and a request does not get cheaper by being spread over more processes.
 */
export function ceiling(cores: number, shares: CpuShares, requests: number): number {
  const { instances, haproxy, wrk } = costPerRequest(shares, requests);
  return cores / (instances + haproxy + wrk);
}
