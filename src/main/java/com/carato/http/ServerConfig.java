package com.carato.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;

/**
 * How the REST server listens and what it accepts.
 *
 * @param host         address to bind; 127.0.0.1 by default. Any other address requires API keys
 * @param port         TCP port; 0 picks a free one
 * @param apiKeys      keys accepted in the {@code X-API-Key} header for {@code /api/**}; none = open
 * @param corsOrigins  web origins allowed to call the API from a browser (e.g. https://shop.example.com)
 * @param maxBodyBytes largest request body accepted; larger ones get 413
 * @param maxBatchSize most stones in one batch request; more get 413
 */
public record ServerConfig(String host, int port, ApiKeys apiKeys, List<String> corsOrigins,
                           long maxBodyBytes, int maxBatchSize) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;
    public static final int DEFAULT_MAX_BATCH_SIZE = 10_000;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(apiKeys, "apiKeys");
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the maximum body size must be positive, got " + maxBodyBytes);
        }
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("the maximum batch size must be positive, got " + maxBatchSize);
        }
    }

    /** Loopback, port 8080, no keys, no CORS, 8 MiB bodies, 10,000 stones per batch. */
    public static ServerConfig defaults() {
        return new ServerConfig(LOOPBACK, DEFAULT_PORT, ApiKeys.none(), List.of(), DEFAULT_MAX_BODY_BYTES,
                DEFAULT_MAX_BATCH_SIZE);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, apiKeys, corsOrigins, maxBodyBytes, maxBatchSize);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, apiKeys, corsOrigins, maxBodyBytes, maxBatchSize);
    }

    public ServerConfig withApiKeys(ApiKeys keys) {
        return new ServerConfig(host, port, keys, corsOrigins, maxBodyBytes, maxBatchSize);
    }

    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(host, port, apiKeys, origins, maxBodyBytes, maxBatchSize);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, apiKeys, corsOrigins, bytes, maxBatchSize);
    }

    public ServerConfig withMaxBatchSize(int stones) {
        return new ServerConfig(host, port, apiKeys, corsOrigins, maxBodyBytes, stones);
    }

    /** True when {@link #host()} is a loopback address (only this machine can connect). */
    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Checks the rule that a server reachable from other machines must ask for API keys.
     *
     * @throws IllegalStateException naming the address and what to do
     */
    public void checkExposure() {
        if (!loopback() && !apiKeys.enabled()) {
            throw new IllegalStateException("refusing to listen on " + host
                    + " without API keys: other machines could use the server. Give a file of keys"
                    + " (--api-keys FILE, one key a line) or listen on " + LOOPBACK);
        }
    }
}
