package com.carato.app.ui.main;

import com.carato.app.ui.appraise.AppraiseViewModel;
import com.carato.app.ui.data.DataViewModel;
import com.carato.app.ui.models.ModelsViewModel;

/**
 * The screens' view models: they live as long as the app, while views are rebuilt when the
 * language changes.
 */
public record ViewModels(DataViewModel data, AppraiseViewModel appraise, ModelsViewModel models) {
}
