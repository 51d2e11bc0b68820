package org.taxonomist.dam.reference;

/** What was learnt about an uploaded image while storing it. */
public record StoredImage(String contentHash, String format, int width, int height, long byteSize) {}
