/**
 * Suggestions: terms proposed for an asset's field with the model's confidence and source, kept apart from the DAM's own
 * values until a librarian approves them ({@link Suggestion}, {@link SuggestionService}). An approved term is written
 * through the DAM adapter; a rejected one is never proposed again for that asset; {@link ManualLabelling} counts a hand
 * label as approving the suggestion that waited for it.
 */
package org.taxonomist.suggestion;
