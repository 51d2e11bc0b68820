package org.taxonomist.dam.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.dam.reference.Asset;
import org.taxonomist.dam.reference.AssetCatalog;
import org.taxonomist.dam.reference.AssetFiles;
import org.taxonomist.dam.reference.AssetUpload;
import org.taxonomist.history.FieldHistory;
import org.taxonomist.rest.MultipartForm;
import org.taxonomist.security.Role;
import org.taxonomist.suggestion.SuggestionService;
import org.taxonomist.suggestion.rest.SuggestionJson;
import org.taxonomist.tagging.ObjectDetection;
import org.taxonomist.tagging.TaggingTasks;
import org.taxonomist.tagging.TextReading;

/** Upload, read and label assets of the reference DAM. */
@Path("/assets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class AssetResource {

    @Inject
    AssetUpload upload;

    @Inject
    AssetCatalog catalog;

    @Inject
    AssetFiles files;

    @Inject
    FieldHistory history;

    @Inject
    UploadLimits limits;

    @Inject
    SuggestionService suggestions;

    @Inject
    TaggingTasks tasks;

    @Inject
    ObjectDetection objects;

    @Inject
    TextReading text;

    @Context
    SecurityContext security;

    /** Multipart upload: part {@code file} (required), {@code title} and {@code keywords} (optional). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts, @Context UriInfo uri) {
        MultipartForm form = new MultipartForm(parts);
        EntityPart file = form.file("file");
        byte[] bytes = MultipartForm.bytes(file, limits.maxBytes());
        Asset asset = upload.upload(
                file.getFileName().map(FileNames::fromHeader).orElse("upload"),
                bytes,
                form.text("title"),
                form.text("keywords"),
                security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(asset.getId()))
                        .build())
                .entity(AssetJson.of(asset, List.of(), List.of(), List.of(), tasks.state(asset.getId())))
                .build();
    }

    @GET
    @Path("{id}")
    public AssetJson get(@PathParam("id") long id) {
        return AssetJson.of(
                catalog.get(id),
                suggestions.forAsset(id).stream().map(SuggestionJson::of).toList(),
                objects.forAsset(id),
                text.forAsset(id),
                tasks.state(id));
    }

    @GET
    @Path("{id}/thumbnail")
    @Produces("image/jpeg")
    public Response thumbnail(@PathParam("id") long id) {
        return cachedJpeg(files.thumbnail(catalog.get(id).getContentHash()));
    }

    /** The picture at up to 1,280 pixels a side, as JPEG whatever the original's format: the console's full-size view. */
    @GET
    @Path("{id}/preview")
    @Produces("image/jpeg")
    public Response preview(@PathParam("id") long id) {
        return cachedJpeg(files.preview(catalog.get(id).getContentHash()));
    }

    /** A picture derived from the original, which never changes under its content hash: browsers keep it a day. */
    private static Response cachedJpeg(java.nio.file.Path file) {
        return Response.ok(file.toFile())
                .header("Cache-Control", "private, max-age=86400")
                .build();
    }

    @GET
    @Path("{id}/original")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response original(@PathParam("id") long id) {
        Asset asset = catalog.get(id);
        return Response.ok(files.original(asset.getContentHash()).toFile())
                .type("image/" + asset.getFormat())
                .header("Content-Disposition", FileNames.attachment(asset.getFileName()))
                .build();
    }

    @PUT
    @Path("{id}/fields/{field}/{term}")
    public AssetJson addTerm(
            @PathParam("id") long id, @PathParam("field") String field, @PathParam("term") String term) {
        history.label(id, field, term, true, security.getUserPrincipal().getName());
        return get(id);
    }

    @DELETE
    @Path("{id}/fields/{field}/{term}")
    public AssetJson removeTerm(
            @PathParam("id") long id, @PathParam("field") String field, @PathParam("term") String term) {
        history.label(id, field, term, false, security.getUserPrincipal().getName());
        return get(id);
    }
}
