/** REST for the servers on the database: who is alive and what each has tagged. */
package org.taxonomist.cluster.rest;
