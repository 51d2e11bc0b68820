package org.taxonomist.searchlog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One search a user ran: what the taxonomy lacks shows up as frequent searches with no hits. */
@Entity
@Table(name = "tx_search_log")
public class SearchLogEntry {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 500)
    private String query;

    /** Assets the query or a taxonomy synonym matched. */
    private long hits;

    /** Assets a super-label added after them; null in entries logged before searches were expanded. */
    private Long expanded;

    @Column(length = 100)
    private String username;

    @Column(nullable = false)
    private Instant searchedAt;

    protected SearchLogEntry() {}

    SearchLogEntry(String query, long hits, long expanded, String username) {
        this.query = query.length() > 500 ? query.substring(0, 500) : query;
        this.hits = hits;
        this.expanded = expanded;
        this.username = username;
        this.searchedAt = Instant.now();
    }

    public String getQuery() {
        return query;
    }

    public long getHits() {
        return hits;
    }

    public long getExpanded() {
        return expanded == null ? 0 : expanded;
    }

    public String getUsername() {
        return username;
    }

    public Instant getSearchedAt() {
        return searchedAt;
    }
}
