/**
 * The model registry: the trained versions of every field's model in the database ({@link ModelVersion}: ensemble,
 * report, scores; at most one active per field), activation and rollback with the active ensembles kept deserialised
 * ({@link ModelRegistry}, {@link ActiveModel}), and each field's autofill and autocorrect settings
 * ({@link FieldAutomations}). Training lives in {@code org.taxonomist.training}, which uses this package and not the
 * reverse.
 */
package org.taxonomist.registry;
