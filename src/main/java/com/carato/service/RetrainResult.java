package com.carato.service;

/**
 * A whole headless retrain.
 *
 * @param validation what the files held; when it has problems nothing was trained
 * @param comparison champion against challenger; null when nothing was trained
 * @param decision   what was logged; null when nothing was trained
 */
public record RetrainResult(RetrainValidation validation, Comparison comparison, RetrainDecision decision) {

    public boolean trained() {
        return comparison != null;
    }
}
