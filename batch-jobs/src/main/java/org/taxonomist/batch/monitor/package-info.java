/**
 * What the Jobs page shows beyond the job repository: each partition's progress ({@link JobProgress}, written in the
 * chunk's transaction, so it is the checkpoint a restart goes on from), problems (skipped assets and rows, and step
 * errors from {@link FailedSteps}), and executions with both ({@link JobHistory}), where one cut off by a crash reads as
 * failed.
 */
package org.taxonomist.batch.monitor;
