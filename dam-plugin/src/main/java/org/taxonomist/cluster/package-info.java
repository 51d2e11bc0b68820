/**
 * Several servers on one database: which servers are alive (their heartbeats), so that work a dead server had claimed
 * (waiting tagging tasks, running job executions) is taken over by the others.
 */
package org.taxonomist.cluster;
