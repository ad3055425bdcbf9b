package com.carato.app.ui.main;

import com.carato.app.ui.appraise.AppraiseViewModel;
import com.carato.app.ui.data.DataViewModel;
import com.carato.app.ui.models.ModelsViewModel;
import com.carato.app.ui.register.RegisterViewModel;

/**
 * The screens' view models: they live as long as the app, while views are rebuilt when the
 * language changes. A null view model leaves its screen out.
 */
public record ViewModels(DataViewModel data, AppraiseViewModel appraise, ModelsViewModel models,
                         RegisterViewModel register) {

    /** Without the register screen. */
    public ViewModels(DataViewModel data, AppraiseViewModel appraise, ModelsViewModel models) {
        this(data, appraise, models, null);
    }
}
