package com.carato.app.ui.archfixture;

import com.carato.service.ActiveModel;
import com.carato.service.ModelService;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;

/** Breaks two rules on purpose: {@code ArchitectureRulesBiteTest} checks that the rules notice. Never run. */
final class BuildsItsOwnService {

    private BuildsItsOwnService() {
    }

    static ModelService secondRegistry(Path models) {
        return new ModelService(models, new ActiveModel());
    }

    static ObjectMapper json() {
        return new ObjectMapper();
    }
}
