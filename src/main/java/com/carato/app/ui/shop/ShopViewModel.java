package com.carato.app.ui.shop;

import com.carato.app.sheet.ShopDetails;
import com.carato.app.sheet.ShopLogos;
import com.carato.app.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Settings → Shop details…: the shop's name, address, logo and how long an appraisal stays valid,
 * as printed on the sheet. Nothing changes until {@link #save()}: then the logo is copied into the
 * data folder's {@code shop/} folder and the details are stored; anything wrong is said in
 * {@link #errorProperty()} and nothing is stored.
 */
public final class ShopViewModel {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 2000;

    private final Consumer<ShopDetails> store;
    private final Path shopFolder;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty validityDays = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper logo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** The logo as stored (already in the shop folder), or null. */
    private final Path storedLogo;
    /** The logo the sheet will carry after saving: the stored one, a newly chosen file, or null. */
    private Path chosenLogo;

    /**
     * @param current    the details as they are now
     * @param store      stores the new details (Settings)
     * @param shopFolder where the logo's copy goes
     */
    public ShopViewModel(ShopDetails current, Consumer<ShopDetails> store, Path shopFolder, Messages messages) {
        this.store = store;
        this.shopFolder = shopFolder;
        this.messages = messages;
        name.set(current.name());
        address.set(current.address());
        validityDays.set(Integer.toString(current.validityDays()));
        storedLogo = current.logo();
        setLogo(storedLogo);
    }

    /** A logo picked by the user; it is checked and copied on {@link #save()}. */
    public void chooseLogo(Path file) {
        setLogo(file);
    }

    public void removeLogo() {
        setLogo(null);
    }

    private void setLogo(Path file) {
        chosenLogo = file;
        logo.set(file == null ? messages.get("shop.logo.none") : file.toString());
    }

    /** Checks and stores the details; false (with the reason in {@link #errorProperty()}) when they cannot be. */
    public boolean save() {
        String days = validityDays.get() == null ? "" : validityDays.get().strip();
        int validity;
        try {
            validity = Integer.parseInt(days);
        } catch (NumberFormatException e) {
            validity = -1;
        }
        if (validity < 1 || validity > ShopDetails.MAX_VALIDITY_DAYS) {
            error.set(messages.format("shop.error.validity", days, ShopDetails.MAX_VALIDITY_DAYS));
            return false;
        }
        String shopName = Objects.requireNonNullElse(name.get(), "");
        if (shopName.strip().length() > MAX_NAME) {
            error.set(messages.format("shop.error.name", MAX_NAME));
            return false;
        }
        String shopAddress = Objects.requireNonNullElse(address.get(), "");
        if (shopAddress.strip().length() > MAX_ADDRESS) {
            error.set(messages.format("shop.error.address", MAX_ADDRESS));
            return false;
        }
        Path logoFile = chosenLogo;
        if (logoFile != null && !logoFile.equals(storedLogo)) {
            try {
                logoFile = ShopLogos.importLogo(logoFile, shopFolder);
            } catch (ShopLogos.LogoException e) {
                error.set(messages.format("shop.error.logo." + e.problem().name().toLowerCase(java.util.Locale.ROOT),
                        e.file().toString(), ShopLogos.MAX_BYTES / 1024));
                return false;
            } catch (IOException e) {
                error.set(messages.format("shop.error.logo.copy", shopFolder.toString(), e.getMessage()));
                return false;
            }
        }
        try {
            store.accept(new ShopDetails(shopName, shopAddress, logoFile, validity));
        } catch (RuntimeException e) {
            error.set(messages.format("shop.error.store", e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
            return false;
        }
        error.set("");
        return true;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty validityDaysProperty() {
        return validityDays;
    }

    /** The logo's file, or a "no logo" text. */
    public ReadOnlyStringProperty logoProperty() {
        return logo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
