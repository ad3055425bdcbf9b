package com.carato.app.ui.retrain;

/**
 * One reason a row was rejected, as a line of the wizard's table (a row with two problems gives two lines).
 *
 * @param file   the file name
 * @param line   physical line in the file (the header is line 1)
 * @param field  the column at fault
 * @param reason what is wrong with it
 */
public record RejectedItem(String file, int line, String field, com.carato.domain.Message reason) {
}
