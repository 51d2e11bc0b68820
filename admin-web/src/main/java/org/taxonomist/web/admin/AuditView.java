package org.taxonomist.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.taxonomist.audit.AuditEntry;
import org.taxonomist.audit.AuditFilter;
import org.taxonomist.audit.AuditTrail;
import org.taxonomist.web.Dates;

/** The audit log (admin/audit.xhtml, admins only): who did what, when, from where, filtered by person and action. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the log as the table shows it. */
    public record AuditRow(
            long id, String at, String actor, String address, String action, String target, String before, String after)
            implements Serializable {

        static AuditRow of(AuditEntry e) {
            return new AuditRow(
                    e.getId(),
                    Dates.format(e.getAt()),
                    e.getActor(),
                    e.getAddress(),
                    e.getAction(),
                    e.getTarget(),
                    e.getBefore(),
                    e.getAfter());
        }
    }

    @Inject
    AuditTrail audit;

    private String actor;
    private String action;
    private LazyDataModel<AuditRow> entries;

    @PostConstruct
    void init() {
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) Math.min(Integer.MAX_VALUE, audit.count(filter()));
            }

            @Override
            public List<AuditRow> load(
                    int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                return audit.find(filter(), first, pageSize).stream()
                        .map(AuditRow::of)
                        .toList();
            }

            @Override
            public String getRowKey(AuditRow row) {
                return Long.toString(row.id());
            }
        };
    }

    private AuditFilter filter() {
        return new AuditFilter(blankToNull(actor), blankToNull(action), null, null);
    }

    /** The CSV export of what the filters show (the API's, which the console session may read). */
    public String getCsvLink() {
        return "api/audit/csv?actor=" + encode(actor) + "&action=" + encode(action);
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LazyDataModel<AuditRow> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
