package org.taxonomist.web.admin;

import java.io.Serializable;

/** One term of a model version: its out-of-bag metrics and tuned threshold. */
public record TermRow(String term, double precision, double recall, double f1, int support, double threshold)
        implements Serializable {}
