/**
 * JAX-RS resources of the batch jobs: start, watch, stop and restart jobs ({@code /api/jobs}), schedules
 * ({@code /api/schedules}) and collection imports ({@code /api/imports}). Every job is started through
 * {@code org.taxonomist.batch.launch}.
 */
package org.taxonomist.batch.rest;
