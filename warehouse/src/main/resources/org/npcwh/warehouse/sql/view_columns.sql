-- Prepared only, never run: binding the view tells its columns without reading data.
SELECT * FROM ${view}
