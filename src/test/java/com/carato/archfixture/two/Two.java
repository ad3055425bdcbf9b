package com.carato.archfixture.two;

import com.carato.archfixture.one.One;

/** The other half of a package cycle on purpose, for {@code ArchitectureRulesBiteTest}. */
public final class Two {

    public One other;
}
