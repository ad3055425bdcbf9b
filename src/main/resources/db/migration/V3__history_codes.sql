-- Why each model event happened, as engine-text codes and arguments (JSON), so that every
-- workstation shows the history in its own language (issue 11). Events written before have none
-- and are shown with their English reason.
ALTER TABLE model_event ADD COLUMN said VARCHAR(8000);
