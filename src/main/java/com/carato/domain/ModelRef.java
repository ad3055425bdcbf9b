package com.carato.domain;

import java.time.Instant;

/**
 * Which model version priced a stone.
 *
 * @param id      the model bundle's id
 * @param created when it was trained
 */
public record ModelRef(String id, Instant created) {
}
