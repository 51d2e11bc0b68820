package org.taxonomist.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.duplicates.DuplicateReview;

/** The pending near-duplicate groups, a page at a time, most alike first. */
public class DuplicateGroupRows extends LazyDataModel<DuplicateGroupRow> {

    private static final long serialVersionUID = 1L;

    private final DuplicateReview review;
    private final DamAdapter dam;
    private String named;

    public DuplicateGroupRows(DuplicateReview review, DamAdapter dam) {
        this.review = review;
        this.dam = dam;
    }

    /** Only groups with a copy whose title or file name contains this (any when blank). */
    public void setNamed(String named) {
        this.named = named;
    }

    public String getNamed() {
        return named;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return review.count(named);
    }

    @Override
    public List<DuplicateGroupRow> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return review.groups(named, first, pageSize).stream()
                .map(g -> DuplicateGroupRow.of(g, id -> dam.asset(id).orElse(null)))
                .toList();
    }

    @Override
    public String getRowKey(DuplicateGroupRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public DuplicateGroupRow getRowData(String rowKey) {
        return getWrappedData().stream()
                .filter(r -> getRowKey(r).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
