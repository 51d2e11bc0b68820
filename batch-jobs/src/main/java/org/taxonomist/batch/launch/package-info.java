/**
 * {@link JobLauncher}: the one way jobs are started, stopped and restarted (from REST, the console or a schedule), with
 * each job's parameters checked before anything runs. Kept apart from {@code org.taxonomist.batch.monitor}: it reads the
 * jobs' own parameter types, and the jobs' artifacts use the monitor.
 */
package org.taxonomist.batch.launch;
