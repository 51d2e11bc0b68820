/**
 * The {@code super-labels} job: a batchlet that reads every asset's terms, optionally compares the coherence of several
 * topic counts, fits the topics outside any transaction and puts the super-labels they make in place, keeping
 * librarians' decisions; and the job's parameters ({@link TopicJobParameters}). Storing is
 * {@code org.taxonomist.superlabel}'s.
 */
package org.taxonomist.batch.superlabels;
