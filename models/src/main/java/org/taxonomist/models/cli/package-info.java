/**
 * The command-line tools, run through {@code deploy/bin/taxonomist <command>}: embed, train, evaluate, tag, audit and
 * bench over a manifest (CSV {@code file,labels}), with their own embedding cache and model folders on disk. The top of
 * the models module: it uses the other packages and none uses it. Like the rest of {@code org.taxonomist.models} it
 * needs nothing of the server modules or Jakarta, so the tools run without a server.
 */
package org.taxonomist.models.cli;
