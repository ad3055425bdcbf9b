package com.carato.service;

import com.carato.domain.Metrics;

import java.util.Map;

/**
 * How the champion prices a labelled file.
 *
 * @param modelId         the model evaluated
 * @param source          the file
 * @param overall         metrics on all its valid stones
 * @param byBand          per carat band
 * @param coverage        share of prices inside their range
 * @param coverageByBand  the same per band
 * @param meanRangeWidth  mean range width relative to the predicted price
 * @param rejected        rows of the file that could not be evaluated (see carato check)
 * @param refused         valid stones beyond the model's weight limits, which it does not price
 */
public record EvaluationReport(String modelId, String source, Metrics overall, Map<String, Metrics> byBand,
                               double coverage, Map<String, Double> coverageByBand, double meanRangeWidth,
                               int rejected, int refused) {
}
