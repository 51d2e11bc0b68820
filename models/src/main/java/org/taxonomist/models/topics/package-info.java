/**
 * The topic models behind super-labels: topics over the assets' terms, fitted by LDA (MALLET) or NMF (pure Java)
 * ({@link Topics}), scoring new assets without refitting ({@link TopicModel}), and NPMI coherence ({@link Coherence}) so
 * that an admin can choose the number of topics. Like all of {@code org.taxonomist.models} it knows nothing of the
 * server modules or Jakarta: the server's {@code org.taxonomist.superlabel} stores the topics and librarians name them
 * there.
 */
package org.taxonomist.models.topics;
