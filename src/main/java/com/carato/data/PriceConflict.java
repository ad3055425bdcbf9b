package com.carato.data;

import java.util.List;

/**
 * One stone (the same characteristics) appraised at different prices. Every sighting is kept for
 * training; the conflict is reported so that an expert can look at it.
 *
 * @param stone     the characteristics, as a canonical CSV fragment (carat,cut,color,clarity,depth,table,x,y,z)
 * @param sightings where it appears and at which price, old data first
 */
public record PriceConflict(String stone, List<Sighting> sightings) {

    public PriceConflict {
        sightings = List.copyOf(sightings);
    }

    /**
     * @param source the file (or the champion's data snapshot)
     * @param line   physical line in that file
     * @param price  the price found there
     */
    public record Sighting(String source, int line, double price) {
    }
}
