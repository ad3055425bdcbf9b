package com.carato.app.ui.register;

import com.carato.register.RegisterEntry;

import java.io.IOException;

/**
 * The sheet of a register entry as it was handed to the client: the same PDF, in the entry's
 * language, with its stored sheet number and date. The app implements it with its sheet writer.
 */
@FunctionalInterface
public interface EntrySheets {

    byte[] sheet(RegisterEntry entry) throws IOException;
}
