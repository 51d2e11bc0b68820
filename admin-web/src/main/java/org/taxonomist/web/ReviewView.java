package org.taxonomist.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.decision.Decision;
import org.taxonomist.suggestion.SuggestionService;

/** The review queue (review.xhtml): every pending suggestion across all assets, decided one by one or in bulk. */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SuggestionService suggestions;

    @Inject
    DamAdapter dam;

    @Inject
    SuggestionDecisions decisions;

    @Inject
    ConsoleUser user;

    private PendingSuggestions pending;
    private List<SuggestionRow> selected = new ArrayList<>();

    @PostConstruct
    public void init() {
        pending = new PendingSuggestions(suggestions, dam);
    }

    public void approve(SuggestionRow row) {
        decisions.decide(row, Decision.APPROVE, user.getName());
    }

    public void reject(SuggestionRow row) {
        decisions.decide(row, Decision.REJECT, user.getName());
    }

    public void approveSelected() {
        decisions.decideAll(selected, Decision.APPROVE, user.getName());
        selected = new ArrayList<>();
    }

    public void rejectSelected() {
        decisions.decideAll(selected, Decision.REJECT, user.getName());
        selected = new ArrayList<>();
    }

    public long getPendingCount() {
        return suggestions.pendingCount();
    }

    public PendingSuggestions getPending() {
        return pending;
    }

    public List<SuggestionRow> getSelected() {
        return selected;
    }

    public void setSelected(List<SuggestionRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
