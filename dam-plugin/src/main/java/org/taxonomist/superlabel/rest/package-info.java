/**
 * JAX-RS resources of {@code org.taxonomist.superlabel}: super-labels and librarians' decisions about them, an asset's
 * super-labels and the assets like it, the last run's model ({@code /api/super-labels}).
 */
package org.taxonomist.superlabel.rest;
