package org.taxonomist.similar.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.rest.MultipartForm;
import org.taxonomist.rest.Paging;
import org.taxonomist.security.Role;
import org.taxonomist.similar.SimilarImages;
import org.taxonomist.similar.SimilarImages.Narrowing;

/** Search by image: the assets whose images are nearest to one that is embedded and never stored. */
@Path("/search/by-image")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class ImageSearchResource {

    @Inject
    SimilarImages similarImages;

    @Inject
    UploadLimits limits;

    /**
     * Multipart: part {@code file} (an image, within the upload limits), optional parts {@code q}, {@code field},
     * {@code term}, {@code unlabelled} (narrowing as the asset search does) and {@code backbone} (which to compare by).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public SimilarJson byImage(
            List<EntityPart> parts,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue(SimilarJson.DEFAULT_LIMIT) int limit) {
        MultipartForm form = new MultipartForm(parts);
        byte[] image = MultipartForm.bytes(form.file("file"), limits.maxBytes());
        Paging page = Paging.of(offset, limit);
        return SimilarJson.of(similarImages.near(
                similarImages.embed(image, form.text("backbone")),
                new Narrowing(form.text("q"), form.text("field"), form.text("term"), form.text("unlabelled"), null),
                page.offset(),
                page.limit()));
    }
}
