package com.carato.app.ui.register;

import com.carato.app.present.AppraisalPresentation;
import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Appraisal;
import com.carato.domain.Diamond;
import com.carato.register.RegisterEntry;
import com.carato.register.Voiding;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The register's texts in the user's language: the list's short cells, an entry's who/when/where,
 * its void, today's comparison and the screen's notices. The appraisal itself is said by
 * {@link AppraisalPresentation}, as on the desk and the sheet. No JavaFX types.
 */
public final class RegisterTexts {

    private final Messages messages;
    private final Formats formats;
    private final AppraisalPresentation present;

    public RegisterTexts(Messages messages) {
        this.messages = messages;
        this.present = new AppraisalPresentation(messages);
        this.formats = present.formats();
    }

    public AppraisalPresentation present() {
        return present;
    }

    public Formats formats() {
        return formats;
    }

    /** What the screen says, in this language. */
    public String notice(RegisterNotice notice) {
        if (notice == null) {
            return "";
        }
        List<Object> args = new ArrayList<>();
        for (Object arg : notice.args()) {
            args.add(arg instanceof LocalDate day ? day(day) : arg instanceof Path path ? path.toString()
                    : arg instanceof Double d ? formats.number(d, d == Math.rint(d) ? 0 : 2) : arg);
        }
        return messages.format(notice.kind().key(), args.toArray());
    }

    /** "1.01 ct Ideal G VS1". */
    public String stone(Diamond d) {
        return messages.format("register.stone", formats.number(d.carat(), 2), d.cut().label(), d.color().label(),
                d.clarity().label());
    }

    /** "$6,200 – $8,500". */
    public String range(Appraisal a) {
        return messages.format("register.range", formats.money(a.range().low()), formats.money(a.range().high()));
    }

    /** "No. 12 · Dec 1, 2026, 10:15:00 AM". */
    public String title(RegisterEntry e) {
        return messages.format("register.entry.title", e.number(), formats.date(e.at()));
    }

    /** "Counter counter-1 · salesperson Anna · client C-042 · sheet CA-… · English". */
    public String who(RegisterEntry e) {
        return messages.format("register.entry.who", e.workstation(), e.salesperson(),
                e.client() == null ? messages.get("register.entry.noClient") : e.client(),
                e.sheetNumber() == null ? messages.get("register.entry.noSheet") : e.sheetNumber(),
                e.language().getDisplayLanguage(messages.locale()));
    }

    /** "Voided on … by …: why", or empty when the entry stands. */
    public String voiding(RegisterEntry e) {
        Voiding v = e.voiding();
        return v == null ? "" : messages.format("register.entry.voided", formats.date(v.at()), v.by(), v.reason());
    }

    /** "+$120 (+1.7 %)" for today's price against the recorded one. */
    public String difference(Reappraisal r) {
        String percent = formats.number(Math.abs(r.change()) * 100, 1) + " %";
        return formats.signedMoney(r.difference()) + " (" + (r.change() < 0 ? "−" : "+") + percent + ")";
    }

    /** Why today's model refuses the stone, in this language. */
    public String refusal(Reappraisal r) {
        return messages.engine(r.refusal());
    }

    private String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(day);
    }
}
