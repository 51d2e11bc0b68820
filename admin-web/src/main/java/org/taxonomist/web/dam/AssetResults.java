package org.taxonomist.web.dam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.taxonomist.dam.SimilarImageIndex.Neighbour;
import org.taxonomist.dam.reference.Asset;
import org.taxonomist.dam.reference.AssetCatalog;
import org.taxonomist.dam.reference.AssetSearch;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.decision.ReviewQueue;
import org.taxonomist.similar.SimilarImages;
import org.taxonomist.similar.SimilarImages.Similar;

/**
 * The asset grid, one page at a time from the search index, with each shown asset's pending suggestions and
 * corrections counted. The criteria ({@link GridCriteria}) are the search box and the filters; an empty search lists
 * every asset, newest first. A text search is followed by the assets super-labels add, each with its reason. A search
 * by image lists the assets whose pictures are nearest to it, nearest first, each with its similarity.
 */
public class AssetResults extends LazyDataModel<AssetCard> {

    private final AssetSearch search;
    private final AssetCatalog catalog;
    private final SimilarImages similarImages;
    private final ReviewQueue<?> suggestions;
    private final ReviewQueue<?> corrections;
    private final String user;
    private final int pageSize;
    private GridCriteria criteria = GridCriteria.EVERYTHING;
    private long total = -1;
    private long expanded;
    private long bySynonym;
    private long withheld;
    /** The first page, fetched by count(): PrimeFaces asks for the count and then the page, and one search serves both. */
    private List<AssetCard> firstPage;
    /** The badges of the page shown: pending suggestions and corrections per asset. */
    private Map<Long, Long> pending = Map.of();

    private Map<Long, Long> pendingCorrections = Map.of();

    public AssetResults(
            AssetSearch search,
            AssetCatalog catalog,
            SimilarImages similarImages,
            ReviewQueue<?> suggestions,
            ReviewQueue<?> corrections,
            String user,
            int pageSize) {
        this.search = search;
        this.catalog = catalog;
        this.similarImages = similarImages;
        this.suggestions = suggestions;
        this.corrections = corrections;
        this.user = user;
        this.pageSize = pageSize;
    }

    /** New criteria (or new assets): everything is asked for again on the next render. */
    public void narrow(GridCriteria criteria) {
        this.criteria = criteria;
        this.total = -1;
        this.firstPage = null;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        if (total < 0) {
            firstPage = fetch(0, pageSize);
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<AssetCard> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        List<AssetCard> page = first == 0 && firstPage != null && size <= pageSize ? firstPage : fetch(first, size);
        firstPage = null;
        return page;
    }

    private List<AssetCard> fetch(int first, int size) {
        if (criteria.image() != null) {
            return lookalikes(first, size);
        }
        if (criteria.onMap() != null) {
            return selectedOnMap(first, size);
        }
        AssetSearch.Hits hits = search.search(
                criteria.query(),
                new AssetSearch.Narrowing(criteria.field(), criteria.term(), criteria.unlabelledIn(), withPending()),
                criteria.tentative(),
                first,
                size,
                user,
                true);
        total = hits.total();
        expanded = hits.expanded();
        bySynonym = hits.bySynonym();
        withheld = hits.withheld();
        countBadges(hits.assets().stream().map(Asset::getId).toList());
        return hits.assets().stream()
                .map(a -> AssetCard.of(a, hits.reasons().get(a.getId())))
                .toList();
    }

    /** The assets whose pictures are nearest to the image searched by, each with its similarity. */
    private List<AssetCard> lookalikes(int first, int size) {
        Similar similar = similarImages.near(
                criteria.image(),
                new SimilarImages.Narrowing(
                        criteria.query(), criteria.field(), criteria.term(), criteria.unlabelledIn(), withPending()),
                first,
                size);
        total = similar.neighbours().ranked();
        expanded = 0;
        bySynonym = 0;
        withheld = 0;
        List<Neighbour> page = similar.neighbours().page();
        countBadges(page.stream().map(Neighbour::assetId).toList());
        return page.stream()
                .flatMap(n ->
                        catalog
                                .find(n.assetId())
                                .map(a -> AssetCard.of(a, Math.round(100 * n.similarity()) + " % similar"))
                                .stream())
                .toList();
    }

    /** The assets selected on the map, newest first; an asset deleted since is left out. */
    private List<AssetCard> selectedOnMap(int first, int size) {
        List<Long> newestFirst =
                criteria.onMap().stream().sorted(Comparator.reverseOrder()).toList();
        total = newestFirst.size();
        expanded = 0;
        bySynonym = 0;
        withheld = 0;
        List<Long> page =
                newestFirst.subList(Math.min(first, newestFirst.size()), Math.min(first + size, newestFirst.size()));
        countBadges(page);
        return page.stream()
                .flatMap(id -> catalog.find(id).map(AssetCard::of).stream())
                .toList();
    }

    private List<Long> withPending() {
        return criteria.withPending() ? suggestions.assetIds(QueueFilter.pending(), 0, Integer.MAX_VALUE) : null;
    }

    private void countBadges(List<Long> ids) {
        pending = suggestions.countPerAsset(QueueFilter.pending(), ids);
        pendingCorrections = corrections.countPerAsset(QueueFilter.pending(), ids);
    }

    /** How many suggestions of the asset wait for review (0 when none). */
    public long pendingOf(AssetCard card) {
        return pending.getOrDefault(card.id(), 0L);
    }

    /** How many proposed corrections of the asset's labels wait for review. */
    public long correctionsOf(AssetCard card) {
        return pendingCorrections.getOrDefault(card.id(), 0L);
    }

    public long getTotal() {
        return Math.max(0, total);
    }

    /**
     * What the search found, counted by how: "12 assets found: 9 matching, 1 via synonyms, 2 via super-labels.", and
     * what unnamed super-labels would add.
     */
    public String summary() {
        if (criteria.image() != null) {
            return "The " + getTotal() + " pictures nearest to " + criteria.imageName() + ", nearest first.";
        }
        if (criteria.onMap() != null) {
            return (getTotal() == 1 ? "1 asset" : getTotal() + " assets") + " selected on the map, all ticked.";
        }
        long direct = getTotal() - expanded;
        long bySuperLabel = expanded - bySynonym;
        List<String> how = new ArrayList<>();
        if (expanded > 0 && direct > 0) {
            how.add(direct + " matching");
        }
        if (bySynonym > 0) {
            how.add(bySynonym + " via synonyms");
        }
        if (bySuperLabel > 0) {
            how.add(bySuperLabel + " via super-labels");
        }
        return (getTotal() == 1 ? "1 asset found" : getTotal() + " assets found")
                + (how.isEmpty() ? "." : ": " + String.join(", ", how) + ".")
                + (withheld > 0
                        ? " " + withheld + " more via unnamed super-labels (tick \"Unnamed super-labels\")."
                        : "");
    }

    public long getWithheld() {
        return withheld;
    }

    @Override
    public String getRowKey(AssetCard card) {
        return String.valueOf(card.id());
    }

    @Override
    public AssetCard getRowData(String rowKey) {
        List<AssetCard> page = getWrappedData();
        return page == null
                ? null
                : page.stream()
                        .filter(c -> getRowKey(c).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
