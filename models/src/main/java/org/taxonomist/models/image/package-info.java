/**
 * Safe decoding of an asset's bytes into pixels ({@link ImageDecoder}): the format sniffed from the bytes, the size
 * checked from the header before any pixel is decoded, truncated files refused, EXIF orientation and embedded colour
 * profiles applied, thumbnails. Used by the backbones, the command line and the server's uploads and imports; the
 * exceptions here are what {@code org.taxonomist.failure} answers with 413, 415 and 422.
 */
package org.taxonomist.models.image;
