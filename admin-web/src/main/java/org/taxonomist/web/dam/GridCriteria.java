package org.taxonomist.web.dam;

import java.io.Serializable;

/**
 * What the asset grid lists: the search box, the field/term filter, the assets with no term in a field, those with
 * suggestions waiting for review, and whether unnamed super-labels expand the search.
 */
public record GridCriteria(
        String query, String field, String term, String unlabelledIn, boolean withPending, boolean tentative)
        implements Serializable {

    public static final GridCriteria EVERYTHING = new GridCriteria(null, null, null, null, false, false);
}
