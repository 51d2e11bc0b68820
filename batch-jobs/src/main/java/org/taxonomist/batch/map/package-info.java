/** The map job: a new 2-D map of the whole collection. */
package org.taxonomist.batch.map;
