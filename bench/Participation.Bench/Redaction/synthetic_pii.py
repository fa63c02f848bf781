#!/usr/bin/env python3
"""Synthetic check set for the redactor, in the pii-dev.csv format (id,text,pii).

Fictitious names (many family names deliberately NOT in the redactor's own list, so the figure shows
how far MeCab and context carry), written in the forms residents use: kanji with and without a space,
kana, romaji in both orders, signature lines, bracketed names after phone numbers, titles and honorifics.
Bodies are sentences of real public comments (env-basic-plan-pubcom.csv) so ordinary text is realistic.

usage: synthetic_pii.py BODIES.csv OUT.csv [ROWS] [SEED]
"""
import csv, json, random, sys

# Family names with readings: the first half are common (also in the redactor's list), the rest are not.
FAMILIES = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"), ("伊藤", "いとう", "Ito"),
    ("小林", "こばやし", "Kobayashi"), ("松本", "まつもと", "Matsumoto"), ("清水", "しみず", "Shimizu"), ("藤井", "ふじい", "Fujii"),
    ("八木", "やぎ", "Yagi"), ("三輪", "みわ", "Miwa"), ("椎名", "しいな", "Shiina"), ("真壁", "まかべ", "Makabe"),
    ("榊原", "さかきばら", "Sakakibara"), ("朝倉", "あさくら", "Asakura"), ("藤枝", "ふじえだ", "Fujieda"), ("瀬尾", "せお", "Seo"),
    ("芦田", "あしだ", "Ashida"), ("有村", "ありむら", "Arimura"), ("葛西", "かさい", "Kasai"), ("立石", "たていし", "Tateishi"),
    ("白鳥", "しらとり", "Shiratori"), ("神崎", "かんざき", "Kanzaki"), ("梶原", "かじわら", "Kajiwara"), ("楠本", "くすもと", "Kusumoto"),
    ("早瀬", "はやせ", "Hayase"), ("茅野", "ちの", "Chino"), ("蓮見", "はすみ", "Hasumi"), ("村岡", "むらおか", "Muraoka"),
]
GIVENS = [
    ("悠真", "ゆうま", "Yuma"), ("結菜", "ゆいな", "Yuina"), ("美咲", "みさき", "Misaki"), ("颯太", "そうた", "Sota"),
    ("莉子", "りこ", "Riko"), ("拓海", "たくみ", "Takumi"), ("彩花", "あやか", "Ayaka"), ("健太", "けんた", "Kenta"),
    ("由紀", "ゆき", "Yuki"), ("恵美", "えみ", "Emi"), ("和子", "かずこ", "Kazuko"), ("茂", "しげる", "Shigeru"),
    ("博之", "ひろゆき", "Hiroyuki"), ("智子", "ともこ", "Tomoko"), ("正樹", "まさき", "Masaki"), ("千尋", "ちひろ", "Chihiro"),
    ("さくら", "さくら", "Sakura"), ("みのり", "みのり", "Minori"), ("かおる", "かおる", "Kaoru"), ("ゆう子", "ゆうこ", "Yuko"),
]
KATA = str.maketrans({chr(c): chr(c + 0x60) for c in range(ord("ぁ"), ord("ゖ") + 1)})


def name_forms(rng):
    f, fr, fl = rng.choice(FAMILIES)
    g, gr, gl = rng.choice(GIVENS)
    sp = rng.choice([" ", "　", ""])
    form = rng.choices(["kanji", "hira", "kata", "romaji", "ROMAJI"], [70, 8, 8, 8, 6])[0]
    if form == "kanji":
        return f + sp + g, [f, g], f
    if form == "hira":
        return fr + "　" + gr, [fr, gr], fr
    if form == "kata":
        return fr.translate(KATA) + rng.choice([" ", "　"]) + gr.translate(KATA), [fr.translate(KATA), gr.translate(KATA)], fr.translate(KATA)
    if form == "romaji":
        return gl + " " + fl, [gl, fl], fl
    return fl.upper() + " " + gl, [fl.upper(), gl], fl.upper()


def phone(rng):
    a = rng.choice(["03", "06", "045", "052", "090", "080", "0120"])
    width = {"03": 4, "06": 4, "045": 3, "052": 3, "090": 4, "080": 4, "0120": 3}[a]
    b = str(rng.randint(10 ** (width - 1), 10 ** width - 1))
    c = str(rng.randint(0, 999 if a == "0120" else 9999)).zfill(3 if a == "0120" else 4)
    v = rng.choice([f"{a}-{b}-{c}", f"{a}({b}){c}", f"({a}){b}-{c}", f"{a}{b}{c}"])
    if rng.random() < 0.3:
        v = v.translate(str.maketrans("0123456789-()", "０１２３４５６７８９－（）"))
    return v, [a, b, c]


def item(kind, value, parts):
    return {"type": kind, "value": value, "parts": parts}


def make(rng, body):
    name, parts, family = name_forms(rng)
    items = [item("name", name, parts)]
    t = rng.randrange(12)
    if t == 0:
        text = f"{name}と申します。{body}"
    elif t == 1:
        text = f"{body}\nよろしくお願いいたします。\n{name}"
    elif t == 2:
        text = f"{body}\n以上\n{name}"
    elif t == 3:
        text = f"{body}\n（{name}）"
    elif t == 4:
        text = f"氏名：{name}\n{body}"
    elif t == 5:
        text = f"{body}\n{name}拝"
    elif t == 6:
        p, pp = phone(rng)
        text = f"{body}\n連絡先：{p}（{family}）"
        items = [item("name", family, [family]), item("phone", p, pp)]
    elif t == 7:
        text = f"{body}\n市民環境ネットワーク代表　{name}"
    elif t == 8:
        text = f"近所の{name}さんとも話しましたが、{body}"
    elif t == 9:
        p, pp = phone(rng)
        text = f"{body}\n{name}\n電話 {p}"
        items.append(item("phone", p, pp))
    elif t == 10:
        text = f"市内で農業を営む{name}です。{body}"
    else:
        text = f"{body}　{name}"
    return text, items


def main():
    src, out = sys.argv[1], sys.argv[2]
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261123)
    bodies = [r["text"].strip() for r in csv.DictReader(open(src, encoding="utf-8")) if 40 < len(r["text"]) < 600]
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "pii"])
        for i in range(rows):
            body = rng.choice(bodies)
            if rng.random() < 0.2:
                w.writerow([f"syn-{i:04d}", body, "[]"])
                continue
            text, items = make(rng, body)
            w.writerow([f"syn-{i:04d}", text, json.dumps(items, ensure_ascii=False)])


if __name__ == "__main__":
    main()
