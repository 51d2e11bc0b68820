package org.taxonomist.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.map.MapRuns;

/**
 * The map page (map.xhtml): the newest run of the map job, which the page's script (resources/js/collection-map.js)
 * draws from the map's REST resource, and the fields it can colour the points by.
 */
@Named
@ViewScoped
public class MapView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MapRuns runs;

    @Inject
    DamAdapter dam;

    /** The run shown, as listed; null when the job never ran. */
    private RunSummary run;

    private List<String> fields;

    /** What the page says of a run. */
    public record RunSummary(long id, int assets, String method, String backbone, String createdAt, String createdBy)
            implements Serializable {}

    @PostConstruct
    public void init() {
        run = runs.latest()
                .map(r -> new RunSummary(
                        r.getId(),
                        r.getAssets(),
                        r.getMethod(),
                        r.getBackbone(),
                        Dates.format(r.getCreatedAt()),
                        r.getCreatedBy()))
                .orElse(null);
        fields = dam.fields().stream().map(TaxonomyFieldDefinition::name).toList();
    }

    public RunSummary getRun() {
        return run;
    }

    public List<String> getFields() {
        return fields;
    }
}
