import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A throwaway PostgreSQL cluster on 127.0.0.1 for the tests (PostgreSQL is installed here but not running). */
export interface PostgresCluster {
  url: string;
  stop(): void;
  /** Stops the server (`pg_ctl stop -m fast`: open connections are ended) and keeps its data. */
  pause(): void;
  /** Starts the paused server again on the same port. */
  resume(): void;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const fromEnv = process.env.SVPP_PG_BIN;
  if (fromEnv) return fromEnv;
  if (!existsSync(root)) {
    throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql: apt-get install -y postgresql');
  }
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error('no PostgreSQL version with pg_ctl under /usr/lib/postgresql');
  return path.join(root, versions[0], 'bin');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** PostgreSQL refuses to run as root: run its tools as the `postgres` system user then. */
function asServerUser(command: string, args: string[]): { file: string; args: string[] } {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot ? { file: 'runuser', args: ['-u', 'postgres', '--', command, ...args] } : { file: command, args };
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const run = (command: string, args: string[]) => {
    const call = asServerUser(path.join(bin, command), args);
    const result = spawnSync(call.file, call.args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  run('initdb', ['-D', dataDir, '-U', 'svpp', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const start = () =>
    run('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  start();
  return {
    url: `postgres://svpp@127.0.0.1:${port}/postgres`,
    pause: () => run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']),
    resume: start,
    stop: () => {
      const call = asServerUser(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      try {
        execFileSync(call.file, call.args, { stdio: 'ignore' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
