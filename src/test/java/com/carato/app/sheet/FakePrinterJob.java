package com.carato.app.sheet;

import javax.print.PrintService;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.lang.reflect.Proxy;

/**
 * A print job without a printer behind it: "prints" each page by drawing it into an image, or
 * fails on a chosen page, as a real driver might; records whether it was cancelled.
 */
public final class FakePrinterJob extends PrinterJob {

    private final boolean hasPrinter;
    private final boolean confirm;
    private final int failOnPage;
    private Pageable pageable;
    private String jobName = "";
    int pagesPrinted;
    boolean cancelled;

    /**
     * @param hasPrinter whether the computer has a printer
     * @param confirm    what the user answers in the print dialog
     * @param failOnPage the page (0-based) on which the printer fails, or -1
     */
    public FakePrinterJob(boolean hasPrinter, boolean confirm, int failOnPage) {
        this.hasPrinter = hasPrinter;
        this.confirm = confirm;
        this.failOnPage = failOnPage;
    }

    @Override
    public PrintService getPrintService() {
        if (!hasPrinter) {
            return null;
        }
        return (PrintService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PrintService.class},
                (proxy, method, args) -> method.getName().equals("getName") ? "fake printer" : null);
    }

    @Override
    public void setPrintable(Printable painter) {
        throw new UnsupportedOperationException("the sheet is printed as a Pageable");
    }

    @Override
    public void setPrintable(Printable painter, PageFormat format) {
        throw new UnsupportedOperationException("the sheet is printed as a Pageable");
    }

    @Override
    public void setPageable(Pageable document) {
        this.pageable = document;
    }

    @Override
    public boolean printDialog() {
        return confirm;
    }

    @Override
    public PageFormat pageDialog(PageFormat page) {
        return page;
    }

    @Override
    public PageFormat defaultPage(PageFormat page) {
        return page;
    }

    @Override
    public PageFormat validatePage(PageFormat page) {
        return page;
    }

    @Override
    public void print() throws PrinterException {
        for (int i = 0; i < pageable.getNumberOfPages(); i++) {
            if (i == failOnPage) {
                throw new PrinterException("paper jam on page " + (i + 1));
            }
            PageFormat format = pageable.getPageFormat(i);
            BufferedImage image = new BufferedImage((int) format.getWidth(), (int) format.getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                if (pageable.getPrintable(i).print(g, format, i) != Printable.PAGE_EXISTS) {
                    throw new PrinterException("page " + i + " does not exist");
                }
            } finally {
                g.dispose();
            }
            pagesPrinted++;
        }
    }

    @Override
    public void setCopies(int copies) {
    }

    @Override
    public int getCopies() {
        return 1;
    }

    @Override
    public String getUserName() {
        return "test";
    }

    @Override
    public void setJobName(String name) {
        this.jobName = name;
    }

    @Override
    public String getJobName() {
        return jobName;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    public int pagesPrinted() {
        return pagesPrinted;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
