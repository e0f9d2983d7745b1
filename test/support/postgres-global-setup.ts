import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * Medium tests run on SQLite and PostgreSQL. Uses SVPP_TEST_DATABASE_URL when given (a server database the
 * tests may create databases on); otherwise starts a throwaway cluster on 127.0.0.1 and stops it afterwards.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.SVPP_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => undefined;
  }
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
