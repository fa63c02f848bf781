-- A plain GET of the URL given to wrk; only the shared report at the end.
dofile(os.getenv("LOAD_DIR") .. "/report.lua")
