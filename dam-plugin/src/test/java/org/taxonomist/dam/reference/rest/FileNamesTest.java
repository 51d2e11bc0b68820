package org.taxonomist.dam.reference.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void utf8NamesReadAsLatin1AreRepaired() {
        String sent = new String("Blüte 東京.jpg".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("Blüte 東京.jpg", FileNames.fromHeader(sent));
        assertEquals("plain.png", FileNames.fromHeader("plain.png"));
        assertEquals("caf\u00e9.png", FileNames.fromHeader("caf\u00e9.png"), "a Latin-1 name that is not UTF-8 stays");
    }

    @Test
    void downloadsCarryTheRealNameAndAnAsciiFallback() {
        assertEquals(
                "attachment; filename=\"Bl_te 'x'.jpg\"; filename*=UTF-8''Bl%C3%BCte%20%27x%27.jpg",
                FileNames.attachment("Blüte 'x'.jpg"));
        assertEquals("attachment; filename=\"ab.png\"; filename*=UTF-8''a%22b.png", FileNames.attachment("a\"b.png"));
    }
}
