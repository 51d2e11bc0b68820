package org.taxonomist.dam.reference;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The "english" analyzer of titles, keywords and terms: lower-cased, accents folded and stemmed, so
 * "Beaches" finds "beach" and "café" finds "cafe". The same chain on the embedded Lucene index and on an
 * OpenSearch cluster (whose names for the filters differ), so a search finds the same assets on both.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("english")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer("english")
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "porter_stem");
    }
}
