import { Alert, Text } from '@mantine/core';
import type { JobStatus } from '../../../shared/api/jobs.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { securityApi } from '../auth/security.api.js';

/**
 * On the admin's home page: a background job whose latest run failed (the retention sweep is a legal duty). Nothing
 * when all is well. Given `jobs` (the home page's answer) it shows those; otherwise it asks the job status itself.
 */
export function JobProblemsCard({ jobs }: { jobs?: JobStatus[] }) {
  return jobs ? <JobProblems jobs={jobs} /> : <FetchedJobProblems />;
}

function FetchedJobProblems() {
  const status = useApiQuery(() => securityApi.jobStatus(), 'job-status');
  if (status.status !== 'success' || status.data.problems.length === 0) return null;
  return <JobProblems jobs={status.data.jobs} />;
}

function JobProblems({ jobs }: { jobs: JobStatus[] }) {
  const { t, fill, dateTime } = useI18n();
  if (!jobs.some((job) => job.ok === false)) return null;
  return (
    <Alert color="red" variant="light" title={t.security.jobProblemTitle} mb="lg" role="alert">
      {jobs
        .filter((job) => job.ok === false)
        .map((job) => (
          <div key={job.job}>
            <Text size="sm" fw={500}>
              {job.job === 'retention.sweep' ? t.security.jobProblemRetention : t.security.jobProblemReminders}
            </Text>
            {job.error && (
              <Text size="xs" mt={2}>
                {fill(t.security.jobProblemError, { error: job.error })}
              </Text>
            )}
            <Text size="xs" mb="xs">
              {job.lastOkAt
                ? fill(t.security.jobProblemLastOk, { date: dateTime(job.lastOkAt) })
                : t.security.jobProblemNeverOk}
            </Text>
          </div>
        ))}
    </Alert>
  );
}
