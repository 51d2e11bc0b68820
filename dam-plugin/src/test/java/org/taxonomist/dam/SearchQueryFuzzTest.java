package org.taxonomist.dam;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;

/**
 * Whatever a person types into search is a query: the full-text parse the server makes of it
 * (Lucene's simple query syntax over title, keywords and terms, with the "english" analyzer of
 * {@code SearchAnalysis}) never fails, and reading which phrases it names ({@link QueryMatch},
 * for synonyms and super-labels) never fails and finds a phrase wherever its words stand whole.
 */
class SearchQueryFuzzTest {

    private static final SimpleQueryParser PARSER = parser();

    // libFuzzer reads dictionary entries as printable ASCII, so other bytes are written \xNN.
    @DictionaryEntries({
        "\\x22",
        "*",
        "~",
        "~2",
        "+",
        "-",
        "|",
        "(",
        ")",
        "\\x5C",
        " ",
        "AND",
        "OR",
        "NOT",
        "\\xC3\\xA9",
        "\\xC3\\x9F",
        "\\xC4\\xB0",
        "\\xE6\\x9D\\xB1\\xE4\\xBA\\xAC",
        "\\x00"
    })
    @FuzzTest(maxDuration = "15s")
    void everyTypedTextIsAQuery(FuzzedDataProvider data) {
        String phrase = data.consumeString(40);
        String query = data.consumeRemainingAsString();
        assertNotNull(PARSER.parse(query), "parsed: " + query);
        boolean named = QueryMatch.names(query, phrase);
        if (named) {
            assertTrue(QueryMatch.names("… " + query + " …", phrase), "words around it do not matter");
        }
        boolean phraseHasWords = QueryMatch.names(phrase, phrase);
        assertTrue(
                !phraseHasWords || QueryMatch.names(query + " (" + phrase + ")", phrase),
                "a phrase standing whole is named");
    }

    private static SimpleQueryParser parser() {
        try {
            Analyzer english = CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .addTokenFilter("porterStem")
                    .build();
            SimpleQueryParser parser =
                    new SimpleQueryParser(english, Map.of("title", 1f, "keywords", 1f, "values.term", 1f));
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            return parser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
