package org.taxonomist.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.batch.launch.JobLauncher;
import org.taxonomist.batch.monitor.JobMonitor;
import org.taxonomist.decision.BulkDecision;
import org.taxonomist.superlabel.SuperLabel;
import org.taxonomist.superlabel.SuperLabelPromotion;
import org.taxonomist.superlabel.SuperLabelStatus;
import org.taxonomist.superlabel.SuperLabels;

/**
 * The super-labels (superlabels.xhtml): each topic with its top terms and weights, its number of
 * assets and its strongest assets' thumbnails; librarians name, hide, merge (a selection into one)
 * and promote them. Admins run the job here and see the model's coherence, per k when compared.
 */
@Named
@ViewScoped
public class SuperLabelsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SUPER_LABELS = "super-labels";
    private static final int EXAMPLES = 4;

    @Inject
    JobMonitor monitor;

    @Inject
    SuperLabels superLabels;

    @Inject
    SuperLabelPromotion promotion;

    @Inject
    LearntFields learntFields;

    @Inject
    JobLauncher launcher;

    @Inject
    ConsoleUser user;

    private List<SuperLabelRow> rows = List.of();
    private List<SuperLabelRow> selected = new ArrayList<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, String> promoteFields = new HashMap<>();
    private final Map<Long, String> promoteTerms = new HashMap<>();
    private Long mergeTarget;
    private boolean showAll;
    private List<String> fields = List.of();
    private SuperLabelModel model;
    private final WatchedJob run = new WatchedJob(SUPER_LABELS, "super-label run");
    private String method = "lda";
    private Integer topics;
    private Long seed;
    private String compare;

    @PostConstruct
    public void init() {
        fields = learntFields.named(null);
        reload();
    }

    /** Reads the super-labels again (after a decision or a run); the name inputs show the stored names. */
    public void reload() {
        List<SuperLabel> all = superLabels.all();
        Map<Long, SuperLabel> byId = new HashMap<>();
        all.forEach(l -> byId.put(l.getId(), l));
        List<SuperLabelRow> loaded = new ArrayList<>();
        for (SuperLabel label : all) {
            List<Long> members = new ArrayList<>(List.of(label.getId()));
            all.stream()
                    .filter(l -> l.getStatus() == SuperLabelStatus.MERGED
                            && label.getId().equals(l.getMergedInto()))
                    .forEach(l -> members.add(l.getId()));
            SuperLabel target = label.getMergedInto() == null ? null : byId.get(label.getMergedInto());
            int count = members.size() == 1 ? label.getAssetCount() : superLabels.assetCount(members);
            List<Long> examples = superLabels.strongest(members, superLabels.minScore(), EXAMPLES).stream()
                    .map(SuperLabels.Member::assetId)
                    .toList();
            loaded.add(SuperLabelRow.of(label, target == null ? null : target.display(), count, examples));
        }
        rows = loaded;
        names.clear();
        rows.forEach(r -> names.put(r.id(), r.name()));
        selected = new ArrayList<>();
        model = SuperLabelModel.of(superLabels.model().orElse(null), superLabels.comparison());
    }

    public void rename(SuperLabelRow row) {
        String name = names.get(row.id());
        act(
                () -> superLabels.name(row.id(), name, user.getName()),
                "Named it \"" + (name == null ? "" : name.strip()) + "\".",
                "name it");
    }

    public void hide(SuperLabelRow row) {
        act(() -> superLabels.hide(row.id(), user.getName()), "Hid " + row.display() + ".", "hide it");
    }

    public void unhide(SuperLabelRow row) {
        act(() -> superLabels.unhide(row.id(), user.getName()), row.display() + " is shown again.", "show it again");
    }

    public void unmerge(SuperLabelRow row) {
        act(
                () -> superLabels.unmerge(row.id(), user.getName()),
                row.display() + " stands on its own again.",
                "split it off");
    }

    public void promote(SuperLabelRow row) {
        String field = promoteFields.get(row.id());
        String term = promoteTerms.get(row.id());
        try {
            SuperLabelPromotion.Outcome outcome = promotion.promote(row.id(), field, term, null, user.getName());
            Messages.info(
                    "Promoted " + row.display() + " to " + field + ": " + term.strip() + "; " + outcome.suggested()
                            + (outcome.suggested() == 1 ? " suggestion" : " suggestions") + " to review.");
            promoteTerms.remove(row.id());
        } catch (RuntimeException e) {
            Problems.show(e, "promote it");
        }
        reload();
    }

    public void hideSelected() {
        if (selected.isEmpty()) {
            Messages.warn("Select at least one super-label first.");
            return;
        }
        report(
                BulkDecision.each(
                        selected.stream().map(SuperLabelRow::id).toList(),
                        id -> superLabels.hide(id, user.getName()).getStatus()),
                "Hid");
    }

    /** Merges the selected super-labels (less the target, if selected) into the chosen one. */
    public void mergeSelected() {
        List<Long> ids = selected.stream()
                .map(SuperLabelRow::id)
                .filter(id -> !id.equals(mergeTarget))
                .toList();
        if (mergeTarget == null || ids.isEmpty()) {
            Messages.warn("Select the super-labels to merge and the one to merge them into.");
            return;
        }
        report(
                BulkDecision.each(
                        ids,
                        id -> superLabels.merge(mergeTarget, id, user.getName()).getStatus()),
                "Merged");
    }

    private void report(List<BulkDecision.Outcome> outcomes, String done) {
        long ok = Messages.failures(outcomes, "Super-label");
        if (ok > 0) {
            Messages.info(done + " " + ok + (ok == 1 ? " super-label." : " super-labels."));
        }
        reload();
    }

    private void act(Supplier<?> action, String done, String doing) {
        try {
            action.get();
            Messages.info(done);
        } catch (RuntimeException e) {
            Problems.show(e, doing);
        }
        reload();
    }

    /** Starts the job (admins only); the page polls it and shows the new super-labels when it ends. */
    public void runJob() {
        if (!user.isAdmin()) {
            Messages.error("Only admins may run the super-labels job.");
            return;
        }
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("method", method);
        parameters.put("topics", topics == null ? null : topics.toString());
        parameters.put("seed", seed == null ? null : seed.toString());
        parameters.put("compare", compare);
        run.start(launcher, parameters, user.getName(), "a super-label run");
    }

    public void refreshRun() {
        if (run.refresh(monitor)) {
            reload();
            PrimeFaces.current().ajax().update("messages", "labels", "model");
        }
    }

    /** The rows the table shows: the shown super-labels, or all of them. */
    public List<SuperLabelRow> getRows() {
        return showAll ? rows : rows.stream().filter(SuperLabelRow::shown).toList();
    }

    /** Where a selection can be merged into. */
    public List<SuperLabelRow> getTargets() {
        return rows.stream().filter(SuperLabelRow::shown).toList();
    }

    public List<SuperLabelRow> getSelected() {
        return selected;
    }

    public void setSelected(List<SuperLabelRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public Map<Long, String> getPromoteFields() {
        return promoteFields;
    }

    public Map<Long, String> getPromoteTerms() {
        return promoteTerms;
    }

    public Long getMergeTarget() {
        return mergeTarget;
    }

    public void setMergeTarget(Long mergeTarget) {
        this.mergeTarget = mergeTarget;
    }

    public boolean isShowAll() {
        return showAll;
    }

    public void setShowAll(boolean showAll) {
        this.showAll = showAll;
    }

    public List<String> getFields() {
        return fields;
    }

    public SuperLabelModel getModel() {
        return model;
    }

    public WatchedJob getRun() {
        return run;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public Integer getTopics() {
        return topics;
    }

    public void setTopics(Integer topics) {
        this.topics = topics;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public String getCompare() {
        return compare;
    }

    public void setCompare(String compare) {
        this.compare = compare;
    }
}
