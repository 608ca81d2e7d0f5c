CREATE OR REPLACE VIEW ${view} AS
${query}
