package com.carato.app;

import com.carato.app.sheet.ShopDetails;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between sessions (java.util.prefs): language, window bounds, last files,
 * and the counter behind appraisal sheet numbers.
 */
public final class Settings {

    private static final String LANGUAGE = "language";
    private static final String LAST_DATA = "lastData";
    private static final String SHEET_DAY = "sheetDay";
    private static final String SHEET_COUNT = "sheetCount";
    private static final String SHOP_NAME = "shopName";
    private static final String SHOP_ADDRESS = "shopAddress";
    private static final String SHOP_LOGO = "shopLogo";
    private static final String SHOP_VALIDITY = "shopValidityDays";
    private static final String SALESPERSON = "salesperson";
    private static final String WORKSTATION = "workstation";
    private static final String SHOP_DB_URL = "shopDatabaseUrl";
    private static final String SHOP_DB_USER = "shopDatabaseUser";

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's settings of this machine. */
    public static Settings user() {
        return new Settings(Preferences.userRoot().node("com/carato/app"));
    }

    public Locale locale() {
        String language = prefs.get(LANGUAGE, null);
        if (language == null) {
            return Locale.getDefault().getLanguage().equals("it") ? Locale.ITALIAN : Locale.ENGLISH;
        }
        return language.equals("it") ? Locale.ITALIAN : Locale.ENGLISH;
    }

    /** Remembers the language; false when it could not be saved (it holds for this session). */
    public boolean setLocale(Locale locale) {
        prefs.put(LANGUAGE, locale.getLanguage());
        return flush();
    }

    public Optional<Path> lastData() {
        return Optional.ofNullable(prefs.get(LAST_DATA, null)).map(Path::of);
    }

    /** Remembers the last data file; false when it could not be saved. */
    public boolean setLastData(Path file) {
        prefs.put(LAST_DATA, file.toAbsolutePath().toString());
        return flush();
    }

    /** Window bounds x, y, width, height, if saved. */
    public Optional<double[]> windowBounds() {
        double w = prefs.getDouble("windowWidth", -1);
        if (w <= 0) {
            return Optional.empty();
        }
        return Optional.of(new double[] {prefs.getDouble("windowX", 0), prefs.getDouble("windowY", 0), w,
            prefs.getDouble("windowHeight", 800)});
    }

    /** Remembers the window's place; false when it could not be saved. */
    public boolean setWindowBounds(double x, double y, double width, double height) {
        prefs.putDouble("windowX", x);
        prefs.putDouble("windowY", y);
        prefs.putDouble("windowWidth", width);
        prefs.putDouble("windowHeight", height);
        return flush();
    }

    /**
     * The next unique sheet number, e.g. "CA-20261129-003": a per-day counter, saved before the
     * number is handed out, so that a number never repeats after a restart.
     *
     * @throws SettingsException when the counter cannot be saved (no number is handed out)
     */
    public synchronized String nextSheetNumber(LocalDate today) {
        String day = today.format(DateTimeFormatter.BASIC_ISO_DATE);
        int count = day.equals(prefs.get(SHEET_DAY, "")) ? prefs.getInt(SHEET_COUNT, 0) + 1 : 1;
        prefs.put(SHEET_DAY, day);
        prefs.putInt(SHEET_COUNT, count);
        try {
            prefs.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            throw new SettingsException("the sheet number " + count + " of " + day + " could not be saved in the "
                    + "settings (" + prefs.absolutePath() + "): " + e.getMessage()
                    + "; no number was handed out, so none can repeat after a restart", e);
        }
        return String.format(Locale.ROOT, "CA-%s-%03d", day, count);
    }

    /**
     * Who appraises at this counter, recorded with each appraisal: chosen in Settings → Counter…,
     * by default the user's login name.
     */
    public String salesperson() {
        String name = prefs.get(SALESPERSON, "").strip();
        return name.isEmpty() ? System.getProperty("user.name", "salesperson") : name;
    }

    /** This workstation's name in the register: chosen in Settings → Counter…, by default the computer's. */
    public String workstation() {
        String name = prefs.get(WORKSTATION, "").strip();
        return name.isEmpty() ? hostName() : name;
    }

    /** Remembers who appraises and the workstation's name (blank: the defaults); false when it could not be saved. */
    public boolean setCounter(String salesperson, String workstation) {
        prefs.put(SALESPERSON, salesperson == null ? "" : salesperson.strip());
        prefs.put(WORKSTATION, workstation == null ? "" : workstation.strip());
        return flush();
    }

    /**
     * The shop database this workstation uses (Settings → Shop database…), or empty for the embedded
     * register of the data folder. The password is not here: it is in a file only the user can read.
     */
    public Optional<ShopDatabaseSetting> shopDatabase() {
        String url = prefs.get(SHOP_DB_URL, "").strip();
        return url.isEmpty() ? Optional.empty()
                : Optional.of(new ShopDatabaseSetting(url, prefs.get(SHOP_DB_USER, "").strip()));
    }

    /** Remembers the shop database (null: this workstation's own register). */
    public void setShopDatabase(ShopDatabaseSetting setting) {
        prefs.put(SHOP_DB_URL, setting == null ? "" : setting.url());
        prefs.put(SHOP_DB_USER, setting == null ? "" : setting.user());
        if (!flush()) {
            throw new SettingsException("the shop database could not be saved in the settings ("
                    + prefs.absolutePath() + ")", null);
        }
    }

    /**
     * A shop database as the settings keep it.
     *
     * @param url  its JDBC URL ({@code jdbc:postgresql://host:port/database})
     * @param user the database user
     */
    public record ShopDatabaseSetting(String url, String user) {
    }

    /**
     * The computer's name, looked up once per process (it is recorded with every appraisal, and the
     * lookup may ask the network's name service).
     */
    private static String hostName() {
        return HostName.NAME;
    }

    private static final class HostName {
        static final String NAME = lookUp();

        private static String lookUp() {
            for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
                String env = System.getenv(variable);
                if (env != null && !env.isBlank()) {
                    return env.strip();
                }
            }
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                return "workstation";
            }
        }
    }

    /** The shop on the appraisal sheet's letterhead (empty until set in Settings → Shop details…). */
    public ShopDetails shop() {
        String logo = prefs.get(SHOP_LOGO, "");
        int days = prefs.getInt(SHOP_VALIDITY, ShopDetails.DEFAULT_VALIDITY_DAYS);
        if (days < 1 || days > ShopDetails.MAX_VALIDITY_DAYS) {
            days = ShopDetails.DEFAULT_VALIDITY_DAYS;
        }
        return new ShopDetails(prefs.get(SHOP_NAME, ""), prefs.get(SHOP_ADDRESS, ""),
                logo.isEmpty() ? null : Path.of(logo), days);
    }

    public void setShop(ShopDetails shop) {
        prefs.put(SHOP_NAME, shop.name());
        prefs.put(SHOP_ADDRESS, shop.address());
        prefs.put(SHOP_LOGO, shop.logoFile().map(p -> p.toAbsolutePath().toString()).orElse(""));
        prefs.putInt(SHOP_VALIDITY, shop.validityDays());
        if (!flush()) {
            throw new IllegalStateException("the settings store refused to save them (" + prefs.absolutePath() + ")");
        }
    }

    /** Saves; false when the settings store refused (a read-only profile must not stop the app). */
    private boolean flush() {
        try {
            prefs.flush();
            return true;
        } catch (BackingStoreException | IllegalStateException e) {
            System.getLogger(Settings.class.getName()).log(System.Logger.Level.WARNING,
                    "settings could not be saved in " + prefs.absolutePath() + ": " + e.getMessage());
            return false;
        }
    }
}
