package com.carato.http;

/** One item of a batch answer: an appraisal, or the problem with that stone. */
sealed interface BatchItem permits AppraisalResponse, BatchItemProblem {
}
