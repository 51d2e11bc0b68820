package org.taxonomist.superlabel.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.taxonomist.decision.BulkDecision;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.rest.Paging;
import org.taxonomist.security.Role;
import org.taxonomist.superlabel.AssetTopics;
import org.taxonomist.superlabel.StoredTopicModel;
import org.taxonomist.superlabel.SuperLabelPromotion;
import org.taxonomist.superlabel.SuperLabelStatus;
import org.taxonomist.superlabel.SuperLabels;
import org.taxonomist.superlabel.TopicCountCoherence;

/**
 * Super-labels (topics over the assets' terms, found by the {@code super-labels} job) and
 * librarians' decisions about them: name, merge, hide, promote to a taxonomy term; an asset's
 * super-labels and the assets like it.
 */
@Path("/super-labels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class SuperLabelResource {

    private static final int MAX_LIMIT = 1000;

    @Inject
    SuperLabels superLabels;

    @Inject
    SuperLabelPromotion promotion;

    @Inject
    AssetTopics assetTopics;

    @Context
    SecurityContext security;

    /** {"name":"beach scene"} */
    public record NameRequest(String name) {}

    /** {"ids":[3,4]}: the super-labels to merge into the one addressed. */
    public record MergeRequest(List<Long> ids) {}

    /** {"field":"Subject","term":"Beach","minScore":0.5} (minScore optional). */
    public record PromoteRequest(String field, String term, Double minScore) {}

    /** A promotion: the super-label and how many suggestions it made. */
    public record PromotionJson(SuperLabelJson superLabel, int suggested) {}

    /** An asset of a super-label and its score there (with those merged into it). */
    public record MemberJson(long assetId, double score) {}

    /** The model of the last run and the last comparison of topic counts (how to choose k). */
    public record ModelJson(StoredTopicModel current, List<TopicCountCoherence> compared) {}

    /** The asset's super-labels with scores, and the assets most like it by their topics. */
    public record AssetTopicsJson(List<AssetTopics.AssetSuperLabel> superLabels, List<AssetTopics.Similar> similar) {}

    /** Every super-label (or those with the status), those of the current model first, the largest first. */
    @GET
    public List<SuperLabelJson> all(@QueryParam("status") SuperLabelStatus status) {
        return superLabels.all().stream()
                .filter(l -> status == null || l.getStatus() == status)
                .map(SuperLabelJson::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public SuperLabelJson get(@PathParam("id") long id) {
        return SuperLabelJson.of(superLabels.get(id));
    }

    /** Its strongest assets, with those merged into it; {@code minScore} defaults to {@code taxonomist.superlabels.min-score}. */
    @GET
    @Path("{id}/assets")
    public List<MemberJson> assets(
            @PathParam("id") long id,
            @QueryParam("minScore") Double minScore,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
            throw new InvalidRequestException("minScore must be between 0 and 1.");
        }
        return superLabels
                .strongest(
                        superLabels.members(id), minScore == null ? superLabels.minScore() : minScore, bounded(limit))
                .stream()
                .map(m -> new MemberJson(m.assetId(), m.score()))
                .toList();
    }

    @PUT
    @Path("{id}/name")
    @Consumes(MediaType.APPLICATION_JSON)
    public SuperLabelJson name(@PathParam("id") long id, NameRequest request) {
        return SuperLabelJson.of(superLabels.name(id, request == null ? null : request.name(), caller()));
    }

    @POST
    @Path("{id}/hide")
    public SuperLabelJson hide(@PathParam("id") long id) {
        return SuperLabelJson.of(superLabels.hide(id, caller()));
    }

    @POST
    @Path("{id}/unhide")
    public SuperLabelJson unhide(@PathParam("id") long id) {
        return SuperLabelJson.of(superLabels.unhide(id, caller()));
    }

    /** Merges the listed super-labels into this one, each in its own transaction; one outcome per id. */
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<BulkDecision.Outcome> merge(@PathParam("id") long id, MergeRequest request) {
        if (request == null || request.ids() == null || request.ids().isEmpty()) {
            throw new InvalidRequestException("Send {\"ids\":[…]}: the super-labels to merge into " + id + ".");
        }
        superLabels.get(id);
        return BulkDecision.each(
                request.ids(), other -> superLabels.merge(id, other, caller()).getStatus());
    }

    @POST
    @Path("{id}/unmerge")
    public SuperLabelJson unmerge(@PathParam("id") long id) {
        return SuperLabelJson.of(superLabels.unmerge(id, caller()));
    }

    /** Adds the term to the field and suggests it to the super-label's strongest assets. */
    @POST
    @Path("{id}/promote")
    @Consumes(MediaType.APPLICATION_JSON)
    public PromotionJson promote(@PathParam("id") long id, PromoteRequest request) {
        if (request == null || request.field() == null) {
            throw new InvalidRequestException("Send {\"field\":…,\"term\":…} (and optionally \"minScore\").");
        }
        SuperLabelPromotion.Outcome outcome =
                promotion.promote(id, request.field(), request.term(), request.minScore(), caller());
        return new PromotionJson(SuperLabelJson.of(outcome.superLabel()), outcome.suggested());
    }

    @GET
    @Path("model")
    public ModelJson model() {
        return new ModelJson(superLabels.model().orElse(null), superLabels.comparison());
    }

    @GET
    @Path("assets/{assetId}")
    public AssetTopicsJson asset(
            @PathParam("assetId") long assetId, @QueryParam("similar") @DefaultValue("12") int similar) {
        return new AssetTopicsJson(assetTopics.superLabels(assetId), assetTopics.similar(assetId, bounded(similar)));
    }

    private static int bounded(int limit) {
        return Paging.limit(limit, MAX_LIMIT);
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
