import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A V8 .cpuprofile (node --cpu-prof): nodes with their call frame and children, samples with time deltas. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Where a frame's code lives: an npm package, a file of svpp, a part of node, or V8's own bookkeeping. */
function groupOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const file = url.replace(/^file:\/\//, '');
  const inModules = file.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const rest = file.slice(inModules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? file);
  }
  if (file.startsWith('node:')) return `node:${file.slice(5).split('/').slice(0, 2).join('/')}`;
  return path.relative(root, file);
}

/**
 * Self time per code group and per function over a whole profile (idle time left out), largest first: async code
 * resumes outside its caller's frame, so self time by where the code lives is what stays honest.
 */
export function summarizeCpuProfile(file: string, top = 15) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byGroup = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') return;
    total += us;
    const group = groupOf(node.callFrame.url, node.callFrame.functionName);
    byGroup.set(group, (byGroup.get(group) ?? 0) + us);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${group}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  });
  const ranked = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: Number((us / total).toFixed(3)) }));
  return { busy_ms: Math.round(total / 1000), by_code: ranked(byGroup), by_function: ranked(byFunction) };
}
