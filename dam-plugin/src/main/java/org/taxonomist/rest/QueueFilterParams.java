package org.taxonomist.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.decision.ReviewStatus;

/**
 * A review queue's filter as query parameters: {@code ?asset=12&field=Subject&term=Animals&source=model:Subject&minScore=0.8
 * &maxScore=0.99&status=PENDING}; each optional. A suggestion's score is its confidence.
 */
public class QueueFilterParams {

    @QueryParam("asset")
    Long asset;

    @QueryParam("field")
    String field;

    @QueryParam("term")
    String term;

    @QueryParam("source")
    String source;

    @QueryParam("minScore")
    Double minScore;

    @QueryParam("maxScore")
    Double maxScore;

    @QueryParam("status")
    @DefaultValue("PENDING")
    ReviewStatus status;

    QueueFilter filter() {
        return new QueueFilter(asset, QueueFilter.named(field), term, source, minScore, maxScore, status);
    }
}
