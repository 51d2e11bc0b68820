/** The read-text job: OCR over new or all assets, and the brands read suggested for brand-list fields. */
package org.taxonomist.batch.text;
