package com.carato.service;

import com.carato.register.ShopConnection;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A second workstation in its own JVM for {@link TwoJvmFollowTest}: opens the shop registry,
 * follows the champion (polling every 60 s, so only NOTIFY can be fast), prints
 * {@code priced <model id>} after each switch with the model that priced the test stone, and runs
 * until its standard input closes.
 *
 * <p>Arguments: JDBC URL, database user, local folder.
 */
public final class FollowerMain {

    private FollowerMain() {
    }

    public static void main(String[] args) throws Exception {
        ShopConnection connection = new ShopConnection(Path.of(args[2]), args[0], args[1], "");
        try (RegistryServices services = RegistryServices.openShop(connection, Path.of(args[2]));
             ChampionFollower follower = services.follower(Duration.ofSeconds(60))) {
            Appraiser appraiser = new Appraiser(services.active());
            follower.addListener(s -> {
                if (s.modelId() != null && services.active().isLoaded()) {
                    System.out.println("priced " + appraiser.appraise(ShopFixture.STONE).model().id());
                    System.out.flush();
                }
            });
            ChampionStatus first = follower.start();
            System.out.println("started " + first.modelId());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                // runs until the parent closes our input
            }
        }
    }
}
