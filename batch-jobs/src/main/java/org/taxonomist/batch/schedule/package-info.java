/**
 * Job schedules: {@link JobSchedule} rows with a five-field {@link CronExpression} in the server's time zone, kept in
 * the database ({@link Schedules}) and fired by {@link ScheduleFiring}, never while the previous firing's execution
 * still runs; a firing missed while the server was down happens once. {@link ScheduleClock} looks for due ones every 15
 * seconds.
 */
package org.taxonomist.batch.schedule;
