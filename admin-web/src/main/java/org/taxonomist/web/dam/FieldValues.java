package org.taxonomist.web.dam;

import java.io.Serializable;
import java.util.List;

/** One field of one asset: the terms it has, and the terms of the field's list that could still be added. */
public record FieldValues(String field, boolean multiValued, List<String> terms, List<String> addable)
        implements Serializable {}
