#!/usr/bin/env python3
"""Writes the word list body of src/Ingest.Pdf/Data/closed-words.txt (keep its header by hand).

Usage: python3 scripts/make-closed-words.py [/usr/share/dict/british-english] > words.txt
The list is SCOWL's (Debian package wbritish); see the header of closed-words.txt for its notice.
"""
import sys

source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/british-english"
with open(source, encoding="utf-8", errors="ignore") as f:
    words = {w.strip() for w in f if w.strip().isalpha() and w.strip().islower() and w.strip().isascii()}

for word in sorted(words):
    if len(word) >= 5 and any(word[:i] in words and word[i:] in words for i in range(2, len(word) - 1)):
        print(word)
