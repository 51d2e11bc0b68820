/**
 * What several batch jobs and console pages share: {@link LearntFields}, the taxonomy fields that heads learn from
 * labels. The jobs (XML under {@code META-INF/batch-jobs}) keep their artifacts in the sub-packages; they call
 * dam-plugin services and are started through {@link org.taxonomist.batch.launch.JobLauncher}.
 */
package org.taxonomist.batch;
