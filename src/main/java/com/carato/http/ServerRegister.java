package com.carato.http;

import com.carato.register.AppraisalRegister;

import java.util.Objects;

/**
 * The register a server records appraisals in and answers register queries from.
 *
 * @param register    the shop's register
 * @param workstation the name entries recorded over REST carry as their workstation
 */
public record ServerRegister(AppraisalRegister register, String workstation) {
    public ServerRegister {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(workstation, "workstation");
    }
}
