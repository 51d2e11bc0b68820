package org.taxonomist.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taxonomist.dam.AssetDeleted;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.SimilarImageIndex;
import org.taxonomist.dam.SimilarImageIndex.NearestQuery;
import org.taxonomist.dam.SimilarImageIndex.Neighbour;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.models.map.CollectionMap;
import org.taxonomist.tagging.CachedEmbedding;
import org.taxonomist.tagging.UploadTagged;

/**
 * The stored maps: the runs, each run's points with the assets placed on it since, what colours them, and what a
 * region of one holds. An asset tagged after the last run is placed on it at once: among its
 * {@value #PLACED_AMONG} most similar assets in the DAM's similar-image index, those on the map, weighted by
 * similarity ({@link CollectionMap#position}); the map itself is never recomputed for it.
 */
@ApplicationScoped
public class MapRuns {

    /** Neighbours asked of the similar-image index for a new asset; those on the map place it. */
    static final int PLACED_AMONG = 15;

    @PersistenceContext
    EntityManager em;

    @Inject
    DamAdapter dam;

    @Inject
    Instance<SimilarImageIndex> index;

    /** The last run's places by asset id, read once per run: every upload is placed among them. */
    private volatile Anchors anchors;

    private record Anchors(long runId, String backbone, Map<Long, float[]> places) {}

    /** Stores a new run with its points, in one transaction. */
    @Transactional
    public MapRun save(MapRun run, MapPoints points) {
        em.persist(run); // its id comes from a sequence at once: it names the points
        em.persist(new MapRunPoints(run.getId(), points));
        return run;
    }

    /** Every run, newest first. */
    @Transactional
    public List<MapRun> runs() {
        return em.createQuery("select r from MapRun r order by r.id desc", MapRun.class)
                .getResultList();
    }

    @Transactional
    public Optional<MapRun> latest() {
        return em.createQuery("select r from MapRun r order by r.id desc", MapRun.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** @throws UnknownEntryException there is no such run */
    @Transactional
    public MapRun run(long runId) {
        MapRun run = em.find(MapRun.class, runId);
        if (run == null) {
            throw new UnknownEntryException("There is no map run " + runId + ".");
        }
        return run;
    }

    /** The run's points, then those of the assets placed on it since. */
    @Transactional
    public MapPoints points(long runId) {
        run(runId); // an unknown run is refused before anything is read
        List<MapPoints.Point> placed = em.createQuery(
                        "select p from MapPlacement p where p.runId = :run order by p.assetId", MapPlacement.class)
                .setParameter("run", runId)
                .getResultStream()
                .map(MapPlacement::point)
                .toList();
        return em.find(MapRunPoints.class, runId).points().with(placed);
    }

    /** The ids of the assets whose points lie in the region of the run's map. */
    @Transactional
    public List<Long> assetsIn(long runId, MapRegion region) {
        return points(runId).inside(region);
    }

    /** The run's points coloured by the terms of a field. */
    @Transactional
    public MapColouring byTerm(long runId, String field) {
        return MapColouring.byTerm(field, points(runId), termsOf(field));
    }

    /** The run's points coloured by whether they have a term in the field. */
    @Transactional
    public MapColouring unlabelledIn(long runId, String field) {
        return MapColouring.unlabelledIn(field, points(runId), termsOf(field).keySet());
    }

    /** The run's points coloured by the suspicion of the last audit (the corrections it proposed last). */
    @Transactional
    public MapColouring bySuspicion(long runId) {
        Map<Long, Double> suspicion = new HashMap<>();
        em.createQuery("select c.source from Correction c order by c.createdAt desc, c.id desc", String.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(source -> em.createQuery(
                                "select c.assetId, max(c.score) from Correction c where c.source = :source group by c.assetId",
                                Object[].class)
                        .setParameter("source", source)
                        .getResultStream()
                        .forEach(row -> suspicion.put((Long) row[0], (Double) row[1])));
        return MapColouring.bySuspicion(points(runId), suspicion);
    }

    /** @throws UnknownEntryException the DAM has no such field */
    private Map<Long, List<String>> termsOf(String field) {
        if (dam.fields().stream().noneMatch(f -> f.name().equals(field))) {
            throw new UnknownEntryException("There is no field '" + field + "'.");
        }
        Map<Long, List<String>> terms = new HashMap<>();
        for (DamAsset asset : dam.assetsLabelled(field)) {
            terms.put(asset.id(), asset.values(field));
        }
        return terms;
    }

    void onUpload(@Observes UploadTagged upload) {
        place(upload.embedded().asset().id(), upload.embedded().embeddings());
    }

    /**
     * Places the asset on the last map, unless it is on it already, or there is no map, no similar-image index holding
     * the map's backbone, or no embedding of the asset by it; whether it was placed.
     */
    @Transactional
    public boolean place(long assetId, Map<String, CachedEmbedding> embeddings) {
        Optional<Anchors> last = anchors();
        if (last.isEmpty() || last.get().places().containsKey(assetId) || !index.isResolvable()) {
            return false;
        }
        Anchors map = last.get();
        CachedEmbedding embedding = embeddings.get(map.backbone());
        if (embedding == null || !index.get().backbones().contains(map.backbone())) {
            return false;
        }
        List<Neighbour> near = index
                .get()
                .nearest(
                        new NearestQuery(map.backbone(), embedding.vector(), "", null, null, null, null, assetId),
                        0,
                        PLACED_AMONG)
                .page()
                .stream()
                .filter(n -> map.places().containsKey(n.assetId()))
                .toList();
        if (near.isEmpty()) {
            return false;
        }
        double[] similarities = near.stream().mapToDouble(Neighbour::similarity).toArray();
        float[][] places = near.stream().map(n -> map.places().get(n.assetId())).toArray(float[][]::new);
        float[] xy = CollectionMap.position(similarities, places);
        List<MapPlacement> before = em.createQuery(
                        "select p from MapPlacement p where p.runId = :run and p.assetId = :asset", MapPlacement.class)
                .setParameter("run", map.runId())
                .setParameter("asset", assetId)
                .getResultList();
        if (before.isEmpty()) {
            em.persist(new MapPlacement(map.runId(), assetId, xy[0], xy[1]));
        } else {
            before.get(0).moveTo(xy[0], xy[1]);
        }
        return true;
    }

    /** The last run's places, read again when a newer run is stored. */
    private Optional<Anchors> anchors() {
        Optional<Long> latestId = em.createQuery("select max(r.id) from MapRun r", Long.class)
                .getResultStream()
                .filter(id -> id != null)
                .findFirst();
        if (latestId.isEmpty()) {
            return Optional.empty();
        }
        Anchors known = anchors;
        if (known == null || known.runId() != latestId.get()) {
            MapRun run = em.find(MapRun.class, latestId.get());
            Map<Long, float[]> places = new HashMap<>();
            em.find(MapRunPoints.class, run.getId())
                    .points()
                    .points()
                    .forEach(p -> places.put(p.assetId(), new float[] {p.x(), p.y()}));
            known = new Anchors(run.getId(), run.getBackbone(), places);
            anchors = known;
        }
        return Optional.of(known);
    }

    /** Placements of deleted assets go with them; their points on stored runs stay, and the grid no longer lists them. */
    void onDelete(@Observes AssetDeleted deleted) {
        em.createQuery("delete from MapPlacement p where p.assetId = :asset")
                .setParameter("asset", deleted.assetId())
                .executeUpdate();
    }
}
