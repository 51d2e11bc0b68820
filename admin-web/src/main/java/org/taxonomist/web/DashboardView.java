package org.taxonomist.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.taxonomist.batch.monitor.JobHistory;
import org.taxonomist.correction.Corrections;
import org.taxonomist.dashboard.FillingRate;
import org.taxonomist.dashboard.FillingRates;
import org.taxonomist.dashboard.FillingRecorder;
import org.taxonomist.dashboard.PendingDecisions;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.suggestion.SuggestionService;

/**
 * The Dashboard (dashboard.xhtml, librarians and admins): each field's filling rate now and over
 * time, what waits for a decision, the last job executions. Opening it records today's filling
 * rates, so the curve grows with use (and nightly without).
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_DAYS = 365;
    private static final int SHOWN_JOBS = 8;

    @Inject
    FillingRecorder recorder;

    @Inject
    FillingRates rates;

    @Inject
    PendingDecisions pending;

    @Inject
    SuggestionService suggestions;

    @Inject
    Corrections corrections;

    @Inject
    JobHistory history;

    private List<FillingRate> filling = List.of();
    private String fillingChart;
    private String historyChart;
    private String pendingChart;
    private long pendingSuggestions;
    private long pendingCorrections;
    private List<RecentJob> jobs = List.of();

    @PostConstruct
    public void init() {
        try {
            filling = recorder.record();
            fillingChart = DashboardCharts.fillingNow(filling);
            historyChart = DashboardCharts.fillingOverTime(
                    rates.history(LocalDate.now().minusDays(HISTORY_DAYS)));
            pendingChart = DashboardCharts.pendingPerField(pending.perField());
            pendingSuggestions = suggestions.count(QueueFilter.pending());
            pendingCorrections = corrections.count(QueueFilter.pending());
        } catch (RuntimeException e) {
            Problems.show(e, "read the filling rates and pending decisions");
        }
        try {
            jobs = history.recent(SHOWN_JOBS).stream().map(RecentJob::of).toList();
        } catch (RuntimeException e) {
            Problems.show(e, "read the job executions");
        }
    }

    public List<FillingRate> getFilling() {
        return filling;
    }

    public String getFillingChart() {
        return fillingChart;
    }

    public String getHistoryChart() {
        return historyChart;
    }

    public String getPendingChart() {
        return pendingChart;
    }

    public long getPendingSuggestions() {
        return pendingSuggestions;
    }

    public long getPendingCorrections() {
        return pendingCorrections;
    }

    public List<RecentJob> getJobs() {
        return jobs;
    }
}
