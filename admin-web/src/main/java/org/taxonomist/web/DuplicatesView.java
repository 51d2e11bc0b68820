package org.taxonomist.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.decision.BulkDecision;
import org.taxonomist.duplicates.DuplicateReview;

/**
 * The near-duplicate review (duplicates.xhtml): pending groups, a page at a time, with their copies side by side;
 * librarians keep one copy and merge the others' terms into it (and delete the others, if they choose), or keep all,
 * one group or every group at least so alike. Admins run the near-duplicates job here (new assets, or all).
 */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String JOB = "near-duplicates";

    @Inject
    DuplicateReview review;

    @Inject
    DamAdapter dam;

    @Inject
    JobLauncher launcher;

    @Inject
    JobMonitor monitor;

    @Inject
    ConsoleUser user;

    private DuplicateGroupRows groups;
    private final Map<Long, Long> kept = new HashMap<>();
    private double bulkPercent = 99.5;
    private String bulkAction = "keep-all";
    private String scope = "new";
    private final WatchedJob run = new WatchedJob(JOB, "near-duplicate check");

    @PostConstruct
    public void init() {
        groups = new DuplicateGroupRows(review, dam);
    }

    /** Keeps the chosen copy (the oldest unless another was chosen) and merges the others' terms into it. */
    public void merge(DuplicateGroupRow group) {
        long keep = kept.getOrDefault(group.id(), group.oldest());
        try {
            review.decide(group.pairIds(), keep, user.getName());
            int others = group.copies().size() - 1;
            Messages.info("Merged " + others + (others == 1 ? " copy" : " copies") + " into #" + keep
                    + "; its history can undo the terms it gained.");
        } catch (RuntimeException e) {
            Problems.show(e, "merge the group");
        }
    }

    /** Merges as {@link #merge} does, then deletes the other copies from the DAM (the page asks first). */
    public void keepOnly(DuplicateGroupRow group) {
        long keep = kept.getOrDefault(group.id(), group.oldest());
        try {
            review.keepOnly(group.pairIds(), keep, user.getName());
            int others = group.copies().size() - 1;
            Messages.info("Kept only #" + keep + ", with the terms of the " + others
                    + (others == 1 ? " copy" : " copies") + " deleted.");
        } catch (RuntimeException e) {
            Problems.show(e, "delete the other copies");
        }
    }

    /** The copies are not duplicates: their pairs are never proposed again. */
    public void keepAll(DuplicateGroupRow group) {
        try {
            review.decide(group.pairIds(), null, user.getName());
            Messages.info("Kept all " + group.copies().size() + " as different pictures.");
        } catch (RuntimeException e) {
            Problems.show(e, "keep the group");
        }
    }

    /** Decides every pending group at least {@link #bulkPercent} % alike: merged into its oldest copy, or kept all. */
    public void decideAll() {
        List<BulkDecision.Outcome> outcomes =
                review.decideAll(bulkPercent / 100, "merge".equals(bulkAction), user.getName());
        long ok = Messages.failures(outcomes, "Group");
        if (ok > 0 || outcomes.isEmpty()) {
            Messages.info(("merge".equals(bulkAction) ? "Merged " : "Kept all of ")
                    + ok
                    + (ok == 1 ? " group" : " groups")
                    + String.format(Locale.ROOT, " at least %.1f %% alike.", bulkPercent));
        }
    }

    /** Starts the near-duplicates job (admins only); the page polls it and lists the new groups when it ends. */
    public void runJob() {
        if (!user.isAdmin()) {
            Messages.error("Only admins may run the near-duplicates job.");
            return;
        }
        run.start(launcher, Map.of("scope", scope), user.getName(), "a near-duplicate check");
    }

    public void refreshRun() {
        if (run.refresh(monitor)) {
            PrimeFaces.current().ajax().update("messages", "groups");
        }
    }

    public DuplicateGroupRows getGroups() {
        return groups;
    }

    /** The copy to keep, per group id. */
    public Map<Long, Long> getKept() {
        return kept;
    }

    public double getBulkPercent() {
        return bulkPercent;
    }

    public void setBulkPercent(double bulkPercent) {
        this.bulkPercent = bulkPercent;
    }

    public String getBulkAction() {
        return bulkAction;
    }

    public void setBulkAction(String bulkAction) {
        this.bulkAction = bulkAction;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public WatchedJob getRun() {
        return run;
    }
}
