package org.taxonomist.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.taxonomist.searchlog.SearchLog;

/**
 * The Searches report (searches.xhtml): the queries that matched no asset, most frequent first,
 * so librarians see which words the taxonomy and the metadata lack.
 */
@Named
@ViewScoped
public class SearchesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    SearchLog log;

    private int days = 30;
    private List<Row> rows = List.of();

    /** A query that found nothing: how often, when last, and how often super-labels answered it anyway. */
    public record Row(String query, long searches, String lastSearched, long answeredBySuperLabels)
            implements Serializable {}

    @PostConstruct
    public void init() {
        read();
    }

    public void read() {
        rows = log.zeroResults(Instant.now().minus(Duration.ofDays(days)), SHOWN).stream()
                .map(q -> new Row(q.query(), q.searches(), Dates.format(q.lastSearched()), q.answeredBySuperLabels()))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
