/** A local OpenSearch node for several servers on one database. */
package org.taxonomist.searchnode;
