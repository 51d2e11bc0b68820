package org.taxonomist.dam.reference.rest;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * File names in multipart headers. Browsers and curl send a name's UTF-8 bytes as they are, and
 * the multipart parser reads header bytes as ISO-8859-1, so "Blüte.jpg" arrived as "BlÃ¼te.jpg".
 */
final class FileNames {

    private FileNames() {}

    /** The name as sent: its bytes read as UTF-8 when they are valid UTF-8, else as they were read. */
    static String fromHeader(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return name;
        }
    }

    /** A download's Content-Disposition: an ASCII name for old clients, the real one in RFC 6266's {@code filename*}. */
    static String attachment(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "").replace("\\", "");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
