/** REST for the near-duplicate review: {@code /api/duplicates/groups} and {@code /api/duplicates/decisions}. */
package org.taxonomist.duplicates.rest;
