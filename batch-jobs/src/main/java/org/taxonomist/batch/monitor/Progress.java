package org.taxonomist.batch.monitor;

import java.time.Duration;
import java.time.Instant;

/**
 * A chunked job execution's progress over all its partitions.
 *
 * @param total   assets to go through
 * @param done    assets gone through (including skipped ones)
 * @param skipped assets skipped with a problem
 * @param started when the first partition started
 * @param updated when a partition last committed a chunk
 */
public record Progress(long total, long done, long skipped, Instant started, Instant updated) {

    /** Assets per second so far; 0 before the first chunk. */
    public double rate() {
        double seconds = Duration.between(started, updated).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** Estimated time left at the rate so far; null while there is no rate yet. */
    public Duration eta() {
        double rate = rate();
        return rate <= 0 ? null : Duration.ofSeconds(Math.round((total - done) / rate));
    }

    /** 0–100. */
    public int percent() {
        return total == 0 ? 100 : (int) (100 * done / total);
    }
}
