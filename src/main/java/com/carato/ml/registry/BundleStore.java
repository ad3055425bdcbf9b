package com.carato.ml.registry;

import com.carato.data.DataSnapshots;
import com.carato.ml.train.TrainedModel;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The registry's first job: keeping model bundles (model, manifest, extra files) by id. A store
 * knows nothing about champions; that is the {@link ChampionLog}'s job. The folder implementation
 * is {@link FolderBundleStore}; a shop database can implement the same contract.
 *
 * <p>Contract: {@link #save} stores a whole bundle or nothing; {@link #load} and {@link #readFile}
 * verify every byte against the manifest's hashes and never return a half-loaded bundle; every id
 * is checked with {@link ModelIds}.
 */
public interface BundleStore {

    /**
     * Stores a new bundle (whole or not at all): the model serialised and the extra files, their
     * SHA-256 put into the manifest ({@link BundleCodec}), then {@link #saveVerified}. Returns the
     * complete manifest.
     */
    default Manifest save(TrainedModel model, Manifest manifest, Map<String, byte[]> extraFiles)
            throws IOException, BundleException {
        ModelIds.check(manifest.id(), "a new bundle's manifest");
        Map<String, byte[]> files = BundleCodec.files(model, extraFiles);
        Manifest complete = manifest.withFiles(BundleCodec.hashes(files));
        saveVerified(complete, files);
        return complete;
    }

    /** The ids of the stored bundles whose manifest exists (in no particular order). */
    List<String> ids() throws IOException;

    /** True when a bundle (complete or not) holds this id. */
    boolean exists(String id) throws BundleException;

    /** The stored manifest of a bundle (status as written when it was saved). */
    Manifest manifest(String id) throws BundleException;

    /** Loads and verifies a bundle. */
    LoadedBundle load(String id) throws BundleException;

    /** One extra file of a bundle, verified against the manifest. */
    byte[] readFile(String id, String name) throws BundleException;

    /**
     * Every file of a bundle (the model's bytes included, the manifest not), each verified against
     * the manifest: what {@link #saveVerified} of another store takes to copy the bundle unchanged.
     */
    Map<String, byte[]> files(String id) throws BundleException;

    /**
     * Stores an existing bundle as it is (its id, manifest and bytes unchanged; exports and imports
     * between stores), whole or not at all. The files must be exactly those the manifest lists,
     * each with its hash; a data snapshot the manifest names must be in {@link #snapshots()}.
     */
    void saveVerified(Manifest manifest, Map<String, byte[]> files) throws IOException, BundleException;

    /** Removes a bundle that was stored but could not be registered. */
    void delete(String id) throws IOException, BundleException;

    /** The immutable data snapshots that manifests point to. */
    DataSnapshots snapshots();

    /** Where the store lives, for messages. */
    String location();
}
