#!/usr/bin/env python3
"""Creates the benchmark article through the API of a running application (bench/load.sh): 2,000 Arabic sentences
in 200 paragraphs, 500 claims and 500 notes. Prints the article id."""
import base64
import json
import os
import random
import urllib.request

BASE = os.environ.get("BASE", "http://localhost:18080")
AUTH = base64.b64encode(f"{os.environ['BENCH_USER']}:{os.environ['BENCH_PASSWORD']}".encode()).decode()


def call(method, path, body=None):
    request = urllib.request.Request(BASE + path, method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Basic " + AUTH, "Content-Type": "application/json",
                                              "Accept": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


WORDS = ("قال وزير الخارجية إن المفاوضات مع الجانب الآخر ستستمر حتى التوصل إلى اتفاق شامل يضمن وقف إطلاق النار"
         " في المنطقة الحدودية").split()
random.seed(1)
paragraphs = [" ".join(" ".join(random.choice(WORDS) for _ in range(12)) + "." for _ in range(10))
              for _ in range(200)]
article = call("POST", "/api/articles", {"title": "مقال كبير للقياس", "text": "\n\n".join(paragraphs),
                                         "language": "ar"})
sentences = article["sentences"]
assert len(sentences) == 2000, len(sentences)
for i in range(500):
    call("POST", f"/api/articles/{article['id']}/claims", {"sentenceId": sentences[i * 4]["id"]})
    start = sentences[i * 4 + 1]["start"]
    call("POST", f"/api/articles/{article['id']}/annotations", {"start": start, "end": start + 5,
                                                                "body": f"ملاحظة {i}"})
print(article["id"])
