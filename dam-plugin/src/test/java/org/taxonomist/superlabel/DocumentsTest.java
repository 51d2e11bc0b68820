package org.taxonomist.superlabel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    @Test
    void termsOnFewerThanThreeAssetsAreLeftOutAndSoAreAssetsLeftWithNone() {
        Documents documents = new Documents(
                List.of(1L, 2L, 3L, 4L),
                List.of(
                        List.of("beach", "sea", "jane doe"),
                        List.of("beach", "sea", "jane doe"),
                        List.of("beach", "sea"),
                        List.of("unique drawing")));

        Documents common = documents.withoutRareTerms();

        assertEquals(List.of(1L, 2L, 3L), common.assetIds());
        assertEquals(List.of("beach", "sea"), common.terms().get(0), "a name on two assets makes no topic");
    }
}
