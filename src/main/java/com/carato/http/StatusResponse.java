package com.carato.http;

/** The body of {@code /health} and {@code /ready}: "up" or "ready". */
record StatusResponse(String status) {
}
