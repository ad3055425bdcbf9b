package com.carato.http;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code GET /openapi.json} (the hand-written OpenAPI document, a resource next to this class) and
 * {@code GET /docs} (Swagger UI from the swagger-ui webjar, served by this server: no CDN).
 */
final class ApiDocs {

    static final String OPENAPI_RESOURCE = "openapi.json";

    private final byte[] openApi;
    private final String docsPage;

    ApiDocs() {
        this.openApi = resource(OPENAPI_RESOURCE);
        String base = "/webjars/swagger-ui/" + swaggerUiVersion();
        this.docsPage = """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Carato REST API</title>
                  <link rel="stylesheet" href="%1$s/swagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$s/swagger-ui-bundle.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});
                  </script>
                </body>
                </html>
                """.formatted(base);
    }

    void openApi(Context ctx) {
        ctx.status(200).contentType(Json.JSON).result(openApi);
    }

    void docs(Context ctx) {
        ctx.status(200).contentType("text/html; charset=utf-8").result(docsPage);
    }

    /** The webjar's version, read from its Maven metadata (its files live under a versioned folder). */
    static String swaggerUiVersion() {
        try (InputStream in = ApiDocs.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing from the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + ApiDocs.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
