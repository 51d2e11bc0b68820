package org.taxonomist.web.dam;

import java.io.Serializable;
import java.util.List;
import org.taxonomist.similar.SimilarImages.QueryImage;

/**
 * What the asset grid lists: the search box, the field/term filter, the assets with no term in a field, those with
 * suggestions waiting for review, and whether unnamed super-labels expand the search; or, with an {@code image} to
 * search by, the assets whose pictures are nearest to it, narrowed by the same filters; or, with a selection on the
 * map, exactly the assets in it, newest first.
 *
 * @param image     the image searched by, as embedded (null: a text search)
 * @param imageName its file name, to say what the grid shows
 * @param onMap     the assets selected on the map (null: no map selection)
 */
public record GridCriteria(
        String query,
        String field,
        String term,
        String unlabelledIn,
        boolean withPending,
        boolean tentative,
        QueryImage image,
        String imageName,
        List<Long> onMap)
        implements Serializable {

    public static final GridCriteria EVERYTHING =
            new GridCriteria(null, null, null, null, false, false, null, null, null);
}
