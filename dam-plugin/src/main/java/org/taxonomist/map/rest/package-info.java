/** REST for the collection map: its runs, their points (binary) and their colourings. */
package org.taxonomist.map.rest;
