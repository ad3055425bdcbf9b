package com.carato.app.ui.server;

import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import com.carato.service.TestModels;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting and stopping the embedded server from the app, without the toolkit. */
class ServerViewModelTest {

    @Test
    void startsOnLoopbackAnswersAndStops() throws Exception {
        ActiveModel active = TestModels.active();
        ServerViewModel vm = new ServerViewModel(new Appraiser(active), new ModelService(TestModels.registry(), active),
                Runnable::run, Runnable::run);
        vm.portProperty().set("0");
        vm.start();
        try {
            assertTrue(vm.runningProperty().get(), String.valueOf(vm.problemProperty().get()));
            assertTrue(vm.urlProperty().get().startsWith("http://127.0.0.1:"), vm.urlProperty().get());
            assertTrue(vm.docsUrlProperty().get().endsWith("/docs"));
            HttpResponse<String> ready = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(vm.urlProperty().get() + "/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode());
        } finally {
            vm.stop();
        }
        assertFalse(vm.runningProperty().get());
        assertEquals("", vm.urlProperty().get());
    }

    @Test
    void aBadPortIsRefusedBeforeStarting() {
        ActiveModel active = new ActiveModel();
        ServerViewModel vm = new ServerViewModel(new Appraiser(active), new ModelService(TestModels.registry(), active),
                Runnable::run, Runnable::run);
        vm.portProperty().set("80a");
        vm.start();
        assertEquals(new ServerProblem(ServerProblem.Kind.BAD_PORT, "80a"), vm.problemProperty().get());
        assertFalse(vm.runningProperty().get());
    }
}
