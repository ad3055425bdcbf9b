package com.carato.archfixture.one;

import com.carato.archfixture.two.Two;

/** Half of a package cycle on purpose, for {@code ArchitectureRulesBiteTest}. */
public final class One {

    public Two other;
}
