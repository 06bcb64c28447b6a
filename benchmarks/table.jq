# The benchmark table from one run of benchmarks/run: every figure, its reference from the same
# run, the ratio, the target and whether it was met. Inputs (--slurpfile): avgt, single (JMH JSON),
# polling, heap, command (the run script's own measurements).

def results: ($avgt[0] + $single[0]);
def find(name; params): first(results[] | select((.benchmark | endswith("." + name))
    and ((.params // {}) | contains(params))));
def score(name; params): find(name; params).primaryMetric.score;
def alloc(name; params): find(name; params).secondaryMetrics["gc.alloc.rate.norm"].score;
def r(x; digits): if x == null then "n/a" else ((x * pow(10; digits) | round) / pow(10; digits) | tostring) end;
def int(x): if x == null then "n/a" else (x | round | tostring) end;
def verdict(ok): if ok then "met" else "**missed**" end;
def row(cells): "| " + (cells | join(" | ")) + " |";

[
  "### 1. Verdict cost against parse cost (per shipment)",
  "",
  row(["events", "verdict (µs)", "verdicts/s/core", "verdict alloc (B)", "Jackson readTree (µs)",
       "verdict / parse", "target", "result", "verdict, explanation read (µs, B)", "full assessment (µs, B)"]),
  row(["---", "---:", "---:", "---:", "---:", "---:", "---", "---", "---:", "---:"]),
  (["5", "20", "60"][] as $e
    | score("VerdictBenchmark.verdict"; {events: $e}) as $v
    | score("VerdictBenchmark.jacksonParse"; {events: $e}) as $p
    | alloc("VerdictBenchmark.verdict"; {events: $e}) as $a
    | row([$e, r($v; 2), int(1000000 / $v), int($a), r($p; 2), r($v / $p; 2),
        (if $e == "20" then "≤ 0.25 and < 2048 B" else "(20 events only)" end),
        (if $e == "20" then verdict($v / $p <= 0.25 and $a < 2048)
           + " (ratio " + verdict($v / $p <= 0.25) + ", alloc " + verdict($a < 2048) + ")" else "–" end),
        r(score("VerdictBenchmark.verdictExplained"; {events: $e}); 2) + ", "
          + int(alloc("VerdictBenchmark.verdictExplained"; {events: $e})),
        r(score("VerdictBenchmark.assessment"; {events: $e}); 2) + ", "
          + int(alloc("VerdictBenchmark.assessment"; {events: $e}))])),
  "",
  "### 2. Adapter parsing against Jackson readTree and the vendor SDK (per body)",
  "",
  row(["body", "adapter (µs)", "adapter alloc (B)", "readTree (µs)", "adapter / readTree", "target", "result",
       "vendor SDK (µs)", "adapter / SDK", "target", "result"]),
  row(["---", "---:", "---:", "---:", "---:", "---", "---", "---:", "---:", "---", "---"]),
  ([["17TRACK, 40-number batch", "seventeenTrack", null],
    ["AfterShip, one tracking", "afterShip", "none"],
    ["DHL, one response", "dhl", null],
    ["EasyPost, 20-tracker list", "easyPost", "easyPostSdk"]][]
    | . as [$title, $name, $sdk]
    | score("AdapterParseBenchmark." + $name; {}) as $a
    | score("AdapterParseBenchmark." + $name + "ReadTree"; {}) as $t
    | (if $sdk != null and $sdk != "none" then score("AdapterParseBenchmark." + $sdk; {}) else null end) as $s
    | row([$title, r($a; 1), int(alloc("AdapterParseBenchmark." + $name; {})), r($t; 1), r($a / $t; 2), "≤ 1.5",
        verdict($a / $t <= 1.5),
        (if $sdk == "none" then "not run (no AfterShip Java SDK resolves)" elif $s == null then "–" else r($s; 1) end),
        (if $s == null then "–" else r($a / $s; 2) end),
        (if $sdk == null then "–" else "< 1" end),
        (if $s == null then (if $sdk == "none" then "not measured" else "–" end) else verdict($a / $s < 1) end)])),
  "",
  "### 3. Polling 10,000 numbers against bare OkHttp (loopback MockWebServer, one call at a time)",
  "",
  row(["carrier", "adapter (ms)", "bare OkHttp (ms)", "adapter / bare", "target", "result", "requests per run",
       "expected", "result"]),
  row(["---", "---:", "---:", "---:", "---", "---", "---", "---", "---"]),
  (["17track", "aftership", "dhl", "easypost"][] as $c
    | score("PollingBenchmark.adapter"; {carrier: $c}) as $a
    | score("PollingBenchmark.bareOkHttp"; {carrier: $c}) as $b
    | (first($polling[] | select(.carrier == $c)) // {}) as $p
    | (($p.numbers // 10000) as $n | ($p.batch // 1) as $k | (($n + $k - 1) / $k | floor)) as $calls
    | row([$c, r($a; 0), r($b; 0), r($a / $b; 2), "≤ 1.2", verdict($a / $b <= 1.2),
        ($p.requests // {} | to_entries | map("\(.value) \(.key)") | join(" + ")),
        (if $c == "17track" then "ceil(N/40) = \($calls) each" else "ceil(N/\($p.batch)) = \($calls)" end),
        (if ($p.requests // {} | to_entries | all(.value == $calls)) and ($p.requests // {} | length) > 0
           then "met (checked after every run)" else "**missed**" end)])),
  "",
  "### 4. Scale: one million shipments held in memory, `Waybill.assess` each",
  "",
  row(["threads", "time (ms)", "shipments/s", "speed-up", "target", "result", "heap held / shipment (B)",
       "peak heap / shipment (B)"]),
  row(["---", "---:", "---:", "---:", "---", "---", "---:", "---:"]),
  (score("ScaleBenchmark.assessAll"; {threads: "1"}) as $t1
    | score("ScaleBenchmark.assessAll"; {threads: "2"}) as $t2
    | (["1", "2"][] as $t
      | score("ScaleBenchmark.assessAll"; {threads: $t}) as $ms
      | (first($heap[] | select((.threads | tostring) == $t)) // {}) as $h
      | row([$t, r($ms; 0), int(1000000 / ($ms / 1000)),
          (if $t == "2" then r($t1 / $t2; 2) else "1" end),
          (if $t == "2" then "≥ 1.8" else "–" end),
          (if $t == "2" then verdict($t1 / $t2 >= 1.8) else "–" end),
          int($h.retainedBytesPerShipment), int($h.peakHeapBytesPerShipment)]))),
  "",
  "### 5. `waybill assess` against `jq -c .` over 100,000 shipments (JSON Lines)",
  "",
  ($command[0] as $c
    | row(["input", "waybill assess (s)", "jq -c . (s)", "waybill / jq", "target", "result"]),
      row(["---", "---", "---:", "---:", "---", "---"]),
      row(["\($c.shipments) shipments, \($c.bytes / 1048576 | round) MiB, best of \($c.runs)",
        r($c.waybillMs / 1000; 2), r($c.jqMs / 1000; 2), r($c.waybillMs / $c.jqMs; 2), "< 1 (Waybill first)",
        verdict($c.waybillMs < $c.jqMs)]))
] | .[]
