import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A second server on the same SQLite file was refused. */
export class ServerLockError extends Error {}

interface ServerLock {
  file: string;
  release(): void;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const pidIn = (file: string): number | null => {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};

/**
 * One server process per SQLite file: an exclusive lock file `svpp.server.pid` in the data directory holding the
 * server's pid. A second server is refused with a clear message; a lock left by a process that no longer runs
 * (kill -9, a crash) is taken over. The CLI's other commands (plan import, demo load, …) take no lock: they run
 * beside the server, SQLite's own write lock and the busy wait keep them apart.
 */
export function acquireServerLock(dataDir: string): ServerLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'svpp.server.pid');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (pidIn(file) === process.pid) unlinkSync(file);
      };
      process.once('exit', release);
      return { file, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = pidIn(file);
      if (holder !== null && (holder === process.pid || alive(holder))) {
        throw new ServerLockError(
          `another svpp server (pid ${holder}) already serves the SQLite database in ${dataDir}. One server process per SQLite file is supported: stop that one first (or, if no such process is svpp, remove ${file}).`,
        );
      }
      // Stale (its process is gone) or unreadable: take it over, unless someone else just did.
      if (pidIn(file) === holder) {
        try {
          unlinkSync(file);
        } catch (unlinkError) {
          if ((unlinkError as NodeJS.ErrnoException).code !== 'ENOENT') throw unlinkError;
        }
      }
    }
  }
  throw new ServerLockError(`could not take the server lock ${file}`);
}
