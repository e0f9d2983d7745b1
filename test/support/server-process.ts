import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './postgres-cluster.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** The real `svpp serve` in its own process (as deployed), on a free port of 127.0.0.1. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: {
      ...inherited,
      HOST: '127.0.0.1',
      PORT: String(port),
      SVPP_WEB_DIR: '/nonexistent',
      SVPP_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout?.resume();
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { url: `http://127.0.0.1:${port}`, child, stderr: () => stderr, exit };
}

/** Waits until `/api/health` answers 200; kills the process and throws after `timeoutMs`. */
export async function untilHealthy(server: ServerProcess, timeoutMs = 60_000): Promise<ServerProcess> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(`${server.url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      return server;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.child.kill('SIGKILL');
  throw new Error(`server did not start: ${server.stderr()}`);
}
