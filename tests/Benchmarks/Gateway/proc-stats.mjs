// CPU time and memory of a process and its descendants, from /proc (Linux):
//   node proc-stats.mjs PID   ->  "cpu-seconds 12.34 peak-rss-mb 210.5 rss-mb 180.2 processes 1"
// cpu-seconds: user + system time so far; peak-rss-mb: the sum of each process's VmHWM (its peak
// resident set); rss-mb: the sum of VmRSS now.
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at field 3 (state).
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

function memoryKb(pid, key) {
  try {
    const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export function processTreeStats(root) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(entry);
    if (s) parents.set(Number(entry), s.ppid);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  let ticks = 0, hwm = 0, rss = 0;
  for (const pid of tree) {
    ticks += stat(pid)?.ticks ?? 0;
    hwm += memoryKb(pid, 'VmHWM');
    rss += memoryKb(pid, 'VmRSS');
  }
  return { cpuSeconds: ticks / ticksPerSecond, peakRssMb: hwm / 1024, rssMb: rss / 1024, processes: tree.length };
}

if (process.argv[1]?.endsWith('proc-stats.mjs')) {
  const pid = Number(process.argv[2]);
  if (!pid) {
    console.error('usage: node proc-stats.mjs PID');
    process.exit(2);
  }
  const s = processTreeStats(pid);
  console.log(`cpu-seconds ${s.cpuSeconds.toFixed(2)} peak-rss-mb ${s.peakRssMb.toFixed(1)} rss-mb ${s.rssMb.toFixed(1)} processes ${s.processes}`);
}
