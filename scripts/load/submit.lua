-- POST /api/rounds/{ROUND}/submissions with a unique Idempotency-Key per request (run, thread, counter),
-- as a resident's client would send it. ROUND comes from the environment (scripts/load/wrk-load.sh sets it).
dofile(os.getenv("LOAD_DIR") .. "/report.lua")

local threads = 0
local opinions = {
  "通学路の歩道を広げ、見通しの悪い交差点に注意喚起の表示を増やしてほしいと考えます。",
  "子育て世帯が使いやすいよう、公園のトイレと授乳室の整備を計画に明記してください。",
  "高齢者の移動手段として、コミュニティバスの便数を増やす検討をお願いします。",
  "防災訓練の案内が届きにくいので、回覧板以外の周知方法も取り入れてほしいです。",
}

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  path = "/api/rounds/" .. os.getenv("ROUND") .. "/submissions"
  prefix = "wrk-" .. os.getenv("RUN") .. "-" .. id .. "-"
  counter = 0
end

function request()
  counter = counter + 1
  local body = '{"category":"resident","name":"負荷 試験","email":"load-test@example.jp","opinions":[{"section":"general","text":"'
    .. opinions[counter % #opinions + 1] .. '"}]}'
  return wrk.format("POST", path,
    { ["Content-Type"] = "application/json", ["Idempotency-Key"] = prefix .. counter }, body)
end
