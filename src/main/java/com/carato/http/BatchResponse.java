package com.carato.http;

import java.util.List;

/**
 * The answer to a JSON batch: one item per stone, in the request's order.
 *
 * @param appraisals each an appraisal or the problem with that stone
 * @param appraised  how many stones were appraised
 * @param failed     how many could not be appraised: invalid, or beyond the model's limits
 */
record BatchResponse(List<BatchItem> appraisals, int appraised, int failed) {
}
