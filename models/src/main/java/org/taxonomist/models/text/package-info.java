/**
 * Text in pictures: the lines an OCR engine read ({@link org.taxonomist.models.text.TextLine}), the
 * detector's post-processing that turns its probability map into boxes, and brand spotting, which
 * matches the words read to a field's brand names while tolerating typos.
 */
package org.taxonomist.models.text;
