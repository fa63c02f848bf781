-- Shared by the phases of scripts/load/wrk-load.sh: at the end, one line on stdout
--   PHASE <ok requests/s> <p50 ms> <p99 ms> <errors>
-- where errors are answers other than 2xx/3xx plus socket errors and timeouts.
function done(summary, latency, requests)
  local e = summary.errors
  local failed = e.connect + e.read + e.write + e.status + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("PHASE %.3f %.3f %.3f %d\n",
    (summary.requests - e.status) / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed))
end
