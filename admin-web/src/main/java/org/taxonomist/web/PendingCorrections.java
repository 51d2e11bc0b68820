package org.taxonomist.web;

import java.util.List;
import org.taxonomist.correction.CorrectionFilter;
import org.taxonomist.correction.Corrections;
import org.taxonomist.dam.DamAdapter;

/** The corrections that match the page's filter, highest score first. */
public class PendingCorrections extends AssetRows<CorrectionRow> {

    private final Corrections corrections;
    private CorrectionFilter filter = CorrectionFilter.pending();

    public PendingCorrections(Corrections corrections, DamAdapter dam) {
        super(dam);
        this.corrections = corrections;
    }

    void filter(CorrectionFilter newFilter) {
        filter = newFilter;
    }

    CorrectionFilter filter() {
        return filter;
    }

    @Override
    protected long total() {
        return corrections.count(filter);
    }

    @Override
    protected List<CorrectionRow> page(int first, int pageSize) {
        return corrections.find(filter, first, pageSize).stream()
                .map(CorrectionRow::of)
                .toList();
    }

    @Override
    protected long rowId(CorrectionRow row) {
        return row.id();
    }

    @Override
    protected long assetId(CorrectionRow row) {
        return row.assetId();
    }
}
