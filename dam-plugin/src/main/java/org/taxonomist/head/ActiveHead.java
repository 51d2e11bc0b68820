package org.taxonomist.head;

import org.taxonomist.models.head.Head;

/** A field's active head, ready to predict, with the name its suggestions carry. */
public record ActiveHead(String field, String backbone, String source, Head head) {
}
