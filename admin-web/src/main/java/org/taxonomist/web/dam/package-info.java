/**
 * The reference DAM's own screens: the asset grid with upload and search, the asset page (which shows the plugin's
 * suggestions, objects and super-labels beside the DAM's fields), the taxonomy editor and collection imports. A real DAM
 * brings these itself, so this is the one package of {@code org.taxonomist.web} that may use
 * {@code org.taxonomist.dam.reference}.
 */
package org.taxonomist.web.dam;
